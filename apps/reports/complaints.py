"""Complaints in a report: what was complained of, by whom and against whom, how fast
the centres answered, the money, and the recruitment cost the complainants paid.

How we count (complaint_rules(), shown on the pages as well):

- A complaint belongs to the centre that took it in. The tables count the complaints
  filed in the period (from local midnight of the first day to local midnight after
  the last), as they stand now: by kind, whom it is against, agency, destination
  country, the complainant's sex (an anonymous tip, or a person who did not say, is
  "not said"), status and outcome. They count complaints, not people.
- Agencies: the ten named in most complaints, then the other agencies together, then
  the complaints that name no licensed agency. An agency is up for licence review when
  its upheld complaints at every centre (a licence is national), whenever filed, reach
  the threshold of the reader's centre (apps/complaints/agency_review.py).
- Overdue: open complaints past a deadline today, whenever they were filed.
- Deadlines, of the complaints filed in the period: acknowledged by the acknowledgement
  date, out of those acknowledged or past that date; closed by the resolution date,
  out of those closed or past it. Working days to close: from the day of filing (not
  counted) to the day of closing, without Saturdays, Sundays and Pakistan's national
  public holidays (a centre's own closures are left out here: one calendar for every
  centre); the median of the closed complaints.
- Money paid to agents and claimed: of the complaints filed in the period. Recovered:
  the money that came back in the period (by the day it came), whenever the complaint
  was filed; people: each registered person once, each other complainant per complaint.
- SDG 10.7.1 (recruitment cost borne by the worker as a share of the monthly income in
  the country of destination): for each complaint filed in the period that gives both
  what was paid to the agent and the monthly wage promised, paid / wage, as a percent;
  the mean and the median, in all and by destination, agency and complainant's sex.

Scope: Complaint.objects.counted_for(user) (the reader's centre, province or every
centre), narrowed to the report's scope, which scopes.py has already checked against
the reader's reach: so the result is the scope's whatever the reader, and it is cached
per scope (cache.py). Counts below 5 are withheld from readers above a centre by
disclosure.protect_complaints, on the way to the page.

Performance: one query reads the period's complaints (a few short columns each; a year
of a country's complaints is thousands of rows, not millions) and Python counts them;
a handful of small queries add the overdue ones, the money recovered, the agencies'
names and their upheld complaints everywhere.
"""

from __future__ import annotations

import dataclasses
import datetime
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connections, models, router, transaction
from django.db.models import BooleanField, Case, ExpressionWrapper, F, FloatField, Q, When
from django.db.models.functions import Cast, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from apps.candidates.models import Candidate
from apps.complaints.agency_review import upheld_by_agency
from apps.complaints.models import Complaint, ComplaintPolicy, Kind, Recovery
from apps.complaints.working_days import WorkingCalendar
from apps.listings.models import RecruitmentAgency

from .selectors import NOT_STATED, NOT_STATED_LABEL, Period, Scope

# The reports' days are Pakistan's (selectors.Period), whoever reads them.
PORTAL_TIME = ZoneInfo(settings.TIME_ZONE)

# The agencies named one by one; the rest are counted together.
TOP_AGENCIES = 10

KIND = "kind"
AGAINST = "against"
AGENCY = "agency"
DESTINATION = "destination"
SEX = "sex"
STATUS = "status"
OUTCOME = "outcome"
CENTRE = "centre"

TABLES = [
    (KIND, _("Kind of complaint")),
    (AGAINST, _("Against")),
    (AGENCY, _("Agency")),
    (DESTINATION, _("Destination country")),
    (SEX, _("Sex of the complainant")),
    (STATUS, _("Status now")),
    (OUTCOME, _("Outcome of the closed complaints")),
]

