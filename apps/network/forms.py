"""What an administrator types to open a centre: one centre on a form, or a CSV file.

A CSV row is checked by the same form as the page (through CentreRowForm, which reads a
district by its name and the days as "Mon-Fri"), so a rule is written once. The
centre's own invariants (the code's shape, the phone number) are the model's: the form
runs them. A code already taken is not an error here: it means "open already", which
the service answers.
"""

import re

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from apps.candidates.fields import PhoneAsTypedWidget
from apps.centres.models import Centre, District
from apps.core.fields import DigitsInAnyScript, FreeTextField, TimeOfDayField, WholeNumberField
from apps.core.typed_text import visible_text
from apps.counselling.models import WeeklyAvailability

from .services import (
    DEFAULT_OPENING_HOURS_EN,
    DEFAULT_OPENING_HOURS_UR,
    MOST_OF_A_ROLE,
    WORKING_WEEK,
    CentreOpening,
)

Weekday = WeeklyAvailability.Weekday
RTL = {"dir": "rtl", "lang": "ur"}
# The page's boxes start with these; a CSV row's empty cells take them too.
DEFAULTS = {
    "kind": Centre.Kind.DISTRICT_LABOUR_OFFICE,
    "officers": 1,
    "counsellors": 1,
    "kiosks": 1,
    "counselling_days": [day.value for day in WORKING_WEEK],
    "counselling_from": "09:00",
    "counselling_until": "13:00",
}


