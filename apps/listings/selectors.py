"""Reads the listing pages share: matching registered people with open demand.

A fit is scored from the parts of a job order a recruiter looks at first; each part
gives a reason shown to staff, so a ranking can be checked rather than trusted. A
requirement the job order states (age, sex, education, languages, experience) that a
person does not meet sorts them below everyone who meets them all.

The rules are written once, in SQL (`with_fit`), and read both ways: one listing
against a centre's people (the matches page, `ranked_candidates`) and one person
against the open listings (their record, `ranked_listings_for`). Both annotate the same
`fit_*` columns, and the reasons are worded from those columns (`_fit`).
"""

import datetime
import functools
import operator
from dataclasses import dataclass
from types import SimpleNamespace

from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.fields import ArrayField
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Count,
    F,
    FilteredRelation,
    FloatField,
    Func,
    IntegerField,
    Max,
    Prefetch,
    Q,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Cast, Coalesce, Greatest, Least, Left, NullIf
from django.db.models.lookups import Exact, GreaterThanOrEqual, LessThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext as _

from apps.candidates.models import Candidate, CandidateOccupation
from apps.occupations.models import Occupation

from . import cache
from .models import EDUCATION_ORDER, LANGUAGE_LEVEL_ORDER, Application, JobListing

# Points for each part of a fit; the occupation weighs most. A trade the person holds
# counts by the leading digits of its ISCO-08 code it shares with the listing's: all
# four (the same unit group), three (minor group) or two (sub-major group).
OCCUPATION_POINTS = {4: 40, 3: 25, 2: 15}
EXPERIENCE_POINTS = 15
EXTRA_EXPERIENCE_POINTS = 5  # a year each beyond the minimum, up to this many
DESTINATION_POINTS = 10
LANGUAGE_POINTS = 10
AGE_POINTS = 5
EDUCATION_POINTS = 5
AVAILABILITY_POINTS = 5

# The fields the rules read: a person's, a listing's, a trade a person holds and a
# language (spoken by a person, or asked for by a listing: the fields are named alike).
PERSON = ("date_of_birth", "education", "sex", "available_from", "destination_countries")
LISTING = (
    "occupation__code",
    "min_experience_years",
    "destination_country",
    "age_min",
    "age_max",
    "education",
    "sex",
    "application_deadline",
)
HELD_TRADE = ("id", "occupation__code", "years")
LANGUAGE = ("language", "level")


def _sql(fields, of=None, prefix: str = "") -> dict:
    """Each of `fields` as SQL: the column of the rows being ranked (`prefix` leads to a
    related row's), or, given `of`, the value it has in the one person or listing (or
    their trade or language) that the rows are ranked against."""
    if of is None:
        return {name: F(prefix + name) for name in fields}
    values = {}
    for name in fields:
        *through, last = name.split("__")
        owner = functools.reduce(getattr, through, of)
        field = owner._meta.get_field(last)
        values[name] = Value(field.value_from_object(owner), output_field=field)
    return values


def _array(*items, of=IntegerField):
    if not items:
        return Cast(Value([]), ArrayField(of()))
    return Func(*items, template="ARRAY[%(expressions)s]", output_field=ArrayField(of()))


def _item(array, position: int):
    return Func(array, template=f"(%(expressions)s)[{position}]", output_field=IntegerField())


def _place(level, order: dict[str, int]):
    """Where a level (of education, of a language) stands in `order`."""
    return Func(Value(list(order)), level, function="array_position", output_field=IntegerField())


def _points_if(condition, points: int):
    return Case(When(condition, then=Value(points)), default=Value(0))


def _trade_against(held: dict, listing: dict):
    """A trade the person holds against the listing's, as [points, years, -its id]: the
    greatest of a person's trades is the closest one, then the longest held, then the
    first recorded."""
    points = Case(
        *(
            When(
                Exact(
                    Left(held["occupation__code"], digits),
                    Left(listing["occupation__code"], digits),
                ),
                then=Value(points),
            )
            for digits, points in OCCUPATION_POINTS.items()
        ),
        default=Value(0),
    )
    return _array(points, held["years"], -held["id"])


def _speaks_well_enough(spoken: dict, wanted: dict) -> Q:
    """A language spoken at the level a job order asks for, or better."""
    return Q(Exact(spoken["language"], wanted["language"])) & Q(
        GreaterThanOrEqual(
            _place(spoken["level"], LANGUAGE_LEVEL_ORDER),
            _place(wanted["level"], LANGUAGE_LEVEL_ORDER),
        )
    )


