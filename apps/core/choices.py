"""Labels of model choices and options of selects, without Django's cost."""

from django import forms
from django.db import models
from django.utils.choices import BaseChoiceIterator


def label_of(choices: type[models.Choices], value):
    """What `get_FOO_display()` shows for `value`: its label, or the value itself when
    it is not one of the choices.

    Django's `get_FOO_display()` builds a dictionary of every choice, translating each
    label, on every call; a model asked it for each row of a page (a counsellor's week:
    three fields of 25 appointments) can answer from its enumeration instead, which
    translates only the label shown."""
    try:
        return choices(value).label
    except ValueError:
        return value


class ReadyOptions(BaseChoiceIterator):
    """Options already as (value, label) pairs. Given to a field, a plain list is gone
    through again, pair by pair, for the field and again for its widget: for a national
    list (5,000 employers) that cost more than drawing it."""

    def __init__(self, options):
        self.options = options

    def __iter__(self):
        return iter(self.options)


def offer_kept_options(field: forms.ModelChoiceField, name: str, *key_parts) -> None:
    """Give `field` the options of its queryset, labelled in the page's language and kept
    PORTAL_SEARCH_CHOICES_SECONDS under `name`, the language and `key_parts` (what else
    the options depend on, such as a version raised by every change). What is chosen is
    still looked up in the queryset when the form is cleaned. Draw the field with
    FastSelect: Django's Select draws each option through a template."""

    def read():
        return [(obj.pk, field.label_from_instance(obj)) for obj in field.queryset]

    options = read()
    empty = [] if field.empty_label is None else [("", field.empty_label)]
    field.choices = ReadyOptions([*empty, *options])
