from django import forms
from django.utils.translation import gettext_lazy as _

from apps.candidates.fields import CnicField
from apps.candidates.filters import REGISTRATION_NUMBER


class KioskInterestForm(forms.Form):
    """A walk-in says they want a job: their slip's number and their CNIC, nothing else."""

    registration_number = forms.CharField(
        label=_("Your registration number"),
        max_length=20,
        help_text=_("It is printed on your registration slip, like LHR-2026-000123."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "dir": "ltr",
                "placeholder": "LHR-2026-000123",
                "autocapitalize": "characters",
            }
        ),
        error_messages={"required": _("Please type the number from your registration slip.")},
    )
    cnic = CnicField(error_messages={"required": _("Please type your CNIC number.")})

    def clean_registration_number(self):
        number = self.cleaned_data["registration_number"].strip().upper()
        if not REGISTRATION_NUMBER.match(number):
            raise forms.ValidationError(
                _("A registration number looks like LHR-2026-000123. Please check your slip.")
            )
        return number