def with_fit(rows, person: dict, listing: dict, *, trade, languages_met, languages_needed, today):
    """`rows` (people, or listings) annotated with their fit: the `fit_*` columns.

    `person` and `listing` are `_sql` fields. A person may hold several trades and a
    listing require several languages, so the caller gathers those: `trade` is the
    greatest `_trade_against` of the person's trades, `languages_met` the listing's
    required languages the person speaks well enough (`_speaks_well_enough`) and
    `languages_needed` how many it requires."""
    rows = rows.annotate(
        fit_trade=trade,
        fit_languages_met=languages_met,
        fit_languages_needed=languages_needed,
        fit_age=Func(
            Value(today),
            person["date_of_birth"],
            template="EXTRACT(YEAR FROM AGE(%(expressions)s))::integer",
            output_field=IntegerField(),
        ),
    ).annotate(
        fit_occupation_points=_item(F("fit_trade"), 1),
        fit_years=_item(F("fit_trade"), 2),
        fit_held_trade=-_item(F("fit_trade"), 3),
    )
    needed = listing["min_experience_years"]
    languages = Func(F("fit_languages_met"), function="cardinality", output_field=IntegerField())
    age = F("fit_age")
    rows = rows.annotate(
        fit_experience_met=GreaterThanOrEqual(F("fit_years"), needed),
        # The listing's country = ANY(the person's, kept as one text: "SA,QA").
        fit_destination_met=Func(
            listing["destination_country"],
            Func(person["destination_countries"], Value(","), function="string_to_array"),
            template="%(expressions)s)",
            arg_joiner=" = ANY(",
            output_field=BooleanField(),
        ),
        fit_languages_all_met=Exact(languages, F("fit_languages_needed")),
        # No bound is no requirement, and an oldest age of 0 is none either.
        fit_age_ok=Q(GreaterThanOrEqual(age, Coalesce(listing["age_min"], 0)))
        & Q(LessThanOrEqual(age, Coalesce(NullIf(listing["age_max"], 0), 200))),
        fit_education_ok=Q(Exact(listing["education"], ""))
        | Q(
            GreaterThanOrEqual(
                _place(person["education"], EDUCATION_ORDER),
                _place(listing["education"], EDUCATION_ORDER),
            )
        ),
        fit_sex_ok=Q(Exact(listing["sex"], "")) | Q(Exact(person["sex"], listing["sex"])),
        fit_available_ok=LessThanOrEqual(person["available_from"], listing["application_deadline"]),
    )
    # The share of the points for the required languages met (none if none are
    # required). round() on double precision rounds halves to even, as Python's round
    # does; on numeric (which Django's Round casts floats to) it would round them up.
    language_points = Coalesce(
        Func(
            Cast(languages * LANGUAGE_POINTS, FloatField()) / NullIf("fit_languages_needed", 0),
            template="ROUND(%(expressions)s)::integer",
            output_field=IntegerField(),
        ),
        0,
    )
    return rows.annotate(
        fit_score=F("fit_occupation_points")
        + Case(
            When(
                fit_experience_met=True,
                then=Value(EXPERIENCE_POINTS)
                + Least(F("fit_years") - needed, Value(EXTRA_EXPERIENCE_POINTS)),
            ),
            default=Value(0),
        )
        + _points_if(Q(fit_destination_met=True), DESTINATION_POINTS)
        + language_points
        + _points_if(Q(fit_age_ok=True), AGE_POINTS)
        + _points_if(Q(fit_education_ok=True), EDUCATION_POINTS)
        + _points_if(Q(fit_available_ok=True), AVAILABILITY_POINTS),
        fit_meets=Q(
            fit_experience_met=True,
            fit_languages_all_met=True,
            fit_age_ok=True,
            fit_education_ok=True,
            fit_sex_ok=True,
        ),
    )


