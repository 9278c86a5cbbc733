"""Form fields of an agency or employer chosen by typing (some 400 agencies and 5,000
employers: no list a person scrolls)."""

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from apps.core.autocomplete import AutocompleteSelect

from .models import Employer, RecruitmentAgency


class AgencyField(forms.ModelChoiceField):
    """Any agency, licensed or not any more, found by its name or licence number."""

    default_error_messages = {
        "invalid_choice": _("Choose the agency from the suggestions that appear as you type."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", RecruitmentAgency.objects.all())
        kwargs.setdefault(
            "widget",
            AutocompleteSelect(
                reverse_lazy("listings:agency_suggestions"),
                placeholder=_("Type the agency's name or licence number"),
            ),
        )
        super().__init__(**kwargs)

    def label_from_instance(self, agency):
        return agency.choice_label


class EmployerField(forms.ModelChoiceField):
    """Any employer, found by its name."""

    default_error_messages = {
        "invalid_choice": _("Choose the employer from the suggestions that appear as you type."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Employer.objects.all())
        kwargs.setdefault(
            "widget",
            AutocompleteSelect(
                reverse_lazy("listings:employer_suggestions"),
                placeholder=_("Type the employer's name"),
            ),
        )
        super().__init__(**kwargs)
