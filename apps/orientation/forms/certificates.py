"""Forms about certificates: the public check of a code, and revoking a certificate."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Certificate


def normalised_code(typed: str) -> str:
    """A typed code as stored: capitals, without the spaces and dashes people add."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


class VerifyForm(forms.Form):
    """The code from a certificate, as anyone types it (or as its QR code links to it)."""

    code = forms.CharField(
        label=_("Verification code"),
        # Room for a 12-character code typed with spaces or dashes between the groups.
        max_length=40,
        help_text=_(
            "The 12 letters and digits printed on the certificate, like ABCD-EFGH-JKLM. "
            "Spaces, dashes and small letters do not matter."
        ),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "dir": "ltr",
                "placeholder": "ABCD-EFGH-JKLM",
            }
        ),
        error_messages={
            "required": _("Type the code printed on the certificate."),
            "max_length": _("A verification code has 12 letters and digits. Please check it."),
        },
    )

    def clean_code(self):
        typed = self.cleaned_data["code"]
        if not normalised_code(typed):
            raise forms.ValidationError(_("Type the code printed on the certificate."))
        return typed


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is the certificate revoked?"),
        max_length=Certificate._meta.get_field("revocation_reason").max_length,
        help_text=_(
            "For example: issued in error, or the person did not attend. Kept in the record; "
            "the public check only says that the certificate was revoked, never why."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say why the certificate is revoked.")},
    )
