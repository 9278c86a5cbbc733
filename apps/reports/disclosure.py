"""Numbers for readers above a centre: no count from 1 to 4, nor one a total gives away.

A provincial or national officer reads a province's or the country's numbers, where
"two people from this district at that centre" can point to a person. For them (and
only them: a centre's manager and a superuser work with these people's records anyway,
and keep exact numbers) a report is protected before it is shown, drawn or exported:

1. Every count from 1 to 4 is withheld, shown as "fewer than 5". Zero stays 0: it
   points to nobody.
2. Rows add up to the number above them: a breakdown's rows (sexes, age bands,
   districts...) and the weeks to the service's total; centres to their district,
   districts to their province (to the total in a province's report), provinces to the
   total. Where exactly one row under a number that is shown is withheld, the number
   minus the other rows would give it back: the smallest other row that is not zero is
   withheld too, shown as "not shown". And a withheld number whose rows were all shown
   would be their sum: the smallest of them is withheld too. This is repeated until
   nothing changes, for each service's column on its own.

The totals shown are the database's own distinct counts, never a sum of the rows beside
them. Counts are of distinct people, so rows can add up to more than the number above
them (a person served in two weeks, or at two centres): taking them as its parts
withholds at worst a little more than needed, never less. Not covered: comparing two
reports of overlapping periods, or of a centre with its province's, can still narrow a
withheld number; a period is at least a day and these readers see no records.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from django.utils.translation import gettext_lazy as _

from apps.complaints.models import Complaint

from .complaints import (
    AGENCY,
    COST_TOTAL,
    DESTINATION,
    NO_AGENCY,
    OTHER_AGENCIES,
    OUTCOME,
    STATUS,
    Amount,
    ComplaintsReport,
    InTime,
)
from .complaints import CENTRE as COMPLAINT_CENTRE
from .selectors import (
    ALL,
    CENTRE,
    CENTRE_DISTRICT,
    CENTRE_PROVINCE,
    COUNTRY,
    DISTRICT,
    NOT_STATED,
    SERVICE_KEYS,
    PeopleServed,
    Row,
    Week,
)

# The smallest count a reader above a centre sees.
SMALLEST_SHOWN = 5

# Breakdowns whose rows are ordered by size: withheld rows go last, or their place
# among the others would tell their size.
ORDERED_BY_SIZE = (DISTRICT, COUNTRY)

# The level above each place breakdown's rows (PlaceRow.parent is a key of it).
PARENT_PLACE = {CENTRE: CENTRE_DISTRICT, CENTRE_DISTRICT: CENTRE_PROVINCE}

TOTAL = ("total", "")
RULES = [
    _(
        "Numbers from 1 to 4 are shown as “fewer than 5”, so that nobody can be picked "
        "out. Where the other numbers of a column and the number above them would give "
        "such a number away, the next smallest is not shown either (“not shown”)."
    ),
]


@dataclasses.dataclass(frozen=True)
class Withheld:
    """A count that is not shown; str() is what the page and the CSV say instead."""

    text: str
    short: str  # in a chart, beside a bar

    def __str__(self):
        return str(self.text)


FEWER_THAN_FIVE = Withheld(_("fewer than 5"), "<5")
NOT_SHOWN = Withheld(_("not shown"), "–")


def withheld_cells(values: dict, parts: list[tuple]) -> dict:
    """Which of `values` ({cell: count}) to withhold, and how ({cell: Withheld}), where
    `parts` ([(cell, [cells]), ...]) says which rows add up to which number: one entry
    per table under a number (the sexes under the total, the weeks under the total...)."""
    withheld = {
        cell: FEWER_THAN_FIVE for cell, count in values.items() if 0 < count < SMALLEST_SHOWN
    }
    changed = True
    while changed:
        changed = False
        for parent, rows in parts:
            hidden = sum(1 for row in rows if row in withheld)
            # One withheld row under a number shown: the number minus the rest gives it.
            one_given_away = hidden == 1 and parent not in withheld
            # A withheld number over rows all shown: their sum gives it.
            sum_given_away = hidden == 0 and parent in withheld
            if one_given_away or sum_given_away:
                others = sorted(
                    (values[row], row) for row in rows if row not in withheld and values[row] > 0
                )
                if others:
                    withheld[others[0][1]] = NOT_SHOWN
                    changed = True
    return withheld


def protect(report: PeopleServed) -> PeopleServed:
    """A copy of `report` with the counts under 5, and those that would give one away,
    withheld (the rules above); the original, shared through the cache, is untouched."""
    shown: dict[str, dict] = {}
    for service in SERVICE_KEYS:
        values, parts = _column(report, service)
        withheld = withheld_cells(values, parts)
        shown[service] = {cell: withheld.get(cell, count) for cell, count in values.items()}

    def people(table: str, key: str, exact: dict[str, int]) -> dict:
        return {service: shown[service][(table, key)] for service in exact}

    def rows(table: str, exact_rows: list[Row]) -> list[Row]:
        return [
            dataclasses.replace(row, people=people(table, row.key, row.people))
            for row in exact_rows
        ]

    breakdowns = {table: rows(table, exact) for table, exact in report.breakdowns.items()}
    for table in ORDERED_BY_SIZE:
        breakdowns.get(table, []).sort(key=_size_order)
    return dataclasses.replace(
        report,
        totals={service: shown[service][TOTAL] for service in report.totals},
        breakdowns=breakdowns,
        weeks=[
            Week(week.monday, people("week", week.monday.isoformat(), week.people))
            for week in report.weeks
        ],
        places={table: rows(table, exact) for table, exact in report.places.items()},
        hides_small_numbers=True,
    )


def _column(report: PeopleServed, service: str) -> tuple[dict, list]:
    """One service's counts as ({cell: count}, [(cell, [the cells that add up to it])])."""
    values = {TOTAL: report.totals.get(service, 0)}
    parts = defaultdict(list)  # (the cell above, table) -> cells
    for table, rows in report.breakdowns.items():
        for row in rows:
            values[(table, row.key)] = row.count(service)
            parts[(TOTAL, table)].append((table, row.key))
    for week in report.weeks:
        cell = ("week", week.monday.isoformat())
        values[cell] = week.people.get(service, 0)
        parts[(TOTAL, "week")].append(cell)
    for table, rows in report.places.items():
        for row in rows:
            values[(table, row.key)] = row.count(service)
            above = (PARENT_PLACE[table], row.parent) if row.parent else TOTAL
            parts[(above, table)].append((table, row.key))
    return values, [(above, cells) for (above, _table), cells in parts.items()]