NOT_SAID = "not_said"
OTHER_AGENCIES = "other_agencies"
NO_AGENCY = "no_agency"
ROW_LABELS = {
    NOT_SAID: _("Not said"),
    OTHER_AGENCIES: _("Other agencies"),
    NO_AGENCY: _("No licensed agency named"),
    NOT_STATED: NOT_STATED_LABEL,
}
SEXES = [*Candidate.Sex.choices, (NOT_SAID, ROW_LABELS[NOT_SAID])]

# The breakdowns of the recruitment cost (SDG 10.7.1); "total" is every complaint.
COST_TOTAL = "total"
COST_TABLES = [
    (DESTINATION, _("By destination country")),
    (SEX, _("By sex of the complainant")),
    (AGENCY, _("By agency")),
]

_COMPLAINT_RULES = [
    _(
        "Complaints: those filed in the period at the centre that took them in, as they "
        "stand now. They count complaints, not people. An anonymous tip, or a person who "
        "did not say, is counted under sex as “not said”."
    ),
    _(
        "An agency is up for licence review when its upheld complaints at every centre, "
        "whenever filed, reach the number the centre has set (%(default)s unless it set "
        "another)."
    ),
    _(
        "Overdue: open complaints past a deadline today, whenever filed. Deadlines met: of "
        "the complaints filed in the period, those acknowledged by their acknowledgement "
        "date, out of those acknowledged or past that date; and those closed by their "
        "resolution date, out of those closed or past it."
    ),
    _(
        "Working days to close: from the day of filing (not counted) to the day of "
        "closing, without Saturdays, Sundays and Pakistan's national public holidays."
    ),
    _(
        "Money paid and claimed: of the complaints filed in the period. Money recovered: "
        "what came back in the period, by the day it came, whenever the complaint was "
        "filed. People who got money back: a registered person once, however many "
        "complaints."
    ),
]


def complaint_rules() -> list[str]:
    """How complaints are counted, in words, for the pages' "How we count"."""
    rules = [str(rule) for rule in _COMPLAINT_RULES]
    rules[1] = rules[1] % {"default": ComplaintPolicy.DEFAULT_REVIEW_THRESHOLD}
    return rules


SDG_EXPLANATION = _(
    "SDG 10.7.1 is the United Nations' measure of what migrant workers pay to be "
    "recruited, set against what they earn: the money a worker paid to get the job, as a "
    "share of one month's pay in the country of work. 100% means the worker paid a whole "
    "month's pay; 300% means three months' pay. Here it is worked out from complaints that "
    "give both what was paid to the agent and the monthly wage promised, so it speaks for "
    "people who complained, not for every worker who went abroad."
)


@dataclass
class ComplaintRow:
    """A row of a complaints table: a kind, a country, an agency... and its complaints."""

    key: str
    label: str
    complaints: int
    # Agency rows: the licence number, the upheld complaints at every centre, and
    # whether they put the agency up for licence review for this reader.
    licence_number: str = ""
    upheld_everywhere: int = 0
    under_review: bool = False


@dataclass
class CentreCount:
    """A centre in a report across centres: its complaints filed, and overdue now."""

    key: str
    label: str
    district: str
    province: str
    complaints: int
    overdue: int


@dataclass
class InTime:
    """Complaints that met a deadline (`met`) out of those it has come to (`due`)."""

    met: int
    due: int

    @property
    def percent(self):
        if not isinstance(self.due, int):
            return self.due  # withheld: no share of a number not shown
        return round(100 * self.met / self.due) if self.due else None


@dataclass
class Amount:
    """Rupees, and how many complaints (or payments) they add up."""

    rupees: Decimal
    count: int


@dataclass
class CostShare:
    """Recruitment cost as a percent of the promised monthly wage, over `complaints`."""

    key: str
    label: str
    complaints: int
    mean: float | None
    median: float | None
    licence_number: str = ""
    upheld_everywhere: int = 0
    under_review: bool = False


