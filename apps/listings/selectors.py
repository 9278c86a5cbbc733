"""Reads the listing pages share: matching registered people with open demand.

A fit is scored from the parts of a job order a recruiter looks at first; each part
gives a reason shown to staff, so a ranking can be checked rather than trusted. A
requirement the job order states (age, sex, education, languages, experience) that a
person does not meet sorts them below everyone who meets them all.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import (
    Case,
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
from django.db.models.functions import Cast, ExtractYear, Greatest, Least, Left
from django.utils import timezone
from django.utils.translation import gettext as _

from apps.candidates.models import Candidate, age_on
from apps.occupations.models import Occupation

from . import cache
from .models import EDUCATION_ORDER, LANGUAGE_LEVEL_ORDER, Application, JobListing

# Points for each part of a fit; the occupation weighs most.
OCCUPATION_POINTS = {"unit": 40, "minor": 25, "sub-major": 15}
EXPERIENCE_POINTS = 15
EXTRA_EXPERIENCE_POINTS = 5  # a year each beyond the minimum, up to this many
DESTINATION_POINTS = 10
LANGUAGE_POINTS = 10
AGE_POINTS = 5
EDUCATION_POINTS = 5
AVAILABILITY_POINTS = 5


@dataclass
class Reason:
    met: bool
    text: str
    is_requirement: bool = False  # unmet requirements sort a person down


@dataclass
class Fit:
    candidate: Candidate
    listing: JobListing
    score: int = 0
    years: int = 0
    reasons: list[Reason] = field(default_factory=list)

    @property
    def meets_requirements(self) -> bool:
        return not any(r.is_requirement and not r.met for r in self.reasons)

    def sort_key(self):
        return (
            not self.meets_requirements,
            -self.score,
            -self.years,
            self.candidate.registration_number,
        )


def _occupation_level(candidate_code: str, listing_code: str) -> str | None:
    if candidate_code == listing_code:
        return "unit"
    if candidate_code[:3] == listing_code[:3]:
        return "minor"
    if candidate_code[:2] == listing_code[:2]:
        return "sub-major"
    return None


def fit_of(candidate: Candidate, listing: JobListing, today: datetime.date) -> Fit:
    """How well `candidate` fits `listing`, with the reasons. Expects the candidate's
    occupations and languages and the listing's required languages prefetched."""
    fit = Fit(candidate=candidate, listing=listing)
    add = fit.reasons.append

    best_level, best = None, None
    for held in candidate.occupations.all():
        level = _occupation_level(held.occupation.code, listing.occupation.code)
        if level is None:
            continue
        better = best is None or OCCUPATION_POINTS[level] > OCCUPATION_POINTS[best_level]
        if better or (level == best_level and held.years > best.years):
            best_level, best = level, held
    if best is None:
        add(Reason(False, _("No work in this or a related trade")))
    else:
        fit.score += OCCUPATION_POINTS[best_level]
        fit.years = best.years
        text = {
            "unit": _("Same trade: %(occupation)s"),
            "minor": _("Closely related trade: %(occupation)s"),
            "sub-major": _("Related trade: %(occupation)s"),
        }[best_level] % {"occupation": best.occupation.everyday_name}
        add(Reason(True, text))

    needed = listing.min_experience_years
    if fit.years >= needed:
        fit.score += EXPERIENCE_POINTS + min(fit.years - needed, EXTRA_EXPERIENCE_POINTS)
        add(
            Reason(
                True,
                _("%(years)s years' experience (%(needed)s needed)")
                % {"years": fit.years, "needed": needed},
            )
        )
    else:
        add(
            Reason(
                False,
                _("%(years)s years' experience, %(needed)s needed")
                % {"years": fit.years, "needed": needed},
                is_requirement=True,
            )
        )

    if listing.destination_country in candidate.destination_countries:
        fit.score += DESTINATION_POINTS
        add(
            Reason(
                True,
                _("Wants to work in %(country)s") % {"country": listing.destination_country.name},
            )
        )
    else:
        add(
            Reason(
                False,
                _("Prefers %(countries)s")
                % {"countries": ", ".join(str(c.name) for c in candidate.destination_countries)},
            )
        )

    required = list(listing.required_languages.all())
    if required:
        spoken = {lang.language: lang.level for lang in candidate.languages.all()}
        met = 0
        for want in required:
            has = spoken.get(want.language)
            if has is not None and LANGUAGE_LEVEL_ORDER[has] >= LANGUAGE_LEVEL_ORDER[want.level]:
                met += 1
                add(
                    Reason(
                        True, _("Speaks %(language)s") % {"language": want.get_language_display()}
                    )
                )
            else:
                add(
                    Reason(
                        False,
                        _("%(language)s (%(level)s) needed")
                        % {
                            "language": want.get_language_display(),
                            "level": want.get_level_display(),
                        },
                        is_requirement=True,
                    )
                )
        fit.score += round(LANGUAGE_POINTS * met / len(required))

    age = age_on(candidate.date_of_birth, today)
    if listing.age_min is None and listing.age_max is None:
        fit.score += AGE_POINTS
    elif (listing.age_min or 0) <= age <= (listing.age_max or 200):
        fit.score += AGE_POINTS
        add(Reason(True, _("Age %(age)s is within the range") % {"age": age}))
    else:
        add(
            Reason(
                False,
                _("Age %(age)s is outside %(low)s–%(high)s")
                % {"age": age, "low": listing.age_min or 18, "high": listing.age_max or 65},
                is_requirement=True,
            )
        )

    if listing.education:
        if EDUCATION_ORDER[candidate.education] >= EDUCATION_ORDER[listing.education]:
            fit.score += EDUCATION_POINTS
            add(
                Reason(
                    True, _("Education: %(level)s") % {"level": candidate.get_education_display()}
                )
            )
        else:
            add(
                Reason(
                    False,
                    _("Education: %(level)s; %(needed)s needed")
                    % {
                        "level": candidate.get_education_display(),
                        "needed": listing.get_education_display(),
                    },
                    is_requirement=True,
                )
            )
    else:
        fit.score += EDUCATION_POINTS

    if listing.sex and candidate.sex != listing.sex:
        add(
            Reason(
                False,
                _("The job order is for %(sex)s applicants only")
                % {"sex": listing.get_sex_display().lower()},
                is_requirement=True,
            )
        )

    if candidate.available_from <= listing.application_deadline:
        fit.score += AVAILABILITY_POINTS
        add(
            Reason(
                True, _("Available from %(date)s") % {"date": candidate.available_from.isoformat()}
            )
        )
    else:
        add(
            Reason(
                False,
                _("Available only from %(date)s") % {"date": candidate.available_from.isoformat()},
            )
        )
    return fit


