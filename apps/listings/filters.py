"""The public job search: one keyword box (Postgres full-text search) and filters."""

import datetime
import re

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from apps.centres.choices import district_choices
from apps.core.fields import WholeNumberField, WholeNumberInput
from apps.occupations.choices import major_group_code_choices

from . import cache
from .models import JobListing

WORD = re.compile(r"\w+", re.UNICODE)

SORTS = [
    ("relevance", _("Best match")),
    ("newest", _("Newest first")),
    ("deadline", _("Closing soonest")),
    ("pay", _("Highest pay")),
]
TIME_LEFT = [
    ("7", _("At least a week left to apply")),
    ("30", _("At least a month left to apply")),
]


def search_listings(queryset, text: str):
    """Listings matching every word typed, best first. English words match their other
    forms ("welders" finds "welder"); any word also matches as the start of a longer
    one ("elec" finds "electrician"), which suits Urdu and half-typed kiosk searches."""
    words = WORD.findall(text)
    if not words:
        return queryset
    stemmed = SearchQuery(" ".join(words), config="english", search_type="plain")
    prefixes = SearchQuery(
        " & ".join(f"{word}:*" for word in words), config="simple", search_type="raw"
    )
    query = stemmed | prefixes
    return queryset.filter(search_vector=query).annotate(
        relevance=SearchRank(F("search_vector"), query)
    )


def countries_and_districts_on_offer() -> tuple[set[str], set[int]]:
    """The countries and district offices of the open listings, for the search's
    choices, so that no choice leads to nothing; cached (apps/listings/cache.py)."""

    def ask():
        # One DISTINCT that a covering index answers without reading the listings.
        pairs = (
            JobListing.objects.open_to_public()
            .order_by()
            .values_list("destination_country", "district_id")
            .distinct()
        )
        codes, district_ids = set(), set()
        for code, district_id in pairs:
            codes.add(code)
            district_ids.add(district_id)
        return codes, district_ids

    return cache.on_offer(ask)


class WholeNumberFilter(django_filters.NumberFilter):
    field_class = WholeNumberField


class ListingFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search jobs"),
        method="filter_keywords",
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("Job, trade, employer, country or city")}
        ),
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"),
        field_name="destination_country",
        empty_label=_("Any country"),
    )
    group = django_filters.ChoiceFilter(
        label=_("Kind of work"),
        method="filter_group",
        empty_label=_("Any kind of work"),
    )
    district = django_filters.ChoiceFilter(
        label=_("District office"),
        empty_label=_("Any district"),
    )
    min_pay = WholeNumberFilter(
        label=_("Pay at least (rupees a month)"),
        field_name="monthly_rupees_min",
        lookup_expr="gte",
        widget=WholeNumberInput(),
    )
    benefits = django_filters.MultipleChoiceFilter(
        label=_("Must include"),
        choices=JobListing.BENEFITS,
        method="filter_benefits",
        widget=forms.CheckboxSelectMultiple,
    )
    time_left = django_filters.ChoiceFilter(
        label=_("Time left to apply"),
        choices=TIME_LEFT,
        method="filter_time_left",
        empty_label=_("Any"),
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=SORTS,
        method="filter_noop",
        empty_label=None,
    )

    class Meta:
        model = JobListing
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = self.form.fields
        # Offer only what the open listings have, so no choice leads to nothing.
        codes, district_ids = countries_and_districts_on_offer()
        fields["country"].choices = sorted(
            ((code, countries.name(code)) for code in codes), key=lambda choice: str(choice[1])
        )
        fields["group"].choices = major_group_code_choices()
        fields["district"].choices = [
            choice for choice in district_choices() if choice[0] in district_ids
        ]

    @property
    def qs(self):
        queryset = super().qs
        sort = self.form.cleaned_data.get("sort") if self.form.is_valid() else ""
        if sort == "pay":
            return queryset.order_by(F("monthly_rupees_max").desc(nulls_last=True), "-pk")
        if sort == "deadline":
            return queryset.order_by("application_deadline", "-pk")
        if sort == "newest" or not (self.form.is_valid() and self.form.cleaned_data.get("q")):
            return queryset.order_by("-published_at", "-pk")
        return queryset.order_by("-relevance", "-published_at", "-pk")

    def filter_keywords(self, queryset, name, value):
        return search_listings(queryset, value)

    def filter_group(self, queryset, name, value):
        return queryset.filter(occupation__code__startswith=value)

    def filter_benefits(self, queryset, name, value):
        return queryset.filter(**dict.fromkeys(value, True))

    def filter_time_left(self, queryset, name, value):
        day = timezone.localdate() + datetime.timedelta(days=int(value))
        return queryset.filter(application_deadline__gte=day)

    def filter_noop(self, queryset, name, value):
        return queryset  # applied in qs, after every filter