@dataclass
class ComplaintsReport:
    period: Period
    scope: Scope
    total: int
    tables: dict[str, list[ComplaintRow]]
    overdue: int
    acknowledged: InTime
    resolved: InTime
    closed: int
    median_days_to_close: float | None
    paid: Amount
    claimed: Amount
    recovered: Amount
    people_repaid: int
    costs: dict[str, list[CostShare]]
    centres: list[CentreCount] = field(default_factory=list)
    counted_at: datetime.datetime = field(default_factory=timezone.now)
    hides_small_numbers: bool = False
    # The reader's threshold once the agencies are marked (mark_review).
    review_threshold: int | None = None

    def table_rows(self):
        """(key, label, rows) for each table, in the order of TABLES."""
        return [(key, label, self.tables[key]) for key, label in TABLES]

    @property
    def kind_table(self):
        """(key, label, rows) of the complaints by kind, drawn apart with its chart."""
        return self.table_rows()[0]

    def other_tables(self):
        """(key, label, rows) of every table after the kinds."""
        return self.table_rows()[1:]

    def cost_rows(self):
        """(key, label, rows) for each breakdown of the recruitment cost."""
        return [(key, label, self.costs[key]) for key, label in COST_TABLES]

    @property
    def cost_total(self) -> CostShare:
        return self.costs[COST_TOTAL][0]

    @property
    def upheld(self):
        return _row(self.tables[OUTCOME], Complaint.Outcome.SUBSTANTIATED).complaints

    @property
    def still_open(self):
        """Of the complaints filed in the period, those open now (None if withheld)."""
        counts = [
            _row(self.tables[STATUS], status).complaints for status in Complaint.OPEN_STATUSES
        ]
        return sum(counts) if all(isinstance(n, int) for n in counts) else None

    @property
    def agencies_under_review(self) -> list[ComplaintRow]:
        return [row for row in self.tables[AGENCY] if row.under_review]

    @property
    def is_empty(self) -> bool:
        return not (self.total or self.overdue or self.recovered.count)


def _row(rows, key) -> ComplaintRow:
    return next(row for row in rows if row.key == key)


def mark_review(report: ComplaintsReport, threshold: int) -> ComplaintsReport:
    """A copy of `report` whose agencies say whether they are up for licence review at
    `threshold` upheld complaints (the reader's; the cached report has no reader)."""

    def marked(rows):
        return [
            dataclasses.replace(row, under_review=row.upheld_everywhere >= threshold)
            if row.licence_number
            else row
            for row in rows
        ]

    return dataclasses.replace(
        report,
        tables={**report.tables, AGENCY: marked(report.tables[AGENCY])},
        costs={**report.costs, AGENCY: marked(report.costs[AGENCY])},
        review_threshold=threshold,
    )


def _within(complaints, scope: Scope):
    if scope.centre is not None:
        return complaints.filter(centre=scope.centre)
    if scope.province is not None:
        return complaints.filter(centre__district__province=scope.province)
    return complaints


# The tables' columns in the statement below, by table.
COLUMNS = [
    (KIND, "kind"),
    (AGAINST, "against"),
    (AGENCY, "agency_id"),
    (DESTINATION, "destination_country"),
    (SEX, "said_sex"),
    (STATUS, "status"),
    (OUTCOME, "outcome"),
    (CENTRE, "centre_id"),
]
CLOSING = "closing"
TOTAL = "total"


