"""Form fields shared by the kiosk wizard and the desk form, so that both validate a
person's details the same way and say what is wrong in the active language."""

import datetime
import re

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField
from phonenumber_field.widgets import RegionalPhoneNumberWidget

from apps.core.fields import (
    DayFirstDateField,
    DayMonthYearWidget,
    DigitsInAnyScript,
    years_ahead,
    years_back,
)

from . import identifiers
from .models import MINIMUM_AGE, age_on, normalise_registration_number

PASSPORT_PATTERN = re.compile(r"^[A-Z]{2}[0-9]{7}$")  # Pakistani passports: AB1234567


class CnicField(forms.CharField):
    """13 digits, typed with or without dashes; cleaned to the bare digits."""

    default_error_messages = {
        "invalid": _(
            "A CNIC has 13 digits, like 35202-1234567-1. Please check the number on the card."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("CNIC number"))
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("help_text", _("The 13 digits on your national identity card."))
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update(
            {
                "inputmode": "numeric",
                "autocomplete": "off",
                "placeholder": "35202-1234567-1",
                "dir": "ltr",
            }
        )
        return attrs

    def clean(self, value):
        value = super().clean(value)
        if value in self.empty_values:
            return value
        try:
            return identifiers.normalise_cnic(value)
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None


class RegistrationNumberField(forms.CharField):
    """The number on a registration slip, like LHR-2026-000123; cleaned to the number as
    stored (capitals, the sequence's six digits).
    Pass `error_messages={"invalid": ...}` to word the format error for the reader."""

    default_error_messages = {
        "invalid": _("A registration number looks like LHR-2026-000123. Please check it."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Registration number"))
        kwargs.setdefault("max_length", 20)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update(
            {
                "autocomplete": "off",
                "dir": "ltr",
                "placeholder": "LHR-2026-000123",
                "autocapitalize": "characters",
            }
        )
        return attrs

    def clean(self, value):
        value = super().clean(value)
        if value in self.empty_values:
            return value
        number = normalise_registration_number(value)
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class PassportNumberField(forms.CharField):
    default_error_messages = {
        "invalid": _(
            "A Pakistani passport number is two letters and seven digits, like AB1234567."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Passport number"))
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"autocomplete": "off", "autocapitalize": "characters", "dir": "ltr"})
        return attrs

    def clean(self, value):
        value = identifiers.normalise_passport(super().clean(value))
        if value and not PASSPORT_PATTERN.match(value):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return value


class BirthDateField(DayFirstDateField):
    default_error_messages = {
        "invalid": _("Enter the date of birth as on your CNIC."),
        "future": _("The date of birth cannot be in the future."),
        "under_age": _(
            "You must be at least %(age)s years old to register for work abroad. "
            "Please come back when you are %(age)s."
        ),
        "implausible": _("Please check the year of birth."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Date of birth"))
        kwargs.setdefault("widget", DayMonthYearWidget(years=years_back(MINIMUM_AGE, 100)))
        super().__init__(**kwargs)

    def clean(self, value):
        born = super().clean(value)
        if born is None:
            return born
        today = timezone.localdate()
        if born > today:
            raise ValidationError(self.error_messages["future"], code="future")
        if age_on(born, today) > 100:
            raise ValidationError(self.error_messages["implausible"], code="implausible")
        if age_on(born, today) < MINIMUM_AGE:
            raise ValidationError(
                self.error_messages["under_age"], code="under_age", params={"age": MINIMUM_AGE}
            )
        return born


class PassportExpiryField(DayFirstDateField):
    default_error_messages = {
        "invalid": _("Enter the expiry date printed in the passport."),
        "expired": _(
            "This passport has expired. You can still register; renew it at the passport office."
        ),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Passport expiry date"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", DayMonthYearWidget(years=years_ahead(10)))
        super().__init__(**kwargs)

    def clean(self, value):
        expiry = super().clean(value)
        if expiry is not None and expiry < timezone.localdate():
            raise ValidationError(self.error_messages["expired"], code="expired")
        return expiry


class PhoneAsTypedWidget(RegionalPhoneNumberWidget):
    """A stored number is shown in the national format (0300 1234567); a typed one,
    sent back with an error, exactly as typed. (The library's widget parses typed text
    and prints it again: "0300 12E4567" came back as another number.)"""

    def format_value(self, value):
        if isinstance(value, str):
            return value
        return super().format_value(value)


class MobilePhoneField(DigitsInAnyScript, PhoneNumberField):
    """A Pakistani mobile number (+92 3xx xxxxxxx), stored in E.164."""

    widget = PhoneAsTypedWidget

    default_error_messages = {
        "invalid": _("Enter a mobile number like 0300 1234567."),
        "not_mobile": _("This is not a mobile number. Pakistani mobile numbers start with 03."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Mobile phone number"))
        kwargs.setdefault("region", "PK")
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update(
            {"inputmode": "tel", "autocomplete": "off", "placeholder": "0300 1234567", "dir": "ltr"}
        )
        return attrs

    def clean(self, value):
        number = super().clean(value)
        if number in self.empty_values:
            return number
        kind = phonenumbers.number_type(number)
        if number.country_code != 92 or kind not in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            raise ValidationError(self.error_messages["not_mobile"], code="not_mobile")
        return number


class AvailableFromField(DayFirstDateField):
    default_error_messages = {
        "invalid": _("Enter the date from which you can travel."),
        "past": _("Choose today or a later date."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("From when can you go?"))
        kwargs.setdefault("widget", DayMonthYearWidget(years=years_ahead(2)))
        super().__init__(**kwargs)

    def clean(self, value):
        day = super().clean(value)
        if day is not None and day < timezone.localdate() - datetime.timedelta(days=1):
            raise ValidationError(self.error_messages["past"], code="past")
        return day
