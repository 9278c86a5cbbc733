"""The merge page's form: which record is kept, the number of the one merged away typed
again as a confirmation, and why."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import normalise_registration_number


class MergeForm(forms.Form):
    kept = forms.ChoiceField(label=_("Record to keep"), widget=forms.RadioSelect)
    confirmation = forms.CharField(
        label=_("Registration number of the record merged away"),
        max_length=30,
        help_text=_("Type it as printed on that record's slip, to confirm."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "ltr"}),
    )
    reason = forms.CharField(
        label=_("Why these are one person"),
        max_length=1000,
        help_text=_(
            "What you checked: the person's CNIC card, their father's name, their phone. "
            "Do not write the CNIC here."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, records, **kwargs):
        super().__init__(*args, **kwargs)
        self.records = {record.registration_number: record for record in records}
        self.fields["kept"].choices = [
            (
                number,
                _("Keep %(number)s (%(centre)s)")
                % {"number": number, "centre": record.centre.name},
            )
            for number, record in self.records.items()
        ]

    def clean(self):
        cleaned = super().clean()
        kept = cleaned.get("kept")
        typed = cleaned.get("confirmation")
        if kept is None or typed is None:
            return cleaned
        merged = next(number for number in self.records if number != kept)
        if normalise_registration_number(typed) != merged:
            self.add_error(
                "confirmation",
                _("Type the number of the record merged away, %(number)s.") % {"number": merged},
            )
        cleaned["kept_record"] = self.records[kept]
        cleaned["merged_record"] = self.records[merged]
        return cleaned
