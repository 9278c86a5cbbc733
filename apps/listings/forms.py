from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from apps.candidates.fields import CnicField, RegistrationNumberField
from apps.core.typed_text import typed_digits

from .models import LTR_ISOLATE


class KioskInterestForm(forms.Form):
    """A walk-in says they want a job: their slip's number and their CNIC, nothing else."""

    registration_number = RegistrationNumberField(
        label=_("Your registration number"),
        help_text=_("It is printed on your registration slip, like LHR-2026-000123."),
        error_messages={
            "required": _("Please type the number from your registration slip."),
            "invalid": _(
                "A registration number looks like LHR-2026-000123. Please check your slip."
            ),
        },
    )
    cnic = CnicField(error_messages={"required": _("Please type your CNIC number.")})


class LicenceCheckForm(forms.Form):
    """The public licence check's one box: an agency's name or its licence number."""

    agency = forms.CharField(
        label=_("Agency name or licence number"),
        max_length=200,
        # The example number kept left to right on an Urdu page.
        help_text=format_lazy(
            _("For example {number}, or a part of the agency's name."),
            number=LTR_ISOLATE.format("3456/LHR"),
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "auto", "spellcheck": "false"}),
        error_messages={"required": _("Type the agency's name or its licence number.")},
    )

    def clean_agency(self):
        typed = typed_digits(self.cleaned_data["agency"])
        if not any(character.isalnum() for character in typed):
            raise forms.ValidationError(_("Type the agency's name or its licence number."))
        return typed
