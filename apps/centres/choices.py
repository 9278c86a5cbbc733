"""Districts as the choices of a form's select."""

from . import cache
from .models import District, in_reading_order


def district_choices() -> list[tuple[int, str]]:
    """Every district as (id, name in the page's language), in the alphabet of that
    language; cached (apps/centres/cache.py)."""

    def read():
        return [
            (district.pk, district.name)
            for district in District.objects.order_by(in_reading_order("name"))
        ]

    return cache.district_choices("district-choices", read)


def district_choices_by_province() -> list[tuple[str, list[tuple[int, str]]]]:
    """Every district, grouped under its province (a select's option groups), provinces
    and districts each in the alphabet of the page's language.
    A person picking their home district at the kiosk finds it under their province."""

    def read():
        groups: dict[str, list[tuple[int, str]]] = {}
        for district in District.objects.select_related("province").in_reading_order():
            groups.setdefault(district.province.name, []).append((district.pk, district.name))
        return list(groups.items())

    return cache.district_choices("district-choices-by-province", read)


def offer_districts_by_province(field) -> None:
    """Make a form's district field (a ModelChoiceField, which still checks the answer
    against its queryset) offer the districts grouped by province, in reading order."""
    empty = [("", field.empty_label)] if field.empty_label is not None else []
    field.choices = [*empty, *district_choices_by_province()]
