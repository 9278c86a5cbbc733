from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Centre


class CentreContactForm(forms.ModelForm):
    """What a centre manager keeps up to date: how the public reaches the centre."""

    class Meta:
        model = Centre
        fields = [
            "address_en",
            "address_ur",
            "helpline",
            "email",
            "opening_hours_en",
            "opening_hours_ur",
        ]
        labels = {
            "address_en": _("Address (English)"),
            "address_ur": _("Address (Urdu)"),
            "opening_hours_en": _("Opening hours (English)"),
            "opening_hours_ur": _("Opening hours (Urdu)"),
        }
        widgets = {
            "address_en": forms.Textarea(attrs={"rows": 3}),
            "address_ur": forms.Textarea(attrs={"rows": 3, "dir": "rtl", "lang": "ur"}),
            "opening_hours_ur": forms.TextInput(attrs={"dir": "rtl", "lang": "ur"}),
            "helpline": forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["address_en"].required = True
        self.fields["helpline"].error_messages["invalid"] = _(
            "Enter a Pakistani phone number with its area code, for example 042 99201234."
        )
        self.helper = FormHelper()
        self.helper.add_input(Submit("save", _("Save changes")))