class HelplineField(DigitsInAnyScript, PhoneNumberField):
    """A Pakistani landline or mobile number, typed in digits of any script."""

    widget = PhoneAsTypedWidget
    default_error_messages = {
        "invalid": _(
            "Enter a Pakistani phone number with its area code, for example 042 99201234."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("region", "PK")
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "inputmode": "tel", "dir": "ltr"}


def _count_field(label, minimum=0):
    return WholeNumberField(label=label, min_value=minimum, max_value=MOST_OF_A_ROLE)


class DistrictChoiceField(forms.ModelChoiceField):
    """A district from the list, grouped under its province, each in the reading order
    of the page's language."""

    def grouped_choices(self):
        groups: dict[str, list] = {}
        for district in self.queryset:
            groups.setdefault(district.province.name, []).append((district.pk, district.name))
        return [("", self.empty_label), *groups.items()]


class CentreOpeningForm(forms.ModelForm):
    """One centre: where it is, how the public reaches it, and the staff it needs."""

    helpline = HelplineField(label=_("Helpline"), help_text=_("For example 042 99201234."))
    officers = _count_field(_("Registration officers"), minimum=1)
    counsellors = _count_field(_("Counsellors"))
    kiosks = _count_field(_("Kiosk devices"))
    counselling_days = forms.TypedMultipleChoiceField(
        label=_("Counsellors' days"),
        choices=Weekday.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    counselling_from = TimeOfDayField(label=_("Counsellors' hours: from"))
    counselling_until = TimeOfDayField(label=_("Counsellors' hours: until"))

    class Meta:
        model = Centre
        fields = [
            "code",
            "kind",
            "district",
            "name_en",
            "name_ur",
            "address_en",
            "address_ur",
            "opening_hours_en",
            "opening_hours_ur",
            "helpline",
            "email",
        ]
        field_classes = {
            "district": DistrictChoiceField,
            "address_en": FreeTextField,
            "address_ur": FreeTextField,
        }
        labels = {
            "name_en": _("Name (English)"),
            "name_ur": _("Name (Urdu)"),
            "address_en": _("Address (English)"),
            "address_ur": _("Address (Urdu)"),
            "opening_hours_en": _("Opening hours (English)"),
            "opening_hours_ur": _("Opening hours (Urdu)"),
        }
        help_texts = {
            "name_en": _("Empty: named after its kind and district."),
            "opening_hours_en": _("Empty: Monday to Friday, 9:00 to 17:00, in both languages."),
        }
        widgets = {
            "code": forms.TextInput(attrs={"size": 6, "dir": "ltr", "autocomplete": "off"}),
            "address_en": forms.Textarea(attrs={"rows": 3}),
            "address_ur": forms.Textarea(attrs={"rows": 3, **RTL}),
            "name_ur": forms.TextInput(attrs=RTL),
            "opening_hours_ur": forms.TextInput(attrs=RTL),
        }

    # The model's checks report to the whole form; each is shown at the field it is about.
    CONSTRAINT_FIELDS = {"centre_code_three_to_five_capitals": "code"}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", DEFAULTS)
        super().__init__(*args, **kwargs)
        district = self.fields["district"]
        if isinstance(district, DistrictChoiceField):
            district.queryset = District.objects.select_related("province").in_reading_order()
            district.choices = district.grouped_choices()
        for name in ("name_en", "name_ur", "opening_hours_en", "opening_hours_ur", "email"):
            self.fields[name].required = False
        for name in ("address_en", "address_ur"):
            self.fields[name].required = True
        self.fields["kind"].choices = Centre.Kind.choices  # no empty choice: it has a default

    def clean_code(self):
        # People type "fsl"; codes are capitals, and the model's check says what else.
        return visible_text(self.cleaned_data["code"]).upper()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("counsellors") and not cleaned.get("counselling_days"):
            self.add_error(
                "counselling_days", _("Choose the days the counsellors take appointments.")
            )
        starts, ends = cleaned.get("counselling_from"), cleaned.get("counselling_until")
        if starts is not None and ends is not None:
            try:
                # The weekly hours' own check (a window must not be empty), with its message.
                WeeklyAvailability(
                    weekday=Weekday.MONDAY, starts=starts, ends=ends
                ).validate_constraints()
            except ValidationError as refused:
                for message in refused.messages:
                    self.add_error("counselling_until", message)
        return cleaned

    def validate_unique(self):
        # A code in use is not a mistake here: that centre is open already, and opening
        # it again changes nothing (the service says so, or why not).
        pass

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or NON_FIELD_ERRORS not in self._errors:
            return
        field_of = {
            str(constraint.violation_error_message): self.CONSTRAINT_FIELDS[constraint.name]
            for constraint in Centre._meta.constraints
            if constraint.name in self.CONSTRAINT_FIELDS
        }
        for message in list(self._errors.pop(NON_FIELD_ERRORS)):
            self.add_error(field_of.get(message), message)

    def opening(self) -> CentreOpening:
        """What to open, from a valid form."""
        data = self.cleaned_data
        return CentreOpening(
            code=data["code"],
            kind=data["kind"],
            district=data["district"],
            name_en=data["name_en"],
            name_ur=data["name_ur"],
            address_en=data["address_en"],
            address_ur=data["address_ur"],
            opening_hours_en=data["opening_hours_en"] or DEFAULT_OPENING_HOURS_EN,
            opening_hours_ur=data["opening_hours_ur"] or DEFAULT_OPENING_HOURS_UR,
            helpline=data["helpline"],
            email=data["email"],
            officers=data["officers"],
            counsellors=data["counsellors"],
            kiosks=data["kiosks"],
            counselling_days=tuple(data["counselling_days"]),
            counselling_from=data["counselling_from"],
            counselling_until=data["counselling_until"],
        )


# --- A CSV row ------------------------------------------------------------------------

DAY_NAMES = {day.name[:3].lower(): day.value for day in Weekday}


class DistrictByNameField(forms.Field):
    """A district named in English or Urdu, as in the district list."""

    default_error_messages = {
        "unknown": _(
            "No district is called “%(name)s”. Write its name as in the district list, "
            "in English or Urdu."
        ),
    }

    def to_python(self, value):
        name = visible_text(value or "")
        if not name:
            return None
        district = (
            District.objects.filter(Q(name_en__iexact=name) | Q(name_ur=name))
            .select_related("province")
            .first()
        )
        if district is None:
            raise ValidationError(
                self.error_messages["unknown"], code="unknown", params={"name": name}
            )
        return district


class WeekdaysField(forms.Field):
    """Days written as "Mon-Fri", "Mon,Wed,Fri" or both ("Mon-Wed,Sat")."""

    default_error_messages = {
        "invalid": _("Write the days like Mon-Fri or Mon,Wed,Fri."),
    }

    def to_python(self, value):
        days = set()
        for part in filter(None, re.split(r"[,;\s]+", (value or "").strip().lower())):
            first, _dash, last = part.partition("-")
            if first[:3] not in DAY_NAMES or (last and last[:3] not in DAY_NAMES):
                raise ValidationError(self.error_messages["invalid"], code="invalid")
            start, end = DAY_NAMES[first[:3]], DAY_NAMES[(last or first)[:3]]
            if end < start:
                raise ValidationError(self.error_messages["invalid"], code="invalid")
            days.update(range(start, end + 1))
        return sorted(days)


class CentreRowForm(CentreOpeningForm):
    """One row of an openings CSV: the district by name, the days as words."""

    district = DistrictByNameField(label=_("District"))
    counselling_days = WeekdaysField(label=_("Counsellors' days"), required=False)


# A province's offices take a few kilobytes; anything near this is not an openings file.
MOST_CSV_BYTES = 1024 * 1024


class CsvUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("One centre a row, with the columns described below."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MOST_CSV_BYTES:
            raise ValidationError(
                _("The file is larger than 1 MB: it cannot be a list of centres."),
                code="too_large",
            )
        return upload