def _sub_major_code(occupation) -> str:
    return occupation.code[:2]


def ranked_candidates(listing: JobListing, user, today: datetime.date | None = None):
    """The user's centre's active candidates with work in the listing's sub-major group
    or closer, best fit first, as a queryset: the score is computed by Postgres with
    the same rules as `fit_of` (tests hold the two equal), so a page of matches among
    tens of thousands of people costs one ordered query, not a Python loop over them.

    Annotates `fit_meets` (1 or 0), `fit_score` and `fit_years`.
    """
    today = today or timezone.localdate()
    code = listing.occupation.code
    # The trades that count, by closeness; a person's best one decides (then most years).
    related = dict(
        Occupation.objects.filter(level="unit", code__startswith=code[:2]).values_list("pk", "code")
    )
    closeness = Case(
        *(
            When(
                occupations__occupation_id=pk,
                then=Value(
                    OCCUPATION_POINTS[
                        "unit" if unit == code else "minor" if unit[:3] == code[:3] else "sub-major"
                    ]
                    * 100
                ),
            )
            for pk, unit in related.items()
        ),
        default=Value(0),
    )
    needed = listing.min_experience_years
    candidates = (
        Candidate.objects.visible_to(user)
        .exclude(status=Candidate.Status.INACTIVE)
        # An erased record has nobody to contact behind it.
        .filter(anonymised_at__isnull=True)
        .filter(occupations__occupation_id__in=list(related))
        # One pass over the person's trades in the group: points * 100 + years (years
        # are at most 60), so the largest is the closest trade, then the longest.
        .annotate(best_trade=Max(closeness + F("occupations__years")))
        .annotate(
            fit_years=F("best_trade") % 100,
            occupation_points=F("best_trade") / 100,
            # Python's age_on: years since birth, less one before this year's birthday.
            fit_age=Value(today.year)
            - ExtractYear("date_of_birth")
            - Case(
                When(
                    Q(date_of_birth__month__gt=today.month)
                    | Q(date_of_birth__month=today.month, date_of_birth__day__gt=today.day),
                    then=Value(1),
                ),
                default=Value(0),
            ),
        )
    )

    experience_met = Q(fit_years__gte=needed)
    score = [
        F("occupation_points"),
        Case(
            When(
                experience_met,
                then=Value(EXPERIENCE_POINTS)
                + Least(F("fit_years") - Value(needed), Value(EXTRA_EXPERIENCE_POINTS)),
            ),
            default=Value(0),
        ),
        _points_if(
            Q(destination_countries__regex=rf"(^|,){listing.destination_country.code}(,|$)"),
            DESTINATION_POINTS,
        ),
        _points_if(Q(available_from__lte=listing.application_deadline), AVAILABILITY_POINTS),
    ]
    requirements = [experience_met]

    required = list(listing.required_languages.all())
    if required:
        spoken = []
        for number, want in enumerate(required):
            enough = [
                level
                for level, rank in LANGUAGE_LEVEL_ORDER.items()
                if rank >= LANGUAGE_LEVEL_ORDER[want.level]
            ]
            # A join, not EXISTS: the score repeats the condition in GROUP BY and ORDER
            # BY, and PostgreSQL hashed each EXISTS over the whole table of languages
            # spoken (six scans of two million rows for a trade's matches). A person
            # speaks a language once (candidate_language_once), so no row is doubled.
            speaking = f"speaking_{number}"
            candidates = candidates.alias(
                **{
                    speaking: FilteredRelation(
                        "languages",
                        condition=Q(languages__language=want.language, languages__level__in=enough),
                    )
                }
            )
            speaks = Q(**{f"{speaking}__id__isnull": False})
            spoken.append(Case(When(speaks, then=Value(1)), default=Value(0)))
        candidates = candidates.annotate(languages_met=sum(spoken[1:], spoken[0]))
        # Python rounds halves to even; the table of points per count keeps that.
        score.append(
            Case(
                *(
                    When(
                        languages_met=met, then=Value(round(LANGUAGE_POINTS * met / len(required)))
                    )
                    for met in range(len(required) + 1)
                ),
                default=Value(0),
            )
        )
        requirements.append(Q(languages_met=len(required)))

    if listing.age_min is None and listing.age_max is None:
        score.append(Value(AGE_POINTS))
    else:
        age_ok = Q(fit_age__gte=listing.age_min or 0, fit_age__lte=listing.age_max or 200)
        score.append(_points_if(age_ok, AGE_POINTS))
        requirements.append(age_ok)

    if listing.education:
        educated = [
            level
            for level, rank in EDUCATION_ORDER.items()
            if rank >= EDUCATION_ORDER[listing.education]
        ]
        education_ok = Q(education__in=educated)
        score.append(_points_if(education_ok, EDUCATION_POINTS))
        requirements.append(education_ok)
    else:
        score.append(Value(EDUCATION_POINTS))

    if listing.sex:
        requirements.append(Q(sex=listing.sex))

    all_met = requirements[0]
    for requirement in requirements[1:]:
        all_met &= requirement
    return candidates.annotate(
        fit_score=sum(score[1:], score[0]),
        fit_meets=Case(When(all_met, then=Value(1)), default=Value(0)),
    ).order_by("-fit_meets", "-fit_score", "-fit_years", "registration_number")


