"""Labels of model choices, without Django's cost."""

from django.db import models


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
