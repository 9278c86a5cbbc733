"""Districts as the choices of a search form's select."""

from django.conf import settings
from django.utils.translation import get_language

from apps.core.caching import kept

from .models import District


def district_choices() -> list[tuple[int, str]]:
    """Every district as (id, name in the page's language), in English alphabetical
    order; kept PORTAL_SEARCH_CHOICES_SECONDS per language. Reading and building some
    160 districts on every search page cost more than the search."""

    def read():
        return [(district.pk, district.name) for district in District.objects.order_by("name_en")]

    return kept(
        ("centres:district-choices", get_language()),
        settings.PORTAL_SEARCH_CHOICES_SECONDS,
        read,
    )
