"""The kiosk's "report an agent", one question to a screen, for a walk-in who may read
little: big tiles to touch where a choice will do, a few words to type where it will
not, and every money and date question optional."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from apps.candidates.fields import CnicField, MobilePhoneField
from apps.candidates.forms import COMMON_DESTINATIONS, countries_first, messages_answer_field
from apps.candidates.models import Candidate
from apps.core.fields import (
    AmountField,
    DayFirstDateField,
    DayMonthYearWidget,
    FreeTextField,
    PersonNameField,
    years_back,
)
from apps.core.typed_text import typed_digits, visible_text

from ..models import MONEY, Kind

# The kinds of complaint as a walk-in would say them (the register keeps its own words).
KIOSK_KINDS = [
    (Kind.EXCESS_FEES.value, _("They took more money than the law allows")),
    (Kind.NO_JOB.value, _("The job did not exist")),
    (Kind.CONTRACT_CHANGED.value, _("The contract was changed when I arrived")),
    (Kind.UNLICENSED.value, _("The agent has no licence")),
    (Kind.DOCUMENTS.value, _("They kept my passport or papers")),
    (Kind.UNPAID_WAGES.value, _("My wages were not paid")),
    (Kind.MISTREATMENT.value, _("I was treated badly at work")),
    (Kind.OTHER.value, _("Something else")),
]
# Bootstrap icon per choice, in the "value:icon" form the kiosk's _choices.html reads.
KIND_ICONS = ",".join(
    [
        "excess_fees:cash-coin",
        "no_job:briefcase",
        "contract:file-earmark-diff",
        "unlicensed:person-exclamation",
        "documents:passport",
        "wages:wallet2",
        "mistreatment:heartbreak",
        "other:three-dots",
    ]
)
IDENTITY_ICONS = "named:person-vcard,anonymous:incognito"
SEX_ICONS = "female:gender-female,male:gender-male,transgender:gender-trans"
TEXTS_ICONS = "yes:check-circle,no:x-circle"

NAMED, ANONYMOUS = "named", "anonymous"
# What a complaint keeps of whom it is against: the name typed, and a licence number the
# register does not know (one it knows names the agency itself).
NAME_MAX_LENGTH = 150
LICENCE_MAX_LENGTH = 30
PROMISED_MAX_LENGTH = 500
# Pakistani amounts are written in lakhs (4,50,000), in any script's digits.
GROUPING = re.compile(r"[\s,\u066b\u066c\u060c'’]")


class WhatHappenedForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What happened?"),
        choices=KIOSK_KINDS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Touch the picture that fits best.")},
    )


class WhoForm(forms.Form):
    name = forms.CharField(
        label=_("The name of the agent or the agency"),
        max_length=NAME_MAX_LENGTH,
        help_text=_("Write it as you know it, in Urdu or in English."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
        error_messages={"required": _("Write the name of the agent or the agency.")},
    )
    licence_number = forms.CharField(
        label=_("The agency's licence number"),
        required=False,
        max_length=LICENCE_MAX_LENGTH,
        help_text=_("It is on the agency's papers and board, like 3456/LHR."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "dir": "ltr", "autocapitalize": "characters"}
        ),
    )

    def clean_name(self):
        name = visible_text(self.cleaned_data["name"])
        if not any(character.isalnum() for character in name):
            raise ValidationError(_("Write the name of the agent or the agency."))
        return name

    def clean_licence_number(self):
        return typed_digits(self.cleaned_data["licence_number"]).upper()


class PromiseForm(forms.Form):
    promised = FreeTextField(
        label=_("What did they promise you?"),
        max_length=PROMISED_MAX_LENGTH,
        help_text=_("A few words. For example: a driver's job in Dubai, 2000 dirhams a month."),
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        error_messages={
            "required": _("Write in a few words what they promised you. The desk can help.")
        },
    )
    country = forms.ChoiceField(
        label=_("Which country was the job in?"), required=False, widget=forms.RadioSelect
    )
    other_country = forms.ChoiceField(label=_("Another country"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(countries)
        self.fields["country"].choices = [(code, names[code]) for code in COMMON_DESTINATIONS]
        self.fields["other_country"].choices = [("", _("None")), *countries_first(first=[])]

    def clean(self):
        cleaned = super().clean()
        # A country chosen from the list is the one meant: it takes more effort to choose.
        cleaned["destination_country"] = cleaned.get("other_country") or cleaned.get("country")
        return cleaned


class RupeesField(AmountField):
    """Whole rupees, typed with or without the commas of lakhs, in any script's digits."""

    default_error_messages = {
        "invalid": _("Write the amount in digits only, like 450000."),
        "min_value": _("The amount cannot be less than zero."),
        "max_digits": _("That amount is too large. Please check it."),
        "max_decimal_places": _("Write whole rupees, without paisa."),
        "max_whole_digits": _("That amount is too large. Please check it."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_digits", MONEY["max_digits"])
        kwargs.setdefault("decimal_places", MONEY["decimal_places"])
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = GROUPING.sub("", typed_digits(value))
        return super().to_python(value)


class PaidOnField(DayFirstDateField):
    default_error_messages = {
        "invalid": _("Choose the day, the month and the year, or leave all three empty."),
        "future": _("This day has not come yet. Please check it."),
    }

    def clean(self, value):
        day = super().clean(value)
        if day is not None and day > timezone.localdate():
            raise ValidationError(self.error_messages["future"], code="future")
        return day


class MoneyForm(forms.Form):
    amount_paid = RupeesField(
        label=_("How much money did you give them, in rupees?"),
        required=False,
        help_text=_("Leave it empty if you gave nothing or do not remember."),
    )
    paid_on = PaidOnField(
        label=_("When did you give it?"),
        required=False,
        widget=DayMonthYearWidget(years=years_back(0, 15)),
        help_text=_("If you do not remember the day, choose the nearest one."),
    )


class WhoAreYouForm(forms.Form):
    identity = forms.ChoiceField(
        label=_("Do you want to give your name?"),
        choices=[(NAMED, _("Give my name")), (ANONYMOUS, _("Stay anonymous"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose one: give your name, or stay anonymous.")},
    )

    @property
    def is_anonymous(self) -> bool:
        return self.cleaned_data.get("identity") == ANONYMOUS


class YourDetailsForm(forms.Form):
    full_name = PersonNameField(
        label=_("Your name"),
        error_messages={"required": _("Write your name.")},
    )
    sex = forms.ChoiceField(
        label=_("Sex"),
        choices=Candidate.Sex.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose one.")},
    )
    cnic = CnicField(
        help_text=_(
            "We need it so that only you can check your complaint later: with its number "
            "and the last 4 digits of your CNIC."
        ),
        error_messages={"required": _("Write your CNIC number. Without it you cannot check.")},
    )
    phone = MobilePhoneField(
        required=False, help_text=_("So that the centre can call you about your complaint.")
    )
    texts = messages_answer_field(
        label=_("May we send your complaint's number to your phone by text message?"),
        choices=[("yes", _("Yes, send it")), ("no", _("No messages"))],
        error_messages={"required": _("Choose yes or no.")},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("texts") and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Write your mobile number, so that we can send it."))
        return cleaned
