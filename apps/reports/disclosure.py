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