def _filed_rows(complaints, period: Period, today: datetime.date):
    """The period's complaints, one row each with what the statement counts: the
    complainant's sex, the days in Pakistan time, whether each deadline has come and
    was met, the recruitment cost as a percent of the promised wage."""
    local = {"tzinfo": PORTAL_TIME}
    return (
        complaints.filter(filed_at__gte=period.start_at, filed_at__lt=period.end_before)
        .order_by()
        .annotate(
            # The record's sex for a registered person, else as given; nothing for a tip.
            said_sex=Case(
                When(candidate__isnull=False, then=F("candidate__sex")),
                default=F("complainant_sex"),
            ),
            filed_on=TruncDate("filed_at", **local),
            acknowledged_on=TruncDate("acknowledged_at", **local),
            closed_on=TruncDate("closed_at", **local),
            share=Cast(F("amount_paid") * 100, FloatField())
            / Cast(F("promised_monthly_wage"), FloatField()),
        )
        .annotate(
            acknowledgement_due=_flag(
                Q(acknowledged_at__isnull=False) | Q(acknowledge_by__lt=today)
            ),
            acknowledged_in_time=_flag(Q(acknowledged_on__lte=F("acknowledge_by"))),
            resolution_due=_flag(Q(closed_at__isnull=False) | Q(resolve_by__lt=today)),
            resolved_in_time=_flag(Q(closed_on__lte=F("resolve_by"))),
        )
        .values(
            *(column for _table, column in COLUMNS),
            "filed_on",
            "closed_on",
            "share",
            "amount_paid",
            "amount_claimed",
            "acknowledgement_due",
            "acknowledged_in_time",
            "resolution_due",
            "resolved_in_time",
        )
    )


def _flag(condition: Q):
    return ExpressionWrapper(condition, output_field=BooleanField())


def _count_sql(rows_sql: str) -> str:
    """One statement: the complaints per value of each table, the closing days, and the
    totals; with the recruitment cost of each group (the shares themselves for the
    agencies, whose "others" row is a median of several agencies' complaints)."""
    tables = " ".join(f"WHEN GROUPING({column}) = 0 THEN '{table}'" for table, column in COLUMNS)
    values = ", ".join(f"{column}::text" for _table, column in COLUMNS)
    sets = ", ".join(f"({column})" for _table, column in COLUMNS)
    return f"""
WITH filed AS ({rows_sql})
SELECT CASE {tables} WHEN GROUPING(filed_on) = 0 THEN '{CLOSING}' ELSE '{TOTAL}' END,
       COALESCE({values}),
       filed_on,
       closed_on,
       COUNT(*),
       COUNT(share),
       AVG(share),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY share),
       CASE WHEN GROUPING(agency_id) = 0 THEN array_agg(share) FILTER (WHERE share IS NOT NULL)
       END,
       COUNT(*) FILTER (WHERE acknowledgement_due),
       COUNT(*) FILTER (WHERE acknowledged_in_time),
       COUNT(*) FILTER (WHERE resolution_due),
       COUNT(*) FILTER (WHERE resolved_in_time),
       SUM(amount_paid),
       COUNT(amount_paid),
       SUM(amount_claimed),
       COUNT(amount_claimed)
  FROM filed
 GROUP BY GROUPING SETS ({sets}, (filed_on, closed_on), ())
"""


@dataclass
class _Counted:
    """What the statement gives, by table and value."""

    counts: dict = field(default_factory=lambda: defaultdict(Counter))
    costs: dict = field(default_factory=lambda: defaultdict(dict))
    agency_shares: dict = field(default_factory=dict)
    spans: list = field(default_factory=list)
    totals: tuple = ()


def _value(table: str, text: str | None):
    """A table's value as the report keys it."""
    if table in (AGENCY, CENTRE):
        return int(text) if text else None
    if table == DESTINATION:
        return text or NOT_STATED
    if table == SEX:
        return text or NOT_SAID
    return text


def _count(complaints, period: Period, today: datetime.date) -> _Counted:
    rows_sql, params = _filed_rows(complaints, period, today).query.sql_with_params()
    # A raw statement is not routed by itself: it goes where the ORM would send a read
    # of complaints (the replica inside reading_from_replica(), routing.py).
    database = router.db_for_read(Complaint)
    with transaction.atomic(using=database), connections[database].cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")  # as for the people served (selectors.py)
        cursor.execute(_count_sql(rows_sql), params)
        result = cursor.fetchall()
    counted = _Counted()
    for table, text, filed_on, closed_on, n, costed, mean, median, shares, *totals in result:
        if table == TOTAL:
            counted.totals = (n, costed, mean, median, *totals)
        elif table == CLOSING:
            if closed_on is not None:
                counted.spans.append((filed_on, closed_on, n))
        else:
            value = _value(table, text)
            counted.counts[table][value] = n
            counted.costs[table][value] = (costed, mean, median)
            if table == AGENCY:
                counted.agency_shares[value] = shares or []
    if not counted.totals:  # no complaint: the empty grouping set gives no row either
        counted.totals = (0, 0, None, None, 0, 0, 0, 0, None, 0, None, 0)
    return counted