def recent_ranking(listing: JobListing, user) -> list[int]:
    """The ids of `ranked_candidates`, in order, cached (apps/listings/cache.py): ranking
    a trade's thousands of people is one heavy query, and staff page through the same
    matches many times. Each page then reads its 25 people afresh (`fits_for`)."""
    return cache.ranking(
        listing, user, lambda: list(ranked_candidates(listing, user).values_list("pk", flat=True))
    )


def _points_if(condition: Q, points: int):
    return Case(When(condition, then=Value(points)), default=Value(0))


def fits_for(candidates, listing: JobListing, today: datetime.date | None = None) -> list[Fit]:
    """The fits (with their reasons) of `candidates` (people, or their ids), in their
    order: for one page. Ids of people erased since they were ranked are left out."""
    candidates = list(candidates)
    if candidates and not isinstance(candidates[0], Candidate):
        found = Candidate.objects.filter(anonymised_at__isnull=True).in_bulk(candidates)
        candidates = [found[pk] for pk in candidates if pk in found]
    prefetch_related_objects(
        candidates,
        "occupations__occupation",
        "languages",
        Prefetch(
            "applications",
            queryset=Application.objects.filter(listing=listing),
            to_attr="applications_for_listing",
        ),
    )
    today = today or timezone.localdate()
    return [fit_of(candidate, listing, today) for candidate in candidates]


def candidates_ranked_for(listing: JobListing, user) -> list[Fit]:
    """Every match of `listing` for `user`, best first (the matches page takes a page of
    `ranked_candidates` instead)."""
    return fits_for(ranked_candidates(listing, user), listing)


