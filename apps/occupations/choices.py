"""Occupation groups as the choices of a search form's select."""

from . import cache
from .models import Occupation


def _major_groups() -> list[tuple[int, str, str, str]]:
    """The ten ISCO-08 major groups as (id, code, title, "code title"), in the page's
    language and in code order; cached (apps/occupations/cache.py)."""

    def read():
        majors = Occupation.objects.majors().order_by("code")
        return [(g.pk, g.code, g.title, f"{g.code} {g.title}") for g in majors]

    return cache.occupation_choices("major-groups", read)


def major_group_choices() -> list[tuple[int, str]]:
    """The major groups as (id, "code title")."""
    return [(pk, name) for pk, _code, _title, name in _major_groups()]


def major_group_code_choices() -> list[tuple[str, str]]:
    """The major groups as (code, title), for a search that filters by code."""
    return [(code, title) for _pk, code, title, _name in _major_groups()]