def complaints_report(
    *, period: Period, scope: Scope, user, today: datetime.date | None = None
) -> ComplaintsReport:
    """The complaints of `scope` filed in `period`, counted as the module says; `user`
    is the reader, whose reach (counted_for) bounds what is counted."""
    today = today or timezone.localdate()
    complaints = _within(Complaint.objects.counted_for(user), scope)
    counted = _count(complaints, period, today)
    (
        total,
        costed,
        mean,
        median,
        acknowledgement_due,
        acknowledged_in_time,
        resolution_due,
        resolved_in_time,
        paid,
        paid_count,
        claimed,
        claimed_count,
    ) = counted.totals
    agencies = _agencies(counted.counts[AGENCY])
    overdue = dict(
        complaints.overdue(today).order_by().values_list("centre_id").annotate(n=models.Count("pk"))
    )
    recoveries = list(
        Recovery.objects.filter(
            complaint__in=complaints.values("pk"),
            received_on__gte=period.start,
            received_on__lte=period.end,
        ).values_list("amount", "complaint_id", "complaint__candidate_id")
    )
    days_to_close = _working_days_to_close(counted.spans)
    counts = counted.counts

    report = ComplaintsReport(
        period=period,
        scope=scope,
        total=total,
        tables={
            KIND: _fixed(counts[KIND], Kind.choices),
            AGAINST: _fixed(counts[AGAINST], Complaint.Against.choices),
            AGENCY: _agency_rows(counts[AGENCY], agencies),
            DESTINATION: _country_rows(counts[DESTINATION]),
            SEX: _fixed(counts[SEX], SEXES),
            STATUS: _fixed(counts[STATUS], Complaint.Status.choices),
            OUTCOME: _fixed(counts[OUTCOME], Complaint.Outcome.choices),
        },
        overdue=sum(overdue.values()),
        acknowledged=InTime(acknowledged_in_time, acknowledgement_due),
        resolved=InTime(resolved_in_time, resolution_due),
        closed=sum(days_to_close.values()),
        median_days_to_close=_weighted_median(days_to_close),
        paid=Amount(paid or Decimal(0), paid_count),
        claimed=Amount(claimed or Decimal(0), claimed_count),
        recovered=Amount(sum((amount for amount, *_r in recoveries), Decimal(0)), len(recoveries)),
        people_repaid=len(
            {
                ("person", person) if person else ("complaint", complaint)
                for _amount, complaint, person in recoveries
            }
        ),
        costs=_costs(counted, agencies, CostShare(COST_TOTAL, "", costed, mean, median)),
    )
    if scope.spans_centres:
        report.centres = [
            CentreCount(
                centre.code,
                centre.name,
                centre.district.name,
                centre.district.province.name,
                counts[CENTRE].get(centre.pk, 0),
                overdue.get(centre.pk, 0),
            )
            for centre in scope.centres()
        ]
    return report


def _fixed(counts: Counter, choices) -> list[ComplaintRow]:
    """Every value of `choices` in their order, zeros too."""
    return [ComplaintRow(value, label, counts.get(value, 0)) for value, label in choices]


def _by_size(rows: list) -> list:
    """Largest first; "not stated" and the grouped rows last, whatever their size."""
    last = (NOT_STATED, OTHER_AGENCIES, NO_AGENCY)
    return sorted(
        rows,
        key=lambda r: (last.index(r.key) if r.key in last else -1, -r.complaints, str(r.label)),
    )


