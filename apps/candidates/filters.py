"""The staff candidate list: one search box and django-filter filters."""

import re

import django_filters
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import TrigramSimilarity
from django.core.paginator import Paginator
from django.db.models import (
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    OuterRef,
    Q,
    TextField,
    Value,
    Window,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from apps.centres.choices import district_choices
from apps.core.pagination import TOTAL, OneQueryPaginator
from apps.core.typed_text import typed_digits, visible_text
from apps.occupations.choices import major_group_choices
from apps.occupations.models import Occupation

from .models import REGISTRATION_NUMBER, Candidate, NameSearchEntry

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
    digits = re.sub(r"[\s()+-]", "", typed_digits(text or ""))
    return digits.isascii() and digits.isdigit() and len(digits) >= 10


def search_candidates(queryset, text: str):
    """One box for everything: a registration number, a CNIC and a phone number match
    exactly (CNIC through its keyed hash), typed in digits of any script; anything else
    is a fuzzy name search."""
    text = visible_text(text)
    if not text:
        return queryset
    exact = _identifier_lookup(queryset, text)
    if exact is not None:
        return exact
    # Looked for in the copy of the names split by centre: with the person's centre in
    # the condition, PostgreSQL reads only that centre's partition (NameSearchEntry).
    named = NameSearchEntry.objects.filter(
        centre_id=OuterRef("centre_id"), candidate_id=OuterRef("pk")
    ).filter(_name_like(text))
    return (
        queryset.filter(Exists(named))
        .annotate(**_name_similarities(text, of=F("full_name")))
        .order_by(*BEST_NAME_FIRST)
    )


def _identifier_lookup(queryset, text: str):
    """`queryset` narrowed to the person `text` identifies, or None for a name."""
    text = typed_digits(text)
    if REGISTRATION_NUMBER.match(text):
        return queryset.with_registration_number(text)
    digits = re.sub(r"[\s-]", "", text)
    if digits.isascii() and digits.isdigit() and len(digits) == 13:
        return queryset.with_cnic(digits)
    phone_digits = re.sub(r"[\s()+-]", "", text)
    if phone_digits.isascii() and phone_digits.isdigit() and 10 <= len(phone_digits) <= 12:
        # 0300 1234567, 300 1234567 or 92 300 1234567 -> +923001234567
        national = phone_digits.removeprefix("92").removeprefix("0")
        return queryset.filter(phone=f"+92{national}")
    return None


def candidate_page(candidate_filter, names, number, per_page: int):
    """The page of the list that `candidate_filter` asks for. `names`: the copy of the
    names of the same people (NameSearchEntry scoped as the people are).

    Without a search, the list is the centre's whole register: a page and a count, each
    through an index (a total beside each row would read every person). A name alone
    is ranked in the copy of the names (NameRankingPaginator). Anything else finds few
    people: rows and total in one query."""
    if candidate_filter.is_valid():
        candidates = candidate_filter.queryset
        asked = dict(candidate_filter.form.cleaned_data)
        text = (asked.pop("q", None) or "").strip()
        if not text:
            return Paginator(candidate_filter.qs, per_page).get_page(number)
        if not any(asked.values()) and _identifier_lookup(candidates.none(), text) is None:
            return NameRankingPaginator(candidates, names, text, per_page).get_page(number)
    return OneQueryPaginator(candidate_filter.qs, per_page).get_page(number)


# Best match first: in the script typed, then by how the name sounds in either script;
# among equals, the last registered (numbers are given in order).
BEST_NAME_FIRST = ("-name_similarity", "-sound_similarity", "-pk")


SOUND_WORDS = ArrayField(TextField())


def _folded(name):
    """A name as the search compares it, by the database's own rules (portal_folded and
    portal_name_key, candidates/migrations/0008), for typed text and stored names alike."""
    return Func(name, function="portal_folded", output_field=TextField())


def _name_key(name):
    return Func(name, function="portal_name_key", output_field=TextField())


def _name_like(text: str) -> Q:
    """Names like `text` in the copy of the names: close in the script typed (or
    containing it), or with a word that sounds like one typed, in either script."""
    typed = Value(text)
    words_sound = Func(_name_key(typed), Value(" "), function="string_to_array")
    return (
        Q(folded_name__trigram_similar=_folded(typed))
        | Q(folded_name__contains=_folded(typed))
        | Q(name_keys__overlap=ExpressionWrapper(words_sound, output_field=SOUND_WORDS))
    )


def _name_similarities(text: str, *, of=None) -> dict:
    """The two ranks of a name (BEST_NAME_FIRST): of the copy's columns, or `of` a
    name column elsewhere."""
    typed = Value(text)
    folded_name = _folded(of) if of is not None else F("folded_name")
    name_key = _name_key(of) if of is not None else F("name_key")
    return {
        "name_similarity": TrigramSimilarity(folded_name, _folded(typed)),
        "sound_similarity": TrigramSimilarity(name_key, _name_key(typed)),
    }


class NameRankingPaginator(OneQueryPaginator):
    """Pages of a name search with nothing else asked: ranked, counted and cut to a page
    in the copy of the names alone, then only the page's people read.

    Ranking through the people's table joined every match to it first (a common name
    matches some 600 people at a large centre: 16 ms of PostgreSQL's 25 on the page).
    The names' copy holds each visible person once (a database trigger keeps it), so
    its count is the list's. A page past the end falls back to the people's table
    (OneQueryPaginator's own way)."""

    def __init__(self, candidates, names, text, per_page):
        super().__init__(search_candidates(candidates, text), per_page)
        self.candidates, self.names, self.text = candidates, names, text

    def rows_and_total(self, bottom: int):
        ranked = list(
            self.names.filter(_name_like(self.text))
            .annotate(**_name_similarities(self.text), **{TOTAL: Window(Count("*"))})
            .order_by(*BEST_NAME_FIRST)  # a name's pk is its person's
            .values_list("candidate_id", "name_similarity", TOTAL)[bottom : bottom + self.per_page]
        )
        people = self.candidates.in_bulk([pk for pk, _similarity, _total in ranked])
        rows = []
        for pk, similarity, _total in ranked:
            if pk in people:  # always, but the people's scope has the last word
                people[pk].name_similarity = similarity
                rows.append(people[pk])
        return rows, ranked[0][2] if ranked else 0


def _birth_date_range(band: str):
    today = timezone.localdate()
    low, _sep, high = band.partition("-")
    youngest = today.replace(year=today.year - int(low))
    oldest = today.replace(year=today.year - int(high) - 1) if high else None
    return oldest, youngest


class CandidateFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        help_text=_("Number, CNIC, phone or name"),
    )
    home_district = django_filters.ChoiceFilter(
        label=_("Home district"),
        choices=district_choices,
        empty_label=_("Any district"),
    )
    sex = django_filters.ChoiceFilter(
        label=_("Sex"), choices=Candidate.Sex.choices, empty_label=_("Any")
    )
    age_band = django_filters.ChoiceFilter(
        label=_("Age"),
        choices=AGE_BANDS,
        method="filter_age_band",
        empty_label=_("Any"),
    )
    occupation_group = django_filters.ChoiceFilter(
        label=_("Occupation group"),
        choices=major_group_choices,
        method="filter_occupation_group",
        empty_label=_("Any"),
    )
    destination = django_filters.ChoiceFilter(
        label=_("Destination"),
        # A callable: named in the language of the page (a list made at import time
        # would be English for everyone), and never deep-copied with each new form.
        choices=lambda: list(countries),
        method="filter_destination",
        empty_label=_("Any country"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Candidate.Status.choices, empty_label=_("Any")
    )
    channel = django_filters.ChoiceFilter(
        label=_("Channel"),
        choices=Candidate.Channel.choices,
        empty_label=_("Any"),
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

    # Drawn under "More filters" (templates/candidates/_more_filters.html).
    MORE_FILTERS = (
        "home_district",
        "sex",
        "age_band",
        "occupation_group",
        "destination",
        "status",
        "channel",
        "registered",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The search box and the order are drawn by Django, with Bootstrap's classes
        # (templates/includes/search_box.html); the rest by crispy.
        self.form.fields["q"].widget.attrs["class"] = "form-control"
        self.form.fields["ordering"].widget.attrs["class"] = "form-select"

    def more_filters_values(self) -> list:
        """The values given to the "More filters", as typed."""
        return [self.form[name].value() for name in self.MORE_FILTERS]

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
