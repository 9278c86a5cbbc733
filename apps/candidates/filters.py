"""The staff candidate list: one search box and django-filter filters."""

import re

import django_filters
from django.contrib.postgres.search import TrigramSimilarity
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from apps.centres.choices import district_choices
from apps.core.widgets import FastSelect
from apps.occupations.choices import major_group_choices
from apps.occupations.models import Occupation

from .models import REGISTRATION_NUMBER, Candidate, NameSearchEntry

NAME_SIMILARITY = 0.2

AGE_BANDS = [
    ("18-24", _("18 to 24")),
    ("25-34", _("25 to 34")),
    ("35-44", _("35 to 44")),
    ("45-54", _("45 to 54")),
    ("55-", _("55 and over")),
]


def is_identifier_search(text: str) -> bool:
    """True for a CNIC or a phone number: those must never travel in a URL (and so
    never reach an access log or the browser history)."""
    digits = re.sub(r"[\s()+-]", "", text or "")
    return digits.isdigit() and len(digits) >= 10


def search_candidates(queryset, text: str):
    """One box for everything: a registration number, a CNIC and a phone number match
    exactly (CNIC through its keyed hash); anything else is a fuzzy name search."""
    text = text.strip()
    if not text:
        return queryset
    if REGISTRATION_NUMBER.match(text):
        return queryset.with_registration_number(text)
    digits = re.sub(r"[\s-]", "", text)
    if digits.isdigit() and len(digits) == 13:
        return queryset.with_cnic(digits)
    phone_digits = re.sub(r"[\s()+-]", "", text)
    if phone_digits.isdigit() and 10 <= len(phone_digits) <= 12:
        # 0300 1234567, 300 1234567 or 92 300 1234567 -> +923001234567
        national = phone_digits.removeprefix("92").removeprefix("0")
        return queryset.filter(phone=f"+92{national}")
    # Looked for in the copy of the names split by centre: with the person's centre in
    # the condition, PostgreSQL reads only that centre's partition (NameSearchEntry).
    named = NameSearchEntry.objects.filter(
        centre_id=OuterRef("centre_id"), candidate_id=OuterRef("pk")
    ).filter(Q(full_name__trigram_similar=text) | Q(full_name__ilike_contains=text))
    return (
        queryset.filter(Exists(named))
        .annotate(name_similarity=TrigramSimilarity("full_name", text))
        .order_by("-name_similarity", "-created_at")
    )


def _birth_date_range(band: str):
    today = timezone.localdate()
    low, _sep, high = band.partition("-")
    youngest = today.replace(year=today.year - int(low))
    oldest = today.replace(year=today.year - int(high) - 1) if high else None
    return oldest, youngest


class CandidateFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_search", help_text=_("Number, CNIC, phone or name")
    )
    home_district = django_filters.ChoiceFilter(
        label=_("Home district"),
        choices=district_choices,
        empty_label=_("Any district"),
        widget=FastSelect,
    )
    sex = django_filters.ChoiceFilter(
        label=_("Sex"), choices=Candidate.Sex.choices, empty_label=_("Any"), widget=FastSelect
    )
    age_band = django_filters.ChoiceFilter(
        label=_("Age"),
        choices=AGE_BANDS,
        method="filter_age_band",
        empty_label=_("Any"),
        widget=FastSelect,
    )
    occupation_group = django_filters.ChoiceFilter(
        label=_("Occupation group"),
        choices=major_group_choices,
        method="filter_occupation_group",
        empty_label=_("Any"),
        widget=FastSelect,
    )
    destination = django_filters.ChoiceFilter(
        label=_("Destination"),
        # A callable: named in the language of the page (a list made at import time
        # would be English for everyone), and never deep-copied with each new form.
        choices=lambda: list(countries),
        method="filter_destination",
        empty_label=_("Any country"),
        widget=FastSelect,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Candidate.Status.choices, empty_label=_("Any"), widget=FastSelect
    )
    channel = django_filters.ChoiceFilter(
        label=_("Channel"),
        choices=Candidate.Channel.choices,
        empty_label=_("Any"),
        widget=FastSelect,
    )
    registered = django_filters.DateFromToRangeFilter(
        label=_("Registered between"),
        field_name="created_at",
        lookup_expr="date",
        widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}),
    )
    ordering = django_filters.OrderingFilter(
        label=_("Sort by"),
        # No choice: best match first for a name search, else the newest first.
        empty_label=_("Usual order"),
        widget=FastSelect,
        fields=(
            ("created_at", "registered"),
            ("full_name", "name"),
            ("date_of_birth", "birth"),
            ("registration_number", "number"),
        ),
        field_labels={
            "-registered": _("Newest first"),
            "registered": _("Oldest first"),
            "name": _("Name A to Z"),
            "-name": _("Name Z to A"),
            "-birth": _("Youngest first"),
            "birth": _("Oldest person first"),
            "number": _("Registration number"),
        },
    )

    class Meta:
        model = Candidate
        fields = ["q", "home_district", "sex", "status", "channel"]

    def filter_search(self, queryset, name, value):
        return search_candidates(queryset, value)

    def filter_age_band(self, queryset, name, value):
        oldest, youngest = _birth_date_range(value)
        queryset = queryset.filter(date_of_birth__lte=youngest)
        return queryset.filter(date_of_birth__gt=oldest) if oldest else queryset

    def filter_occupation_group(self, queryset, name, value):
        group = Occupation.objects.get(pk=value)  # one of the choices: the form checked it
        return queryset.filter(occupations__occupation__code__startswith=group.code).distinct()

    def filter_destination(self, queryset, name, value):
        # CountryField(multiple=True) stores "SA,AE,QA": match one code among them.
        return queryset.filter(destination_countries__regex=rf"(^|,){value}(,|$)")