def _country_rows(counts: Counter) -> list[ComplaintRow]:
    return _by_size(
        [
            ComplaintRow(
                key, ROW_LABELS[key] if key == NOT_STATED else countries.name(key) or key, n
            )
            for key, n in counts.items()
        ]
    )


@dataclass(frozen=True)
class _Agency:
    name: str
    licence_number: str
    upheld_everywhere: int


def _agencies(counts: Counter) -> dict[int, _Agency]:
    """The agencies named in the period's complaints, with their upheld complaints at
    every centre (whenever filed: the licence-review flag)."""
    ids = {pk for pk in counts if pk is not None}
    upheld = upheld_by_agency(ids)
    return {
        pk: _Agency(name, licence, upheld.get(pk, 0))
        for pk, name, licence in RecruitmentAgency.objects.filter(pk__in=ids).values_list(
            "pk", "name", "licence_number"
        )
    }


def _top(counts: Counter, agencies: dict[int, _Agency]) -> tuple[list[int], int, int]:
    """(the ids of the agencies named most, most first; the complaints naming the others;
    the complaints naming none)."""
    named = sorted(
        (pk for pk in counts if pk is not None),
        key=lambda pk: (-counts[pk], agencies[pk].name),
    )
    top = named[:TOP_AGENCIES]
    return top, sum(counts[pk] for pk in named[TOP_AGENCIES:]), counts.get(None, 0)


def _agency_rows(counts: Counter, agencies: dict[int, _Agency]) -> list[ComplaintRow]:
    top, others, none = _top(counts, agencies)
    rows = [
        ComplaintRow(
            agencies[pk].licence_number,
            agencies[pk].name,
            counts[pk],
            licence_number=agencies[pk].licence_number,
            upheld_everywhere=agencies[pk].upheld_everywhere,
        )
        for pk in top
    ]
    if others:
        rows.append(ComplaintRow(OTHER_AGENCIES, ROW_LABELS[OTHER_AGENCIES], others))
    rows.append(ComplaintRow(NO_AGENCY, ROW_LABELS[NO_AGENCY], none))
    return rows


def _working_days_to_close(spans) -> Counter:
    """{working days taken: closed complaints} from [(filed on, closed on, complaints)],
    on one national calendar."""
    if not spans:
        return Counter()
    first = min(filed for filed, _closed, _n in spans)
    last = max(closed for _filed, closed, _n in spans)
    calendar = WorkingCalendar(None, first, last)
    # Working days after `first` up to each day: a span is the difference of its ends.
    running, day, counted = 0, first, {first: 0}
    while day < last:
        day += datetime.timedelta(days=1)
        running += calendar.is_working_day(day)
        counted[day] = running
    taken = Counter()
    for filed, closed, n in spans:
        taken[max(counted[closed] - counted[filed], 0)] += n
    return taken


def _weighted_median(counts: Counter):
    """The median of values given as {value: how many times}; None for none."""
    if not counts:
        return None
    values = sorted(counts.elements())
    return _whole(statistics.median(values))


def _whole(number):
    """A median of whole days stays whole unless it falls between two."""
    return int(number) if float(number).is_integer() else number


def _cost(key: str, label: str, shares: list[float], **extra) -> CostShare:
    return CostShare(
        key,
        label,
        len(shares),
        statistics.fmean(shares) if shares else None,
        statistics.median(shares) if shares else None,
        **extra,
    )


