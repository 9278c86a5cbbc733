from django import forms
from django.utils.translation import gettext_lazy as _

from apps.candidates.fields import CnicField, RegistrationNumberField


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