def ranked_candidates(listing: JobListing, user, today: datetime.date | None = None):
    """The user's centre's active people with work in the listing's sub-major group or
    closer, best fit first, annotated with `with_fit`: one ordered query, however
    many thousands of people the centre has."""
    code = listing.occupation.code
    wanted = list(listing.required_languages.all())
    people = (
        Candidate.objects.visible_to(user)
        .exclude(status=Candidate.Status.INACTIVE)
        # An erased record has nobody to contact behind it.
        .filter(anonymised_at__isnull=True)
        # Only the trades that can score are read: a list of ids, which PostgreSQL
        # estimates well (a join on the codes made it look up every holder).
        .filter(
            occupations__occupation__in=list(
                Occupation.objects.filter(
                    code__startswith=code[: min(OCCUPATION_POINTS)]
                ).values_list("pk", flat=True)
            )
        )
        # A join per required language, not EXISTS: the score repeats the condition in
        # GROUP BY and ORDER BY, and PostgreSQL hashed each EXISTS over the whole table
        # of languages spoken (six scans of two million rows for a trade's matches). A
        # person speaks a language once (candidate_language_once), so no row doubles.
        .alias(
            **{
                f"speaking_{number}": FilteredRelation(
                    "languages",
                    condition=_speaks_well_enough(
                        _sql(LANGUAGE, prefix="languages__"), _sql(LANGUAGE, want)
                    ),
                )
                for number, want in enumerate(wanted)
            }
        )
    )
    listing_sql = _sql(LISTING, listing)
    spoken = [F(f"speaking_{number}__language") for number in range(len(wanted))]
    return with_fit(
        people,
        _sql(PERSON),
        listing_sql,
        trade=Max(_trade_against(_sql(HELD_TRADE, prefix="occupations__"), listing_sql)),
        languages_met=Func(_array(*spoken, of=CharField), Value(None), function="array_remove"),
        languages_needed=Value(len(wanted)),
        today=today or timezone.localdate(),
    ).order_by("-fit_meets", "-fit_score", "-fit_years", "registration_number")


def recent_ranking(listing: JobListing, user) -> list[int]:
    """The ids of `ranked_candidates`, in order, cached (apps/listings/cache.py): ranking
    a trade's thousands of people is one heavy query, and staff page through the same
    matches many times. Each page then reads its 25 people afresh (`fits_for`)."""
    return cache.ranking(
        listing, user, lambda: list(ranked_candidates(listing, user).values_list("pk", flat=True))
    )


def ranked_listings_for(candidate: Candidate, today: datetime.date | None = None):
    """The open listings in the candidate's trades (sub-major group or closer), best fit
    first, annotated with `with_fit`: one ordered query over thousands of listings."""
    prefetch_related_objects([candidate], "occupations__occupation", "languages")
    held = candidate.occupations.all()
    if not held:
        return JobListing.objects.none()
    today = today or timezone.localdate()
    in_trades = functools.reduce(
        operator.or_,
        (
            Q(occupation__code__startswith=trade.occupation.code[: min(OCCUPATION_POINTS)])
            for trade in held
        ),
    )
    listing = _sql(LISTING)
    trades = [_trade_against(_sql(HELD_TRADE, trade), listing) for trade in held]
    spoken = [
        _speaks_well_enough(_sql(LANGUAGE, language), _sql(LANGUAGE, prefix="required_languages__"))
        for language in candidate.languages.all()
    ]
    return with_fit(
        JobListing.objects.open_to_public(today).filter(in_trades),
        _sql(PERSON, candidate),
        listing,
        trade=Greatest(*trades) if len(trades) > 1 else trades[0],
        languages_met=ArrayAgg(
            "required_languages__language",
            filter=functools.reduce(operator.or_, spoken),
            default=_array(of=CharField),
        )
        if spoken
        else _array(of=CharField),
        languages_needed=Count("required_languages"),
        today=today,
    ).order_by("-fit_meets", "-fit_score", "-fit_years", "pk")


@dataclass
class Reason:
    met: bool
    text: str
    is_requirement: bool = False  # unmet requirements sort a person down


@dataclass
class Fit:
    candidate: Candidate
    listing: JobListing
    score: int
    meets_requirements: bool
    reasons: list[Reason]


