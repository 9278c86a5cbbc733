"""Occupation groups as the choices of a search form's select."""

from apps.core.caching import kept_choices_in_language

from .models import Occupation


def major_group_choices() -> list[tuple[int, str]]:
    """The ten ISCO-08 major groups as (id, "code title" in the page's language), in code
    order; kept PORTAL_SEARCH_CHOICES_SECONDS per language, as the districts are: a
    search page read and built them on every request."""

    def read():
        return [(group.pk, str(group)) for group in Occupation.objects.majors().order_by("code")]

    return kept_choices_in_language("occupations:major-group-choices", read)


def major_group_code_choices() -> list[tuple[str, str]]:
    """The ten major groups as (code, title in the page's language), in code order, for
    a search that filters by code; kept as major_group_choices."""

    def read():
        return [(group.code, group.title) for group in Occupation.objects.majors().order_by("code")]

    return kept_choices_in_language("occupations:major-group-code-choices", read)
