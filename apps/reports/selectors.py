"""People served by a centre, a province's centres or every centre in a period: counted
by the database, in one query.

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
- Across centres (a province, the country), a service counts at the centre it belongs
  to (above), and so in that centre's district and province: a person served at two
  centres counts at each, and once in any number that covers both.
- A person whose personal data was erased (anonymised) is still counted. Reports show
  counts only, never names or numbers that identify a person. Readers above a centre
  see no count under 5 (disclosure.py).
- A person registered twice whose two records were merged (apps/candidates/merging.py)
  is one person: the registration of the record merged away counts for the record kept
  (at the centre and in the month it was made), and its services moved there.

Performance: the whole report (headlines, every breakdown for every service, the weekly
trend) is one SQL statement with GROUP BY GROUPING SETS and COUNT(DISTINCT ...), plus one
look-up each for the names of districts and occupation groups: the number of queries
does not grow with the data. The registration part uses the candidate_centre_recent
index (centre, created_at); migration reports.0002 adds indexes for the status changes
of applications and for orientation sessions by centre and start. A province is its
centres' ids in the statement (`centre_id = ANY(...)`), read with the comparison's
names in one query first: the index serves a list of centres as it serves one.
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
from apps.centres.models import Centre, District, Province
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

# Where the service was given, for a report across centres (a province, the country).
CENTRE = "centre"
CENTRE_DISTRICT = "centre_district"
CENTRE_PROVINCE = "centre_province"

PLACES = [
    (CENTRE, _("Centre")),
    (CENTRE_DISTRICT, _("District of the centre")),
    (CENTRE_PROVINCE, _("Province of the centre")),
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


# Added to HOW_WE_COUNT on a report across centres.
ACROSS_CENTRES_RULE = _(
    "Across centres, each service counts at the centre that gave it, and so in that "
    "centre's district and province: a person served at two centres counts at each, "
    "and once in any number that covers both."
)


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


@dataclass(frozen=True)
class Scope:
    """The centres a report counts: one centre, one province's, or (neither) every one."""

    centre: Centre | None = None
    province: Province | None = None

    @property
    def spans_centres(self) -> bool:
        return self.centre is None

    @property
    def cache_key(self) -> str:
        if self.centre is not None:
            return f"centre-{self.centre.pk}"
        if self.province is not None:
            return f"province-{self.province.pk}"
        return "all"

    @property
    def code(self) -> str:
        """What the CSV names the scope by: the centre's code, the province's English
        name, or ALL."""
        if self.centre is not None:
            return self.centre.code
        if self.province is not None:
            return self.province.name_en or self.province.name
        return "ALL"

    def centres(self) -> list[Centre]:
        """The centres counted, with their district and province, in reading order."""
        centres = Centre.objects.select_related("district__province").in_reading_order()
        if self.centre is not None:
            return [self.centre]
        if self.province is not None:
            centres = centres.filter(district__province=self.province)
        return list(centres)


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
class PlaceRow(Row):
    """A centre, a district or a province of a report across centres. `parent` is the
    key of the row one level up (a centre's district, a district's province; None under
    the report's total); `district` and `province` name where a centre is."""

    parent: str | None = None
    district: str = ""
    province: str = ""


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
    scope: Scope
    totals: dict[str, int]
    breakdowns: dict[str, list[Row]]
    weeks: list[Week]
    # By centre, district and province of the centre, for a report across centres.
    places: dict[str, list[PlaceRow]] = field(default_factory=dict)
    # When it was counted: the dashboard may show a count a few minutes old.
    counted_at: datetime.datetime = field(default_factory=timezone.now)
    # True once counts under 5 are withheld (disclosure.protect).
    hides_small_numbers: bool = False

    @property
    def centre(self):
        """The centre reported on; None for a report across centres."""
        return self.scope.centre

    @property
    def total_rows(self) -> list[tuple[str, str, int]]:
        return [(key, label, self.totals.get(key, 0)) for key, label in SERVICES_AND_ALL]

    def dimensions(self):
        """(key, label, rows) for every breakdown, in the order of DIMENSIONS."""
        return [(key, label, self.breakdowns[key]) for key, label in DIMENSIONS]

    def place_dimensions(self):
        """(key, label, rows) by centre, district and province of the centre, for a
        report across centres (none for one centre's)."""
        return [(key, label, self.places[key]) for key, label in PLACES if key in self.places]


# --- The query -----------------------------------------------------------------------

# Age band from an age, in SQL: the same bands as AGE_BANDS.
_AGE_BAND_SQL = (
    "CASE "
    + " ".join(f"WHEN {{age}} <= {high} THEN '{key}'" for key, _label, _low, high in AGE_BANDS[:-1])
    + f" ELSE '{AGE_BANDS[-1][0]}' END"
)


