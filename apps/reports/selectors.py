"""People served by a centre in a period: counted by the database, in one query.

How we count (shown on the pages as well, see HOW_WE_COUNT):

- The period runs from the first to the last day inclusive, in the portal's time zone
  (settings.TIME_ZONE): from local midnight of the first day to local midnight after
  the last.
- A service belongs to a centre: a registration to the registering centre, a counselling
  session to the counsellor's centre, an orientation session to the session's centre,
  a referral or a departure to the person's registering centre.
- Each service counts distinct people: a registration (the record created in the period),
  a completed counselling appointment that started in the period, attendance at an
  orientation session that started in the period, an application moved to "referred"
  or to "departed" in the period. "All services" counts each person once, whatever and
  however often they were served.
- Age band: the year of the service minus the year of birth (so erasure, which keeps
  only the year of birth, changes nothing). For "All services", the year of the
  person's first service in the period.
- Destination: the listing's country for referrals and departures, the session's
  country for a country orientation session, otherwise the first country the person
  named; "Not stated" when there is none. Occupation group: the ISCO-08 major group of
  the listing's occupation for referrals and departures, otherwise of the person's
  occupation with the most years (a tie goes to the lowest code); "Not stated" when
  they gave none. "All services" uses the person's own first country and main occupation.
- A person whose personal data was erased (anonymised) is still counted. Reports show
  counts only, never names or numbers that identify a person.
- A person registered twice whose two records were merged (apps/candidates/merging.py)
  is one person: the registration of the record merged away counts for the record kept
  (at the centre and in the month it was made), and its services moved there.

Performance: the whole report (headlines, every breakdown for every service, the weekly
trend) is one SQL statement with GROUP BY GROUPING SETS and COUNT(DISTINCT ...), plus one
look-up each for the names of districts and occupation groups: the number of queries
does not grow with the data. The registration part uses the candidate_centre_recent
index (centre, created_at); migration reports.0002 adds indexes for the status changes
of applications and for orientation sessions by centre and start.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connections, router, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from apps.candidates.models import Candidate, CandidateOccupation
from apps.centres.models import District
from apps.counselling.models import Appointment, Counsellor
from apps.listings.models import Application, ApplicationStatusChange, JobListing
from apps.occupations.models import Occupation
from apps.orientation.models import Enrolment, OrientationSession

from . import cache
from .routing import reading_from_replica

# The longest period a report covers: a year, leap day included.
MAX_PERIOD_DAYS = 366

ALL = "all"
REGISTRATION = "registration"
COUNSELLING = "counselling"
ORIENTATION = "orientation"
REFERRAL = "referral"
DEPARTURE = "departure"

SERVICES = [
    (REGISTRATION, _("Registration")),
    (COUNSELLING, _("Counselling")),
    (ORIENTATION, _("Orientation")),
    (REFERRAL, _("Referred to a job")),
    (DEPARTURE, _("Departed")),
]
SERVICES_AND_ALL = [*SERVICES, (ALL, _("All services"))]
SERVICE_KEYS = [key for key, _label in SERVICES_AND_ALL]

SEX = "sex"
AGE = "age_band"
DISTRICT = "district"
COUNTRY = "destination"
OCCUPATION = "occupation_group"

DIMENSIONS = [
    (SEX, _("Sex")),
    (AGE, _("Age band")),
    (DISTRICT, _("Home district")),
    (COUNTRY, _("Destination country")),
    (OCCUPATION, _("Occupation group (ISCO-08)")),
]

# (key, label, lowest age, highest age); keys are what the CSV export writes.
AGE_BANDS = [
    ("under_18", _("Under 18"), None, 17),
    ("18_24", _("18–24"), 18, 24),
    ("25_34", _("25–34"), 25, 34),
    ("35_44", _("35–44"), 35, 44),
    ("45_54", _("45–54"), 45, 54),
    ("55_over", _("55 and over"), 55, None),
]

NOT_STATED = "not_stated"
NOT_STATED_LABEL = _("Not stated")

HOW_WE_COUNT = [
    _(
        "The period runs from the first to the last day, both included, in Pakistan time "
        "(from midnight to midnight)."
    ),
    _(
        "Registration: people whose record was created in the period, at this centre. "
        "Counselling: completed appointments that started in the period, with a counsellor "
        "of this centre. Orientation: people who attended a session of this centre that "
        "started in the period. Referred to a job and Departed: applications of people "
        "registered at this centre that moved to that step in the period."
    ),
    _(
        "Every number counts people, not visits: a person served twice is counted once. "
        "All services counts each person once, whatever and however often they were served."
    ),
    _(
        "Age band: the year of the service minus the year of birth. For All services, the "
        "year of the person's first service in the period."
    ),
    _(
        "Destination country: the job's country for referrals and departures, the "
        "session's country for a country orientation session, otherwise the first country "
        "the person named. Occupation group: the ISCO-08 major group of the job for "
        "referrals and departures, otherwise of the person's occupation with the most "
        "years. All services uses the person's own first country and main occupation."
    ),
    _("Weeks run Monday to Sunday; the first and last week count only the days inside the period."),
    _(
        "People whose personal data was erased are still counted. Reports show counts "
        "only, never names or numbers that identify a person."
    ),
    _("A person registered twice, whose two records were merged, is counted as one person."),
]


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included, in the portal's time zone."""

    start: datetime.date
    end: datetime.date

    @property
    def start_at(self) -> datetime.datetime:
        return local_midnight(self.start)

    @property
    def end_before(self) -> datetime.datetime:
        """Local midnight after the last day: the period is [start_at, end_before)."""
        return local_midnight(self.end + datetime.timedelta(days=1))

    def weeks(self) -> list[datetime.date]:
        """The Mondays of the ISO weeks the period overlaps."""
        monday = self.start - datetime.timedelta(days=self.start.weekday())
        mondays = []
        while monday <= self.end:
            mondays.append(monday)
            monday += datetime.timedelta(days=7)
        return mondays


