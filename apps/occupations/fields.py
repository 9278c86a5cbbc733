"""The form field of an occupation chosen by typing (at the desk, on a person's record)."""

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from apps.core.autocomplete import AutocompleteSelect

from .models import Occupation


class UnitGroupField(forms.ModelChoiceField):
    """An ISCO-08 unit group, found by typing its everyday name in English or Urdu (the
    suggestions of occupations:suggestions); what is posted is checked against the unit
    groups."""

    default_error_messages = {
        "invalid_choice": _("Choose the work from the suggestions that appear as you type."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Occupation.objects.units())
        kwargs.setdefault(
            "widget",
            AutocompleteSelect(
                reverse_lazy("occupations:suggestions"),
                placeholder=_("Type the work, e.g. mason or welder"),
            ),
        )
        super().__init__(**kwargs)