def _costs(counted: _Counted, agencies: dict[int, _Agency], total: CostShare):
    """The recruitment cost in all and by destination, sex and agency: the same rows as
    the tables of complaints (the agencies named most, the others, none)."""

    def cost(table, key, label, **extra) -> CostShare:
        n, mean, median = counted.costs[table].get(key, (0, None, None))
        return CostShare(key, label, n, mean, median, **extra)

    destinations = [
        cost(DESTINATION, row.key, row.label)
        for row in _country_rows(
            Counter({key: n for key, (n, *_s) in counted.costs[DESTINATION].items() if n})
        )
    ]
    shares = counted.agency_shares
    top, others, _none = _top(
        Counter({pk: len(values) for pk, values in shares.items() if values}), agencies
    )
    agency_rows = [
        _cost(
            agencies[pk].licence_number,
            agencies[pk].name,
            shares[pk],
            licence_number=agencies[pk].licence_number,
            upheld_everywhere=agencies[pk].upheld_everywhere,
        )
        for pk in top
    ]
    if others:
        rest = [
            share
            for pk, values in shares.items()
            if pk is not None and pk not in top
            for share in values
        ]
        agency_rows.append(_cost(OTHER_AGENCIES, ROW_LABELS[OTHER_AGENCIES], rest))
    agency_rows.append(_cost(NO_AGENCY, ROW_LABELS[NO_AGENCY], shares.get(None, [])))
    return {
        COST_TOTAL: [total],
        DESTINATION: destinations,
        AGENCY: agency_rows,
        SEX: [cost(SEX, value, label) for value, label in SEXES],
    }


# --- The CSV export ------------------------------------------------------------------


def _number(value, places: int = 1):
    """A number as the CSV writes it: withheld in words, none as empty, a fraction with
    `places` decimals."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.{places}f}"
    return value


def csv_rows(report: ComplaintsReport) -> list[list]:
    """The complaints part of the CSV export: [service, dimension, value, label, number]
    rows after the people served (templates/reports/_csv_format.html says what each is)."""
    rows = [["complaints", "total", "", str(_("Complaints filed")), report.total]]
    for table, _label, table_rows in report.table_rows():
        rows.extend(
            ["complaints", table, row.key, str(row.label), row.complaints] for row in table_rows
        )
    rows.extend(
        ["complaints", CENTRE, row.key, row.label, row.complaints] for row in report.centres
    )
    rows.append(["complaints_overdue", "total", "", str(_("Overdue now")), report.overdue])
    rows.extend(
        ["complaints_overdue", CENTRE, row.key, row.label, row.overdue] for row in report.centres
    )
    deadlines = [
        ("acknowledged_in_time", _("Acknowledged by the deadline"), report.acknowledged.met),
        ("acknowledgement_due", _("Acknowledged or past the deadline"), report.acknowledged.due),
        ("resolved_in_time", _("Closed by the resolution deadline"), report.resolved.met),
        ("resolution_due", _("Closed or past the resolution deadline"), report.resolved.due),
        ("closed", _("Closed"), report.closed),
        (
            "median_working_days_to_close",
            _("Median working days to close"),
            _number(report.median_days_to_close),
        ),
    ]
    rows.extend(
        ["complaints_deadlines", "total", key, str(label), n] for key, label, n in deadlines
    )
    money = [
        ("paid", _("Paid to agents (rupees)"), report.paid.rupees),
        ("paid_complaints", _("Complaints that say what was paid"), report.paid.count),
        ("claimed", _("Claimed (rupees)"), report.claimed.rupees),
        ("claimed_complaints", _("Complaints that claim money"), report.claimed.count),
        ("recovered", _("Recovered in the period (rupees)"), report.recovered.rupees),
        ("recoveries", _("Payments recovered in the period"), report.recovered.count),
        ("people_repaid", _("People who got money back"), report.people_repaid),
    ]
    rows.extend(["complaints_money", "total", key, str(label), n] for key, label, n in money)
    rows.extend(
        ["licence_review", AGENCY, row.key, row.label, row.upheld_everywhere]
        for row in report.agencies_under_review
    )
    costs = [
        (COST_TOTAL, [report.cost_total]),
        *((key, rows) for key, _l, rows in report.cost_rows()),
    ]
    for measure in ("mean", "median", "complaints"):
        for table, cost_rows in costs:
            rows.extend(
                [
                    f"sdg_10_7_1_{measure}",
                    table,
                    "" if table == COST_TOTAL else row.key,
                    str(row.label),
                    _number(getattr(row, measure)),
                ]
                for row in cost_rows
            )
    return rows