def _size_order(row: Row):
    everyone = row.count(ALL)
    hidden = isinstance(everyone, Withheld)
    return (row.key == NOT_STATED, hidden, 0 if hidden else -everyone, str(row.label))


# --- Complaints ----------------------------------------------------------------------

# The cells of a complaints report that its tables add up to.
FILED = ("complaints", "filed")
OVERDUE = ("complaints", "overdue")
COSTED = ("complaints", "costed")


def _too_few(count) -> bool:
    """A number made of 1 to 4 complaints (or payments), which could point to a person."""
    return isinstance(count, int) and 0 < count < SMALLEST_SHOWN


def protect_complaints(report: ComplaintsReport) -> ComplaintsReport:
    """A copy of `report` for a reader above a centre, by the same rules as the people
    served: counts from 1 to 4 withheld, and the complementary ones under each number
    (the rows of each table under the complaints filed, the outcomes under the closed
    ones, the centres under the total and under the overdue ones, the rows of the
    recruitment cost under the complaints that give it). An amount of money, a share
    of deadlines met or a middle number of days made of 1 to 4 complaints is withheld
    too; a mean or median of the recruitment cost is withheld where its count is."""
    filed = {FILED: report.total}
    filed_parts = []
    for table, rows in report.tables.items():
        cells = [(table, row.key) for row in rows]
        filed.update({(table, row.key): row.complaints for row in rows})
        above = (STATUS, Complaint.Status.CLOSED) if table == OUTCOME else FILED
        filed_parts.append((above, cells))
    centre_cells = [(COMPLAINT_CENTRE, row.key) for row in report.centres]
    filed.update({(COMPLAINT_CENTRE, row.key): row.complaints for row in report.centres})
    if centre_cells:
        filed_parts.append((FILED, centre_cells))
    shown = {cell: withheld_cells(filed, filed_parts).get(cell, n) for cell, n in filed.items()}

    overdue = {OVERDUE: report.overdue}
    overdue.update({(COMPLAINT_CENTRE, row.key): row.overdue for row in report.centres})
    overdue_withheld = withheld_cells(overdue, [(OVERDUE, centre_cells)] if centre_cells else [])

    costed = {COSTED: report.cost_total.complaints}
    cost_parts = []
    for table, rows in report.costs.items():
        if table == COST_TOTAL:
            continue
        costed.update({(table, row.key): row.complaints for row in rows})
        cost_parts.append((COSTED, [(table, row.key) for row in rows]))
    costs_withheld = withheld_cells(costed, cost_parts)

    def cost_row(cell, row):
        if cell not in costs_withheld:
            return row
        return dataclasses.replace(
            row, complaints=costs_withheld[cell], mean=NOT_SHOWN, median=NOT_SHOWN
        )

    tables = {
        table: [
            dataclasses.replace(
                row,
                complaints=shown[(table, row.key)],
                upheld_everywhere=_fewer(row.upheld_everywhere),
            )
            for row in rows
        ]
        for table, rows in report.tables.items()
    }
    for table in (AGENCY, DESTINATION):
        tables[table].sort(key=_complaints_order)
    costs = {
        table: [cost_row(COSTED if table == COST_TOTAL else (table, row.key), row) for row in rows]
        for table, rows in report.costs.items()
    }
    for table in (AGENCY, DESTINATION):
        costs[table].sort(key=_complaints_order)
    return dataclasses.replace(
        report,
        total=shown[FILED],
        tables=tables,
        centres=[
            dataclasses.replace(
                row,
                complaints=shown[(COMPLAINT_CENTRE, row.key)],
                overdue=overdue_withheld.get((COMPLAINT_CENTRE, row.key), row.overdue),
            )
            for row in report.centres
        ],
        overdue=overdue_withheld.get(OVERDUE, report.overdue),
        acknowledged=_in_time(report.acknowledged),
        resolved=_in_time(report.resolved),
        closed=_fewer(report.closed),
        median_days_to_close=NOT_SHOWN if _too_few(report.closed) else report.median_days_to_close,
        paid=_amount(report.paid),
        claimed=_amount(report.claimed),
        recovered=_amount(report.recovered),
        people_repaid=_fewer(report.people_repaid),
        costs=costs,
        hides_small_numbers=True,
    )


def _fewer(count):
    return FEWER_THAN_FIVE if _too_few(count) else count


def _in_time(in_time: InTime) -> InTime:
    if _too_few(in_time.due):
        return InTime(NOT_SHOWN, FEWER_THAN_FIVE)
    return in_time


def _amount(amount: Amount) -> Amount:
    if _too_few(amount.count):
        return Amount(NOT_SHOWN, FEWER_THAN_FIVE)
    return amount


def _complaints_order(row):
    """Largest first, the withheld ones and the grouped rows last (their place would
    tell their size)."""
    last = (NOT_STATED, OTHER_AGENCIES, NO_AGENCY)
    hidden = isinstance(row.complaints, Withheld)
    return (
        row.key in last,
        last.index(row.key) if row.key in last else 0,
        hidden,
        0 if hidden else -row.complaints,
        str(row.label),
    )
