"""Reads for the public orientation pages (site and kiosk): browsing by destination
country and by topic, full-text search in English and Urdu, and a guide's sections in
order. Every function starts from Page.objects.published(): nothing else is public."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django_countries import countries
from django_countries.fields import Country

from .models import COUNTRY_SECTIONS, GENERAL_TOPICS, Page, QuizQuestion
from .rendering import MATCH_END, MATCH_START

WORD = re.compile(r"\w+", re.UNICODE)
# A word typed this long also finds longer words it begins ("permi" finds "permit",
# and an Urdu word finds its inflected forms); shorter ones would match nearly anything.
PREFIX_MIN_LENGTH = 3

# About thirty words: two short passages around the matches.
SNIPPET_WORDS = {"max_words": 15, "min_words": 6, "max_fragments": 2}


def section_order():
    """A number that puts a guide's sections in COUNTRY_SECTIONS order, general topics
    in GENERAL_TOPICS order after them."""
    return Case(
        *[
            When(topic=topic, then=Value(position))
            for position, topic in enumerate(COUNTRY_SECTIONS + GENERAL_TOPICS)
        ],
        default=Value(len(COUNTRY_SECTIONS) + len(GENERAL_TOPICS)),
        output_field=IntegerField(),
    )


def published_pages() -> QuerySet[Page]:
    """Every public page, with its place in its guide (`position`)."""
    return Page.objects.published().annotate(position=section_order())


def pages_to_read() -> QuerySet[Page]:
    """Published pages as a reader opens them: with their leaflets and `has_quiz`."""
    return (
        published_pages()
        .annotate(has_quiz=Exists(QuizQuestion.objects.filter(page=OuterRef("pk"))))
        .prefetch_related("attachments")
    )


@dataclass(frozen=True)
class GuideCountry:
    country: Country
    sections: int

    @property
    def name(self) -> str:
        return self.country.name


def countries_with_guides() -> list[GuideCountry]:
    """Destination countries with at least one published guide section, by their name
    in the current language."""
    rows = (
        Page.objects.published()
        .guides()
        .values("country")
        .annotate(sections=Count("pk"))
        .order_by()
    )
    found = [GuideCountry(Country(code=row["country"]), row["sections"]) for row in rows]
    return sorted(found, key=lambda guide: str(guide.name))


def general_topics() -> QuerySet[Page]:
    """Published general topics (safe migration, fraud, ...) in GENERAL_TOPICS order."""
    return published_pages().general().order_by("position")


def known_country(code: str) -> str:
    """The ISO code of a country for a code typed in any case, or "" when unknown."""
    return countries.alpha2(code.upper()) if code and len(code) == 2 else ""


def guide_sections(country: str) -> list[Page]:
    """A destination's published guide sections in COUNTRY_SECTIONS order."""
    return list(published_pages().filter(country=country).order_by("position"))


def neighbours(page: Page) -> tuple[Page | None, Page | None]:
    """The published sections before and after `page` in its country's guide (none for
    a general topic)."""
    if page.is_general:
        return None, None
    # Whole rows: the links show each neighbour's title through Page.in_language().
    sections = list(published_pages().filter(country=page.country).order_by("position"))
    slugs = [section.slug for section in sections]
    if page.slug not in slugs:
        return None, None
    index = slugs.index(page.slug)
    previous = sections[index - 1] if index > 0 else None
    following = sections[index + 1] if index + 1 < len(sections) else None
    return previous, following


def _search_query(text: str) -> SearchQuery | None:
    """What `text` asks for, in both configurations of the page's search vector:
    'english' (stems: "permits" finds "permit") or 'simple' (Urdu words, exact forms).
    websearch_to_tsquery accepts anything a person types, quotes and stray symbols too."""
    words = WORD.findall(text)
    if not words:
        return None
    query = SearchQuery(text, config="english", search_type="websearch") | SearchQuery(
        text, config="simple", search_type="websearch"
    )
    long_words = [word for word in words if len(word) >= PREFIX_MIN_LENGTH]
    if long_words:
        # Only \w characters reach the raw query, so it cannot be malformed.
        query |= SearchQuery(
            " & ".join(f"{word}:*" for word in long_words), config="simple", search_type="raw"
        )
    return query


def _snippet(query: SearchQuery, language: str):
    """ts_headline of the body the reader will see: Urdu when written and wanted."""
    options = {"start_sel": MATCH_START, "stop_sel": MATCH_END, **SNIPPET_WORDS}
    english = SearchHeadline("body_en", query, config="english", **options)
    if language != "ur":
        return english
    return Case(
        When(
            body_ur__regex=r"\S", then=SearchHeadline("body_ur", query, config="simple", **options)
        ),
        default=english,
    )


def search_pages(*, text: str = "", country: str = "", topic: str = "", language: str = "en"):
    """Published pages matching `text` (best first, with `rank` and a `snippet` whose
    matches sit between MATCH_START and MATCH_END), narrowed to a country and a topic.
    Without text, the pages of the country and topic in guide order."""
    pages = published_pages()
    if country:
        pages = pages.filter(country=country)
    if topic:
        pages = pages.filter(topic=topic)
    if not text.strip():
        return pages.order_by("country", "position")
    query = _search_query(text)
    if query is None:  # only symbols typed: nothing can match them
        return pages.none()
    return (
        pages.filter(Q(search_vector=query))
        .annotate(rank=SearchRank(F("search_vector"), query), snippet=_snippet(query, language))
        .order_by("-rank", "country", "position", "pk")
    )