def _people_served_sql(*, within: str, by_place: bool) -> str:
    """One statement: every service's rows, the person-level values, then GROUPING SETS.

    `within` is the condition on each service's centre: "centre" (one, %(centre)s),
    "centres" (a list, %(centres)s) or "" (every centre). `by_place` adds the counts by
    centre, district and province of the centre.
    """
    t = {
        "centre": Centre._meta.db_table,
        "district": District._meta.db_table,
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
        if within == "centre":
            return f"AND {column} = %(centre)s"
        if within == "centres":
            return f"AND {column} = ANY(%(centres)s)"
        return ""

    # Each service's centre, and so its district and province, counted per service and
    # (the NULL service of the second set of each pair) across services, as the weeks.
    place_rows = f"""
, place_rows AS (
    SELECT s.service, s.candidate_id, s.centre_id, ce.district_id, d.province_id
    FROM served s
    JOIN {t["centre"]} ce ON ce.id = s.centre_id
    JOIN {t["district"]} d ON d.id = ce.district_id
)"""
    place_counts = """
UNION ALL
SELECT COALESCE(service, 'all'),
       CASE WHEN GROUPING(centre_id) = 0 THEN 'centre'
            WHEN GROUPING(district_id) = 0 THEN 'centre_district'
            ELSE 'centre_province' END,
       COALESCE(centre_id, district_id, province_id)::text,
       COUNT(DISTINCT candidate_id)
  FROM place_rows
 GROUP BY GROUPING SETS (
       (service, centre_id), (centre_id), (service, district_id), (district_id),
       (service, province_id), (province_id))
"""

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
served (service, candidate_id, at, country, occupation_id, centre_id) AS (
    -- A record merged into another is the same person registered twice: one person.
    SELECT 'registration', COALESCE(c.merged_into_id, c.id), c.created_at, NULL::varchar,
           NULL::bigint, c.centre_id
    FROM {t["candidate"]} c
    WHERE c.created_at >= %(start)s AND c.created_at < %(end)s {centre("c.centre_id")}
  UNION ALL
    SELECT 'counselling', a.candidate_id, a.starts_at, NULL, NULL, u.centre_id
    FROM {t["appointment"]} a
    JOIN {t["counsellor"]} co ON co.id = a.counsellor_id
    JOIN {t["user"]} u ON u.id = co.user_id
    WHERE a.status = %(completed)s
      AND a.starts_at >= %(start)s AND a.starts_at < %(end)s {centre("u.centre_id")}
  UNION ALL
    SELECT 'orientation', e.candidate_id, s.starts_at, NULLIF(s.country, ''), NULL, s.centre_id
    FROM {t["enrolment"]} e
    JOIN {t["session"]} s ON s.id = e.session_id
    WHERE e.attended
      AND s.starts_at >= %(start)s AND s.starts_at < %(end)s {centre("s.centre_id")}
  UNION ALL
    SELECT CASE sc.to_status WHEN %(referred)s THEN 'referral' ELSE 'departure' END,
           ap.candidate_id, sc.changed_at, l.destination_country, l.occupation_id,
           rc.centre_id
    FROM {t["status_change"]} sc
    JOIN {t["application"]} ap ON ap.id = sc.application_id
    JOIN {t["listing"]} l ON l.id = ap.listing_id
    JOIN {t["candidate"]} rc ON rc.id = ap.candidate_id
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
){place_rows if by_place else ""}
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
{place_counts if by_place else ""}"""


def recent_people_served(*, period: Period, centre=None, province=None) -> PeopleServed:
    """`people_served`, cached for every worker (apps/reports/cache.py); counted on the
    replica where there is one."""
    scope = Scope(centre=centre, province=None if centre else province)

    def count():
        with reading_from_replica():
            return people_served(period=period, centre=centre, province=province)

    return cache.people_served(period, scope, count)


def people_served(*, period: Period, centre=None, province=None) -> PeopleServed:
    """Distinct people served in `period` by `centre`, else by the centres of `province`,
    else by every centre, per service, broken down by sex, age band, district,
    destination and occupation group, and per week; across centres, also by centre and
    by the centre's district and province.

    Callers decide what a user may see (scopes.py); this counts what it is told.
    """
    scope = Scope(centre=centre, province=None if centre else province)
    centres = scope.centres() if scope.spans_centres else []
    if scope.centre is not None:
        within = "centre"
    elif scope.province is not None:
        within = "centres"
    else:
        within = ""
    sql = _people_served_sql(within=within, by_place=scope.spans_centres)
    params = {
        "start": period.start_at,
        "end": period.end_before,
        "tz": settings.TIME_ZONE,
        "centre": getattr(centre, "pk", None),
        "centres": [c.pk for c in centres],
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
        scope=scope,
        totals=totals,
        breakdowns=_breakdowns(counts),
        weeks=[
            Week(monday=monday, people=weekly.get(monday.isoformat(), {}))
            for monday in period.weeks()
        ],
        places=_places(scope, centres, counts) if scope.spans_centres else {},
    )


def _places(scope: Scope, centres: list[Centre], counts) -> dict[str, list[PlaceRow]]:
    """Every centre counted (zeros too: a comparison shows who served nobody), its
    district and, across provinces, its province, in reading order. Keys are codes and
    English names, as in the CSV export."""

    def key(place) -> str:
        return place.name_en or place.name

    by_province = scope.province is None
    districts = {centre.district_id: centre.district for centre in centres}
    provinces = {d.province_id: d.province for d in districts.values()}
    places = {
        CENTRE: [
            PlaceRow(
                centre.code,
                centre.name,
                dict(counts[CENTRE].get(str(centre.pk), {})),
                parent=key(centre.district),
                district=centre.district.name,
                province=centre.district.province.name,
            )
            for centre in centres
        ],
        CENTRE_DISTRICT: [
            PlaceRow(
                key(district),
                district.name,
                dict(counts[CENTRE_DISTRICT].get(str(district.pk), {})),
                parent=key(district.province) if by_province else None,
                province=district.province.name,
            )
            for district in districts.values()
        ],
    }
    if by_province:
        places[CENTRE_PROVINCE] = [
            PlaceRow(key(province), province.name, dict(counts[CENTRE_PROVINCE].get(str(pk), {})))
            for pk, province in provinces.items()
        ]
    return places


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