def local_midnight(day: datetime.date) -> datetime.datetime:
    from zoneinfo import ZoneInfo

    return datetime.datetime.combine(day, datetime.time(0), tzinfo=ZoneInfo(settings.TIME_ZONE))


def month_period(year: int, month: int) -> Period:
    first = datetime.date(year, month, 1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    return Period(first, following - datetime.timedelta(days=1))


@dataclass
class Row:
    """One value of a breakdown (a sex, a district...) and the people per service."""

    key: str
    label: str
    people: dict[str, int] = field(default_factory=dict)

    def count(self, service: str) -> int:
        return self.people.get(service, 0)

    @property
    def counts(self) -> list[int]:
        """People per service, in the order of SERVICES_AND_ALL (for tables)."""
        return [self.people.get(key, 0) for key in SERVICE_KEYS]


@dataclass
class Week:
    monday: datetime.date
    people: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        year, week, _weekday = self.monday.isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def counts(self) -> list[int]:
        return [self.people.get(key, 0) for key in SERVICE_KEYS]


@dataclass
class PeopleServed:
    """The report: totals per service, breakdowns per dimension, the weekly trend."""

    period: Period
    centre: object  # a Centre, or None for every centre
    totals: dict[str, int]
    breakdowns: dict[str, list[Row]]
    weeks: list[Week]
    # When it was counted: the dashboard may show a count a few minutes old.
    counted_at: datetime.datetime = field(default_factory=timezone.now)

    @property
    def total_rows(self) -> list[tuple[str, str, int]]:
        return [(key, label, self.totals.get(key, 0)) for key, label in SERVICES_AND_ALL]

    def dimensions(self):
        """(key, label, rows) for every breakdown, in the order of DIMENSIONS."""
        return [(key, label, self.breakdowns[key]) for key, label in DIMENSIONS]


# --- The query -----------------------------------------------------------------------

# Age band from an age, in SQL: the same bands as AGE_BANDS.
_AGE_BAND_SQL = (
    "CASE "
    + " ".join(f"WHEN {{age}} <= {high} THEN '{key}'" for key, _label, _low, high in AGE_BANDS[:-1])
    + f" ELSE '{AGE_BANDS[-1][0]}' END"
)


def _people_served_sql(*, by_centre: bool) -> str:
    """One statement: every service's rows, the person-level values, then GROUPING SETS.

    `by_centre` adds the centre condition to each service (absent for every centre).
    """
    t = {
        "candidate": Candidate._meta.db_table,
        "occupation": Occupation._meta.db_table,
        "candidate_occupation": CandidateOccupation._meta.db_table,
        "appointment": Appointment._meta.db_table,
        "counsellor": Counsellor._meta.db_table,
        "user": Counsellor._meta.get_field("user").related_model._meta.db_table,
        "enrolment": Enrolment._meta.db_table,
        "session": OrientationSession._meta.db_table,
        "status_change": ApplicationStatusChange._meta.db_table,
        "application": Application._meta.db_table,
        "listing": JobListing._meta.db_table,
    }

    def centre(column: str) -> str:
        return f"AND {column} = %(centre)s" if by_centre else ""

    # Dimension values are all text, so that one column carries them in the result.
    return f"""
WITH RECURSIVE
up (id, ancestor_id, level) AS (
    SELECT id, id, level FROM {t["occupation"]}
    UNION ALL
    SELECT up.id, parent.id, parent.level
    FROM up
    JOIN {t["occupation"]} child ON child.id = up.ancestor_id
    JOIN {t["occupation"]} parent ON parent.id = child.parent_id
    WHERE up.level <> 'major'
),
major_group AS (
    SELECT id, ancestor_id AS major_id FROM up WHERE level = 'major'
),
served (service, candidate_id, at, country, occupation_id) AS (
    -- A record merged into another is the same person registered twice: one person.
    SELECT 'registration', COALESCE(c.merged_into_id, c.id), c.created_at, NULL::varchar,
           NULL::bigint
    FROM {t["candidate"]} c
    WHERE c.created_at >= %(start)s AND c.created_at < %(end)s {centre("c.centre_id")}
  UNION ALL
    SELECT 'counselling', a.candidate_id, a.starts_at, NULL, NULL
    FROM {t["appointment"]} a
    JOIN {t["counsellor"]} co ON co.id = a.counsellor_id
    JOIN {t["user"]} u ON u.id = co.user_id
    WHERE a.status = %(completed)s
      AND a.starts_at >= %(start)s AND a.starts_at < %(end)s {centre("u.centre_id")}
  UNION ALL
    SELECT 'orientation', e.candidate_id, s.starts_at, NULLIF(s.country, ''), NULL
    FROM {t["enrolment"]} e
    JOIN {t["session"]} s ON s.id = e.session_id
    WHERE e.attended
      AND s.starts_at >= %(start)s AND s.starts_at < %(end)s {centre("s.centre_id")}
  UNION ALL
    SELECT CASE sc.to_status WHEN %(referred)s THEN 'referral' ELSE 'departure' END,
           ap.candidate_id, sc.changed_at, l.destination_country, l.occupation_id
    FROM {t["status_change"]} sc
    JOIN {t["application"]} ap ON ap.id = sc.application_id
    JOIN {t["listing"]} l ON l.id = ap.listing_id
    {f"JOIN {t['candidate']} rc ON rc.id = ap.candidate_id" if by_centre else ""}
    WHERE sc.to_status IN (%(referred)s, %(departed)s)
      AND sc.changed_at >= %(start)s AND sc.changed_at < %(end)s {centre("rc.centre_id")}
),
main_occupation AS (
    -- Each person's occupation with the most years (a tie: the lowest code), as its
    -- major group.
    SELECT DISTINCT ON (co.candidate_id) co.candidate_id, mg.major_id
    FROM {t["candidate_occupation"]} co
    JOIN {t["occupation"]} o ON o.id = co.occupation_id
    JOIN major_group mg ON mg.id = co.occupation_id
    WHERE co.candidate_id IN (SELECT candidate_id FROM served)
    ORDER BY co.candidate_id, co.years DESC, o.code
),
person AS (
    SELECT c.id,
           c.sex,
           EXTRACT(YEAR FROM c.date_of_birth)::int AS birth_year,
           c.home_district_id::text AS district,
           NULLIF(split_part(c.destination_countries, ',', 1), '') AS country,
           mo.major_id
    FROM {t["candidate"]} c
    LEFT JOIN main_occupation mo ON mo.candidate_id = c.id
    WHERE c.id IN (SELECT candidate_id FROM served)
),
service_rows AS (
    SELECT s.service, s.candidate_id, p.sex, p.district,
           EXTRACT(YEAR FROM s.at AT TIME ZONE %(tz)s)::int - p.birth_year AS age,
           COALESCE(s.country, p.country) AS country,
           COALESCE(mg.major_id, p.major_id) AS major_id,
           date_trunc('week', s.at AT TIME ZONE %(tz)s)::date AS week
    FROM served s
    JOIN person p ON p.id = s.candidate_id
    LEFT JOIN major_group mg ON mg.id = s.occupation_id
),
person_rows AS (
    SELECT 'all'::text AS service, p.id AS candidate_id, p.sex, p.district,
           first_service.year - p.birth_year AS age, p.country, p.major_id, NULL::date AS week
    FROM person p
    JOIN (SELECT candidate_id, EXTRACT(YEAR FROM MIN(at) AT TIME ZONE %(tz)s)::int AS year
            FROM served GROUP BY candidate_id) first_service ON first_service.candidate_id = p.id
),
report_rows AS (
    SELECT service, candidate_id, sex, district,
           {_AGE_BAND_SQL.format(age="age")} AS age_band,
           country, major_id::text AS major_id, week
    FROM (SELECT * FROM service_rows UNION ALL SELECT * FROM person_rows) r
)
SELECT service, 'total' AS dimension, NULL AS value, COUNT(DISTINCT candidate_id)
  FROM report_rows GROUP BY service
UNION ALL
SELECT service,
       CASE WHEN GROUPING(sex) = 0 THEN 'sex'
            WHEN GROUPING(age_band) = 0 THEN 'age_band'
            WHEN GROUPING(district) = 0 THEN 'district'
            WHEN GROUPING(country) = 0 THEN 'destination'
            ELSE 'occupation_group' END,
       COALESCE(sex, age_band, district, country, major_id, '{NOT_STATED}'),
       COUNT(DISTINCT candidate_id)
  FROM report_rows
 GROUP BY GROUPING SETS (
       (service, sex), (service, age_band), (service, district),
       (service, country), (service, major_id))
UNION ALL
SELECT COALESCE(service, 'all'), 'week', week::text, COUNT(DISTINCT candidate_id)
  FROM service_rows
 GROUP BY GROUPING SETS ((service, week), (week))
"""


def recent_people_served(*, period: Period, centre=None) -> PeopleServed:
    """`people_served`, cached for every worker (apps/reports/cache.py); counted on the
    replica where there is one."""

    def count():
        with reading_from_replica():
            return people_served(period=period, centre=centre)

    return cache.people_served(period, centre, count)


def people_served(*, period: Period, centre=None) -> PeopleServed:
    """Distinct people served in `period` by `centre` (None: every centre), per service,
    broken down by sex, age band, district, destination and occupation group, and per week.

    Callers decide which centre a user may see (views.py); this counts what it is told.
    """
    sql = _people_served_sql(by_centre=centre is not None)
    params = {
        "start": period.start_at,
        "end": period.end_before,
        "tz": settings.TIME_ZONE,
        "centre": getattr(centre, "pk", None),
        "completed": Appointment.Status.COMPLETED,
        "referred": Application.Status.REFERRED,
        "departed": Application.Status.DEPARTED,
    }
    # A raw statement is not routed by itself: it goes where the ORM would send a read
    # of these tables (the replica inside reading_from_replica(), apps/reports/routing.py).
    database = router.db_for_read(Candidate)
    with transaction.atomic(using=database), connections[database].cursor() as cursor:
        # The planner cannot foresee how few rows the CTEs hold and would compile the
        # statement to machine code (JIT), which costs more than the whole query.
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(sql, params)
        result = cursor.fetchall()

    totals: dict[str, int] = {}
    counts: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    weekly: dict[str, dict[str, int]] = defaultdict(dict)
    for service, dimension, value, people in result:
        if dimension == "total":
            totals[service] = people
        elif dimension == "week":
            weekly[value][service] = people
        else:
            counts[dimension][value or NOT_STATED][service] = people

    return PeopleServed(
        period=period,
        centre=centre,
        totals=totals,
        breakdowns=_breakdowns(counts),
        weeks=[
            Week(monday=monday, people=weekly.get(monday.isoformat(), {}))
            for monday in period.weeks()
        ],
    )


def _breakdowns(counts) -> dict[str, list[Row]]:
    """Rows in a reading order, with their labels: every sex and age band (zeros too);
    districts, countries and occupation groups that have people, largest first."""

    def by_size(rows: list[Row]) -> list[Row]:
        # "Not stated" comes last, whatever its size.
        return sorted(rows, key=lambda r: (r.key == NOT_STATED, -r.count(ALL), str(r.label)))

    sex = [
        Row(value, label, dict(counts[SEX].get(value, {})))
        for value, label in Candidate.Sex.choices
    ]
    age = [Row(key, label, dict(counts[AGE].get(key, {}))) for key, label, *_r in AGE_BANDS]

    # A district's key is its English name (stable in the CSV export whatever the
    # language); its label is the name in the reader's language.
    district_names = {
        str(district.pk): (district.name_en or district.name, district.name)
        for district in District.objects.filter(
            pk__in=[int(k) for k in counts[DISTRICT] if k != NOT_STATED]
        )
    }
    districts = by_size(
        [
            Row(*district_names.get(key, (key, key)), dict(people))
            for key, people in counts[DISTRICT].items()
        ]
    )

    country_rows = [
        Row(key, NOT_STATED_LABEL if key == NOT_STATED else countries.name(key) or key, dict(p))
        for key, p in counts[COUNTRY].items()
    ]

    groups = {
        str(group.pk): group
        for group in Occupation.objects.filter(
            pk__in=[int(k) for k in counts[OCCUPATION] if k != NOT_STATED]
        )
    }
    occupation_rows = sorted(
        [
            Row(
                groups[key].code if key in groups else NOT_STATED,
                f"{groups[key].code} {groups[key].title}" if key in groups else NOT_STATED_LABEL,
                dict(people),
            )
            for key, people in counts[OCCUPATION].items()
        ],
        key=lambda r: (r.key == NOT_STATED, r.key),
    )
    return {
        SEX: sex,
        AGE: age,
        DISTRICT: districts,
        COUNTRY: by_size(country_rows),
        OCCUPATION: occupation_rows,
    }