def _fit(row, candidate: Candidate, listing: JobListing, held_trade) -> Fit:
    """The fit of a ranked `row` (the candidate or the listing, annotated with
    `with_fit`), its reasons worded from those columns. `held_trade` is the trade
    the person holds that decided it (`row.fit_held_trade`)."""
    reasons = []

    def add(met, text, is_requirement=False):
        reasons.append(Reason(bool(met), text, is_requirement))

    trade = {
        OCCUPATION_POINTS[4]: _("Same trade: %(occupation)s"),
        OCCUPATION_POINTS[3]: _("Closely related trade: %(occupation)s"),
        OCCUPATION_POINTS[2]: _("Related trade: %(occupation)s"),
    }[row.fit_occupation_points]
    add(True, trade % {"occupation": held_trade.occupation.everyday_name})

    experience = {"years": row.fit_years, "needed": listing.min_experience_years}
    if row.fit_experience_met:
        add(True, _("%(years)s years' experience (%(needed)s needed)") % experience)
    else:
        add(False, _("%(years)s years' experience, %(needed)s needed") % experience, True)

    if row.fit_destination_met:
        add(True, _("Wants to work in %(country)s") % {"country": listing.destination_country.name})
    else:
        countries = ", ".join(str(country.name) for country in candidate.destination_countries)
        add(False, _("Prefers %(countries)s") % {"countries": countries})

    for want in listing.required_languages.all():
        if want.language in row.fit_languages_met:
            add(True, _("Speaks %(language)s") % {"language": want.get_language_display()})
        else:
            needed = {"language": want.get_language_display(), "level": want.get_level_display()}
            add(False, _("%(language)s (%(level)s) needed") % needed, True)

    if listing.age_min is not None or listing.age_max is not None:
        if row.fit_age_ok:
            add(True, _("Age %(age)s is within the range") % {"age": row.fit_age})
        else:
            bounds = {
                "age": row.fit_age,
                "low": listing.age_min or 18,
                "high": listing.age_max or 65,
            }
            add(False, _("Age %(age)s is outside %(low)s–%(high)s") % bounds, True)

    if listing.education:
        level = {"level": candidate.get_education_display()}
        if row.fit_education_ok:
            add(True, _("Education: %(level)s") % level)
        else:
            level["needed"] = listing.get_education_display()
            add(False, _("Education: %(level)s; %(needed)s needed") % level, True)

    if not row.fit_sex_ok:
        sex = {"sex": listing.get_sex_display().lower()}
        add(False, _("The job order is for %(sex)s applicants only") % sex, True)

    available = {"date": candidate.available_from.isoformat()}
    if row.fit_available_ok:
        add(True, _("Available from %(date)s") % available)
    else:
        add(False, _("Available only from %(date)s") % available)
    return Fit(candidate, listing, row.fit_score, row.fit_meets, reasons)


# What a page of matches needs of `with_fit` to word its reasons (`_fit`).
FIT_COLUMNS = (
    "fit_occupation_points",
    "fit_years",
    "fit_held_trade",
    "fit_experience_met",
    "fit_destination_met",
    "fit_languages_met",
    "fit_age",
    "fit_age_ok",
    "fit_education_ok",
    "fit_sex_ok",
    "fit_available_ok",
    "fit_score",
    "fit_meets",
)


def fits_for(candidate_ids, listing: JobListing, user) -> list[Fit]:
    """The fits, with their reasons, of `candidate_ids` (a page of `recent_ranking`), in
    that order. Their `with_fit` columns are cached with the ranking (building the
    query cost more than the rest of the page); the people and their applications are
    read as they are now, and anyone erased, made inactive or no longer holding the
    trade that ranked them is left out."""
    columns = cache.ranking_page(
        listing,
        user,
        candidate_ids,
        lambda: {
            row["pk"]: row
            for row in ranked_candidates(listing, user)
            .filter(pk__in=candidate_ids)
            .values("pk", *FIT_COLUMNS)
        },
    )
    people = (
        Candidate.objects.visible_to(user)
        .exclude(status=Candidate.Status.INACTIVE)
        .filter(anonymised_at__isnull=True, pk__in=list(columns))
        .prefetch_related(
            Prefetch(
                "applications",
                queryset=Application.objects.filter(listing=listing),
                to_attr="applications_for_listing",
            )
        )
        .in_bulk()
    )
    trades = CandidateOccupation.objects.select_related("occupation").in_bulk(
        {row["fit_held_trade"] for row in columns.values()}
    )
    fits = []
    for pk in candidate_ids:
        row, person = columns.get(pk), people.get(pk)
        trade = trades.get(row["fit_held_trade"]) if row else None
        if person and trade and trade.candidate_id == pk:
            fits.append(_fit(SimpleNamespace(**row), person, listing, trade))
    return fits


def open_listings_fitting(candidate: Candidate, limit: int = 10) -> list[Fit]:
    """The `limit` open listings in the candidate's trades (sub-major group or closer)
    that fit them best, with the reasons. The ranking reads only the fit columns:
    carrying every listing's columns through its sort cost more than reading the few
    shown again."""
    ranked = list(ranked_listings_for(candidate).only("pk")[:limit])
    listings = JobListing.objects.prefetch_related("required_languages").in_bulk(
        [row.pk for row in ranked]
    )
    trades = {trade.pk: trade for trade in candidate.occupations.all()}
    return [
        _fit(row, candidate, listings[row.pk], trades[row.fit_held_trade])
        for row in ranked
        if row.pk in listings
    ]
