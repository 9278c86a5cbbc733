"""In the back office too, an occupation (436 unit groups), an employer (some 5,000) or
an agency (some 400) is chosen by typing: every admin form that chooses one has it
among its autocomplete fields, never a select of the whole list."""

from django.contrib import admin

from apps.listings.models import Employer, RecruitmentAgency
from apps.occupations.models import Occupation

LONG_LISTS = (Occupation, Employer, RecruitmentAgency)


def _admins():
    for model_admin in admin.site._registry.values():
        yield model_admin
        for inline in model_admin.inlines:
            yield inline(model_admin.model, admin.site)


def test_every_admin_field_choosing_from_a_long_list_is_typed():
    choosing = []
    for model_admin in _admins():
        read_only = set(model_admin.readonly_fields)
        for field in model_admin.model._meta.get_fields():
            if (
                field.related_model in LONG_LISTS
                and (field.many_to_one or field.many_to_many)
                and field.editable
                and field.name not in read_only
            ):
                choosing.append((model_admin, field.name))
    assert choosing  # listings, the trades of a person, an occupation's parent group
    for model_admin, name in choosing:
        assert name in model_admin.autocomplete_fields, (type(model_admin).__name__, name)
