from django import forms
from django.utils.translation import gettext_lazy as _

from apps.candidates.fields import RegistrationNumberField

from .services import Reason


class EraseForm(forms.Form):
    """Typing the number is the confirmation: a slip of the mouse erases nothing."""

    registration_number = RegistrationNumberField(
        label=_("Type the registration number to confirm"),
        error_messages={"required": _("Type the person's registration number to confirm.")},
    )
    reason = forms.ChoiceField(
        label=_("Why"),
        choices=Reason.STAFF_CHOICES,
        initial=Reason.REQUEST,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, candidate, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidate = candidate

    def clean_registration_number(self):
        typed = self.cleaned_data["registration_number"]
        if typed != self.candidate.registration_number:
            raise forms.ValidationError(
                _("That is not this person's registration number. Nothing was erased.")
            )
        return typed