def ranked_listings_for(candidate: Candidate, today: datetime.date | None = None):
    """The open listings in the candidate's trades (sub-major group or closer), best fit
    first, as a queryset: Postgres scores each with the rules of `fit_of` for this one
    person (tests hold the two equal), so the record page ranks thousands of listings in
    one query. Annotates `fit_meets` (1 or 0), `fit_score` and `fit_years`.
    """
    today = today or timezone.localdate()
    prefetch_related_objects([candidate], "occupations__occupation", "languages")
    trades = candidate.occupations.all()
    if not trades:
        return JobListing.objects.none()
    in_trades = Q()
    for code in {_sub_major_code(trade.occupation) for trade in trades}:
        in_trades |= Q(occupation__code__startswith=code)

    # Each trade the person holds, against the listing's: points * 100 + years (years
    # are at most 60), so the largest is the closest trade, then the longest, as in
    # `fit_of`. A trade outside the listing's group counts 0.
    closeness = [
        Case(
            When(occupation__code=code, then=Value(OCCUPATION_POINTS["unit"] * 100 + years)),
            When(occupation_minor=code[:3], then=Value(OCCUPATION_POINTS["minor"] * 100 + years)),
            When(
                occupation_sub_major=code[:2],
                then=Value(OCCUPATION_POINTS["sub-major"] * 100 + years),
            ),
            default=Value(0),
        )
        for code, years in ((trade.occupation.code, trade.years) for trade in trades)
    ]
    # A required language is met where the person speaks it at that level or better.
    speaks = Q()
    for spoken in candidate.languages.all():
        enough = [
            level
            for level, rank in LANGUAGE_LEVEL_ORDER.items()
            if rank <= LANGUAGE_LEVEL_ORDER[spoken.level]
        ]
        speaks |= Q(
            required_languages__language=spoken.language, required_languages__level__in=enough
        )
    listings = (
        JobListing.objects.open_to_public(today)
        .filter(in_trades)
        .alias(
            occupation_minor=Left("occupation__code", 3),
            occupation_sub_major=Left("occupation__code", 2),
        )
        .annotate(
            best_trade=Greatest(*closeness) if len(closeness) > 1 else closeness[0],
            languages_needed=Count("required_languages"),
            languages_met=Count("required_languages", filter=speaks) if speaks else Value(0),
        )
        .annotate(fit_years=F("best_trade") % 100)
    )

    experience_met = Q(fit_years__gte=F("min_experience_years"))
    languages_met = Q(languages_met=F("languages_needed"))
    age = age_on(candidate.date_of_birth, today)
    # No bound is no requirement; `fit_of` reads an oldest age of 0 as none, too.
    age_ok = (Q(age_min__isnull=True) | Q(age_min__lte=age)) & (
        Q(age_max__isnull=True) | Q(age_max=0) | Q(age_max__gte=age)
    )
    schooled = [
        level
        for level, rank in EDUCATION_ORDER.items()
        if rank <= EDUCATION_ORDER[candidate.education]
    ]
    education_ok = Q(education="") | Q(education__in=schooled)
    sex_ok = Q(sex="") | Q(sex=candidate.sex)
    countries = [country.code for country in candidate.destination_countries]
    score = [
        F("best_trade") / 100,
        Case(
            When(
                experience_met,
                then=Value(EXPERIENCE_POINTS)
                + Least(F("fit_years") - F("min_experience_years"), Value(EXTRA_EXPERIENCE_POINTS)),
            ),
            default=Value(0),
        ),
        _points_if(Q(destination_country__in=countries), DESTINATION_POINTS),
        # Points for the share of required languages met, only where some are required.
        # round() on double precision rounds halves to even, as Python's round does;
        # on numeric (which Django's Round casts floats to) it would round them up.
        Case(
            When(languages_needed=0, then=Value(0)),
            default=Cast(
                Func(
                    Cast(F("languages_met") * LANGUAGE_POINTS, FloatField())
                    / Cast("languages_needed", FloatField()),
                    function="ROUND",
                    output_field=FloatField(),
                ),
                IntegerField(),
            ),
        ),
        _points_if(age_ok, AGE_POINTS),
        _points_if(education_ok, EDUCATION_POINTS),
        _points_if(Q(application_deadline__gte=candidate.available_from), AVAILABILITY_POINTS),
    ]
    all_met = experience_met & languages_met & age_ok & education_ok & sex_ok
    return listings.annotate(
        fit_score=sum(score[1:], score[0]),
        fit_meets=Case(When(all_met, then=Value(1)), default=Value(0)),
    ).order_by("-fit_meets", "-fit_score", "pk")


def open_listings_fitting(candidate: Candidate, limit: int = 10) -> list[Fit]:
    """The `limit` open listings in the candidate's trades (sub-major group or closer)
    that fit them best, with the reasons: Postgres ranks them all (`ranked_listings_for`);
    only the few shown are explained, by `fit_of`."""
    today = timezone.localdate()
    ids = list(ranked_listings_for(candidate, today).values_list("pk", flat=True)[:limit])
    listings = (
        JobListing.objects.select_related("occupation", "employer", "agency")
        .prefetch_related("required_languages")
        .in_bulk(ids)
    )
    return [fit_of(candidate, listings[pk], today) for pk in ids if pk in listings]
