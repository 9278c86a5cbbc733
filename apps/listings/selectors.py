"""Reads the listing pages share: matching registered people with open demand.

A fit is scored from the parts of a job order a recruiter looks at first; each part
gives a reason shown to staff, so a ranking can be checked rather than trusted. A
requirement the job order states (age, sex, education, languages, experience) that a
person does not meet sorts them below everyone who meets them all.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _

from apps.candidates.models import Candidate, age_on

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


def candidates_ranked_for(listing: JobListing, user) -> list[Fit]:
    """The user's centre's active candidates with work in the listing's sub-major group
    or closer, best fit first, each with their application for it (if any)."""
    today = timezone.localdate()
    candidates = (
        Candidate.objects.visible_to(user)
        .exclude(status=Candidate.Status.INACTIVE)
        # An erased record has nobody to contact behind it.
        .filter(anonymised_at__isnull=True)
        .filter(occupations__occupation__code__startswith=_sub_major_code(listing.occupation))
        .distinct()
        .prefetch_related(
            "occupations__occupation",
            "languages",
            Prefetch(
                "applications",
                queryset=Application.objects.filter(listing=listing),
                to_attr="applications_for_listing",
            ),
        )
    )
    fits = [fit_of(candidate, listing, today) for candidate in candidates]
    return sorted(fits, key=Fit.sort_key)


def open_listings_fitting(candidate: Candidate, limit: int = 10) -> list[Fit]:
    """The open listings in the candidate's trades (sub-major group or closer), best first."""
    # Each fit reads the person's trades and languages: once, not once per listing.
    prefetch_related_objects([candidate], "occupations__occupation", "languages")
    codes = {_sub_major_code(held.occupation) for held in candidate.occupations.all()}
    if not codes:
        return []
    in_trades = Q()
    for code in codes:
        in_trades |= Q(occupation__code__startswith=code)
    listings = (
        JobListing.objects.open_to_public()
        .filter(in_trades)
        .select_related("occupation", "employer", "agency")
        .prefetch_related("required_languages")
    )
    today = timezone.localdate()
    fits = [fit_of(candidate, listing, today) for listing in listings]
    fits.sort(key=lambda fit: (not fit.meets_requirements, -fit.score, fit.listing.pk))
    return fits[:limit]
