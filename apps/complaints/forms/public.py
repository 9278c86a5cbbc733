"""The public status check: a complaint's reference number and the last four digits of
the complainant's CNIC, typed in any case, with or without dashes, in any digits."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from apps.core.typed_text import typed_digits

from ..services import format_reference

# LHR-C-2026-000123 with its dashes and spaces taken out: LHRC2026000123. A centre's code
# is three to five capitals; the longest that leaves "C" and a year after it is taken.
COMPACT_REFERENCE = re.compile(r"^([A-Z]{3,5})C(\d{4})(\d{1,7})$")


def normalise_reference(typed: str) -> str | None:
    """The reference as stored for one typed as on a slip (any case, any digits, with or
    without its dashes and the number's zeros); None if it is not a reference."""
    compact = re.sub(r"[^0-9A-Z]", "", typed_digits(typed or "").upper())
    match = COMPACT_REFERENCE.match(compact)
    if match is None:
        return None
    code, year, sequence = match.groups()
    return format_reference(code, int(year), int(sequence))


class StatusCheckForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference number"),
        max_length=40,
        help_text=_("It is on your slip, like LHR-C-2026-000123."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "dir": "ltr",
                "placeholder": "LHR-C-2026-000123",
            }
        ),
        error_messages={"required": _("Type the reference number from your slip.")},
    )
    last_four = forms.CharField(
        label=_("The last 4 digits of your CNIC"),
        max_length=12,
        help_text=_("For the CNIC 35202-1234567-1, type 5671."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "inputmode": "numeric", "dir": "ltr", "size": 6}
        ),
        error_messages={"required": _("Type the last 4 digits of your CNIC.")},
    )

    def clean_reference(self):
        reference = normalise_reference(self.cleaned_data["reference"])
        if reference is None:
            raise ValidationError(
                _("A reference number looks like LHR-C-2026-000123. Please check your slip.")
            )
        return reference

    def clean_last_four(self):
        digits = re.sub(r"[\s-]", "", typed_digits(self.cleaned_data["last_four"]))
        if not re.fullmatch(r"[0-9]{4}", digits):
            raise ValidationError(_("Type the last 4 digits of your CNIC, like 5671."))
        return digits
