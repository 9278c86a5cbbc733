"""Registration forms. The kiosk asks one topic per screen; the desk asks everything on
one page. Both are built from the same fields (fields.py) and end in the same
`Registration` (services.py)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from apps.centres.choices import offer_districts_by_province
from apps.centres.models import District
from apps.core.fields import FreeTextField, PersonNameField, WholeNumberField
from apps.occupations.fields import UnitGroupField
from apps.occupations.models import Occupation

from .fields import (
    AvailableFromField,
    BirthDateField,
    CnicField,
    MobilePhoneField,
    PassportExpiryField,
    PassportNumberField,
)
from .models import (
    Candidate,
    CandidateLanguage,
    CandidateOccupation,
    SkillCertificate,
    WorkAbroad,
)
from .services import Registration

# The countries most people from Punjab go to work in, offered first.
COMMON_DESTINATIONS = ["SA", "AE", "QA", "OM", "KW", "BH", "MY", "KR", "JP", "GB", "IT", "RO"]
MAX_OCCUPATIONS = 3

NO_AUTOFILL = {"autocomplete": "off"}


class IdentityForm(forms.Form):
    full_name = PersonNameField(label=_("Your full name"))
    relation_name = PersonNameField(label=_("Father's or husband's name"))
    sex = forms.ChoiceField(label=_("Sex"), choices=Candidate.Sex.choices, widget=forms.RadioSelect)
    date_of_birth = BirthDateField()
    cnic = CnicField()
    passport_number = PassportNumberField(
        widget=forms.TextInput(attrs={**NO_AUTOFILL, "placeholder": "AB1234567"}),
    )
    passport_expiry = PassportExpiryField()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("passport_expiry") and not cleaned.get("passport_number"):
            self.add_error(
                "passport_number", _("Enter the passport number too, or leave both empty.")
            )
        if (
            cleaned.get("passport_number")
            and not cleaned.get("passport_expiry")
            and "passport_expiry" not in self.errors
        ):
            self.add_error("passport_expiry", _("Enter the date the passport expires."))
        return cleaned


class ContactForm(forms.Form):
    phone = MobilePhoneField()
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        widget=forms.EmailInput(attrs={**NO_AUTOFILL, "inputmode": "email"}),
        error_messages={"invalid": _("Enter an email address like name@example.com.")},
    )
    home_district = forms.ModelChoiceField(
        label=_("Your home district"),
        queryset=District.objects.all(),
        error_messages={"invalid_choice": _("Choose your district from the list.")},
    )
    address = FreeTextField(
        label=_("Your address"), widget=forms.Textarea(attrs={**NO_AUTOFILL, "rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer_districts_by_province(self.fields["home_district"])


LANGUAGE_LEVEL_CHOICES = [("", _("No")), *CandidateLanguage.Level.choices]


class EducationForm(forms.Form):
    education = forms.ChoiceField(
        label=_("Your highest education"),
        choices=Candidate.Education.choices,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One line per language: how well do you speak it?
        for code, label in CandidateLanguage.Language.choices:
            self.fields[f"language_{code}"] = forms.ChoiceField(
                label=label,
                choices=LANGUAGE_LEVEL_CHOICES,
                required=False,
                widget=forms.RadioSelect,
            )

    def language_fields(self):
        return [self[f"language_{code}"] for code in CandidateLanguage.Language.values]

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(f"language_{code}") for code in CandidateLanguage.Language.values):
            raise ValidationError(_("Choose at least one language spoken."))
        return cleaned

    def languages(self):
        return [
            (code, self.cleaned_data[f"language_{code}"])
            for code in CandidateLanguage.Language.values
            if self.cleaned_data.get(f"language_{code}")
        ]


def years_of_experience_field():
    """Years at a trade, 0 to 60, with the same messages at the kiosk and the desk."""
    return WholeNumberField(
        label=_("Years of experience"),
        required=False,
        min_value=0,
        max_value=60,
        error_messages={
            "max_value": _("Years of experience cannot be more than 60."),
            "min_value": _("Years cannot be less than 0."),
            "invalid": _("Enter a number of years, like 3."),
        },
    )


class SkillsAndWorkAbroadForm(forms.Form):
    """The optional skill certificate and earlier work abroad, asked alike at the kiosk
    and the desk; subclasses say which occupations may be chosen."""

    certificate_body = forms.CharField(
        label=_("Skill certificate: who issued it?"),
        required=False,
        max_length=150,
        help_text=_("For example TEVTA, NAVTTC or a trade testing board."),
    )
    certificate_trade = forms.CharField(
        label=_("Skill certificate: trade"), required=False, max_length=150
    )
    certificate_level = forms.CharField(
        label=_("Skill certificate: level"), required=False, max_length=60
    )
    abroad_country = forms.ChoiceField(
        label=_("Have you worked abroad before? In which country?"),
        required=False,
        choices=[("", _("No, never"))],
    )
    abroad_years = WholeNumberField(
        label=_("How many years abroad?"),
        required=False,
        min_value=1,
        max_value=50,
        error_messages={
            "min_value": _("Enter at least 1 year."),
            "max_value": _("Years abroad cannot be more than 50."),
            "invalid": _("Enter a number of years, like 3."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["abroad_country"].choices = [("", _("No, never")), *countries_first()]

    def clean(self):
        cleaned = super().clean()
        certificate = [cleaned.get(f"certificate_{part}") for part in ("body", "trade")]
        if any(certificate) and not all(certificate):
            self.add_error(
                "certificate_trade" if certificate[0] else "certificate_body",
                _("Enter both who issued the certificate and its trade."),
            )
        if cleaned.get("abroad_country"):
            if not cleaned.get("abroad_years") and "abroad_years" not in self.errors:
                self.add_error("abroad_years", _("Enter the years worked there."))
            if not cleaned.get("abroad_occupation") and "abroad_occupation" not in self.errors:
                self.add_error("abroad_occupation", _("Choose the work done there."))
        return cleaned

    def certificates(self):
        data = self.cleaned_data
        if not data.get("certificate_body"):
            return []
        return [(data["certificate_body"], data["certificate_trade"], data["certificate_level"])]

    def work_abroad(self):
        data = self.cleaned_data
        if not data.get("abroad_country"):
            return []
        return [(data["abroad_country"], data["abroad_years"], data["abroad_occupation"])]


class WorkForm(SkillsAndWorkAbroadForm):
    """Work and skills at the kiosk: the common trades as tiles, up to three."""

    occupations = forms.ModelMultipleChoiceField(
        label=_("What work can you do?"),
        queryset=Occupation.objects.for_kiosk(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one kind of work.")},
    )
    abroad_occupation = forms.ModelChoiceField(
        label=_("What work did you do there?"),
        required=False,
        queryset=Occupation.objects.for_kiosk(),
        empty_label=_("Choose the work"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["abroad_occupation"].label_from_instance = lambda o: o.everyday_name
        self.fields["occupations"].label_from_instance = lambda o: o.everyday_name
        # Years of experience for each trade, shown beside its tile when it is chosen.
        for occupation in self.fields["occupations"].queryset:
            self.fields[f"years_{occupation.code}"] = years_of_experience_field()

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("occupations") or []
        if len(chosen) > MAX_OCCUPATIONS:
            self.add_error(
                "occupations",
                _("Choose at most %(count)s kinds of work.") % {"count": MAX_OCCUPATIONS},
            )
        for occupation in chosen:
            if cleaned.get(f"years_{occupation.code}") is None:
                self.add_error(
                    f"years_{occupation.code}",
                    _("How many years have you done this work?"),
                )
        return cleaned

    def years_field_for(self, occupation):
        return self[f"years_{occupation.code}"]

    def occupations_with_years(self):
        return [
            (occupation, self.cleaned_data[f"years_{occupation.code}"])
            for occupation in self.cleaned_data["occupations"]
        ]


def countries_first(first=COMMON_DESTINATIONS):
    """All countries, the common destinations first (names in the active language)."""
    names = dict(countries)
    rest = sorted((code, name) for code, name in names.items() if code not in first)
    return [(code, names[code]) for code in first] + sorted(rest, key=lambda pair: pair[1])


class DestinationsForm(forms.Form):
    destination_countries = forms.MultipleChoiceField(
        label=_("Where would you like to work?"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    other_country = forms.ChoiceField(label=_("Another country"), required=False)
    available_from = AvailableFromField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(countries)
        self.fields["destination_countries"].choices = [
            (code, names[code]) for code in COMMON_DESTINATIONS
        ]
        self.fields["other_country"].choices = [("", _("None")), *countries_first(first=[])]

    def clean(self):
        cleaned = super().clean()
        chosen = list(cleaned.get("destination_countries") or [])
        if cleaned.get("other_country") and cleaned["other_country"] not in chosen:
            chosen.append(cleaned["other_country"])
        if not chosen:
            self.add_error("destination_countries", _("Choose at least one country."))
        cleaned["countries"] = chosen
        return cleaned


def consent_language_field():
    """The language a consent text was shown or read in: asked, never assumed."""
    return forms.ChoiceField(
        label=_("Language the consent text was shown or read in"),
        choices=[("ur", _("Urdu")), ("en", _("English"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the language the consent was given in.")},
    )


def messages_answer_field(**kwargs):
    """Yes or no to text messages, read as True or False; no answer chosen in advance."""
    return forms.TypedChoiceField(
        coerce=lambda answer: answer == "yes", widget=forms.RadioSelect, **kwargs
    )


class ConsentForm(forms.Form):
    heard_about = forms.ChoiceField(
        label=_("How did you hear about the centre?"),
        choices=Candidate.HeardAbout.choices,
        widget=forms.RadioSelect,
    )
    consent = forms.BooleanField(
        label=_("I agree"),
        error_messages={
            "required": _("We can only register you if you agree. Ask at the desk if unsure.")
        },
    )
    # Its own question, after the consent and apart from it: a no changes nothing else.
    messages = messages_answer_field(
        label=_("May the centre send you text messages about your appointments and places?"),
        help_text=_("You are served the same either way. You can change this at the desk."),
        choices=[("yes", _("Yes, send me messages")), ("no", _("No messages"))],
        error_messages={"required": _("Choose yes or no. You are served the same either way.")},
    )


class DeskWorkForm(SkillsAndWorkAbroadForm):
    """Work and skills at the desk: any ISCO-08 unit group, found by typing, up to three
    rows."""

    abroad_occupation = UnitGroupField(label=_("Occupation abroad"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for row in range(1, MAX_OCCUPATIONS + 1):
            self.fields[f"occupation_{row}"] = UnitGroupField(
                label=_("Occupation %(number)s") % {"number": row},
                required=row == 1,
                error_messages={"required": _("Choose at least one occupation.")},
            )
            self.fields[f"years_{row}"] = years_of_experience_field()
        # Reorder: the occupation rows first.
        order = [
            f"{kind}_{row}"
            for row in range(1, MAX_OCCUPATIONS + 1)
            for kind in ("occupation", "years")
        ]
        self.order_fields(order)

    def clean(self):
        cleaned = super().clean()
        seen = set()
        for row in range(1, MAX_OCCUPATIONS + 1):
            occupation = cleaned.get(f"occupation_{row}")
            if occupation is None:
                continue
            if occupation in seen:
                self.add_error(f"occupation_{row}", _("Each occupation once, please."))
            seen.add(occupation)
            if cleaned.get(f"years_{row}") is None and f"years_{row}" not in self.errors:
                self.add_error(f"years_{row}", _("Enter the years at this work."))
        return cleaned

    def occupations_with_years(self):
        rows = range(1, MAX_OCCUPATIONS + 1)
        return [
            (self.cleaned_data[f"occupation_{row}"], self.cleaned_data[f"years_{row}"])
            for row in rows
            if self.cleaned_data.get(f"occupation_{row}")
        ]


class DeskConsentForm(ConsentForm):
    # Asked, never assumed: the staff member's own language says nothing of the person's.
    preferred_language = forms.ChoiceField(
        label=_("Language the person reads"),
        help_text=_("Messages to the person are written in it."),
        choices=[("ur", _("Urdu")), ("en", _("English"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Ask the person which language they read.")},
    )
    consent_language = consent_language_field()
    channel = forms.ChoiceField(
        label=_("Where is this registration taken?"),
        choices=[
            (Candidate.Channel.DESK, Candidate.Channel.DESK.label),
            (Candidate.Channel.DISTRICT_OFFICE, Candidate.Channel.DISTRICT_OFFICE.label),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "The person has read, or has had read to them, the consent text and agrees."
        )
        self.fields["consent"].error_messages["required"] = _(
            "A person can only be registered with their consent."
        )
        self.fields["messages"].choices = MESSAGES_ANSWERS_AT_THE_DESK


# The registration topics are asked of the person at the kiosk ("your address") and by
# an officer about the person at the desk: the desk's wording of the kiosk's questions.
DESK_WORDING = {
    "full_name": _("Full name"),
    "date_of_birth": _("Date of birth"),
    "home_district": _("Home district"),
    "address": _("Address"),
    "education": _("Highest education"),
    "abroad_country": _("Worked abroad before? In which country?"),
    "destination_countries": _("Where would the person like to work?"),
    "available_from": _("Available to travel from"),
    "heard_about": _("How did the person hear about the centre?"),
    "messages": _(
        "May the centre send the person text messages about their appointments and places?"
    ),
}
MESSAGES_ANSWERS_AT_THE_DESK = [("yes", _("Yes, the person agrees")), ("no", _("No"))]
DESK_HELP = {
    "cnic": _("The 13 digits on the national identity card."),
    "messages": _("Ask it apart from the consent: the person is served the same either way."),
}


def worded_for_the_desk(form):
    """`form` speaking of "the person", as staff read it, not to "you"."""
    for name, field in form.fields.items():
        field.label = DESK_WORDING.get(name, field.label)
        field.help_text = DESK_HELP.get(name, field.help_text)
    return form


def registration_from_forms(forms: dict, consent_text) -> Registration:
    """The cleaned answers of the six registration topics, as one Registration."""
    identity = forms["identity"].cleaned_data
    contact = forms["contact"].cleaned_data
    destinations = forms["destinations"].cleaned_data
    return Registration(
        full_name=identity["full_name"],
        relation_name=identity["relation_name"],
        sex=identity["sex"],
        date_of_birth=identity["date_of_birth"],
        cnic=identity["cnic"],
        passport_number=identity["passport_number"],
        passport_expiry=identity["passport_expiry"],
        phone=contact["phone"],
        email=contact["email"],
        home_district=contact["home_district"],
        address=contact["address"],
        education=forms["education"].cleaned_data["education"],
        languages=forms["education"].languages(),
        occupations=forms["work"].occupations_with_years(),
        certificates=forms["work"].certificates(),
        work_abroad=forms["work"].work_abroad(),
        destination_countries=destinations["countries"],
        available_from=destinations["available_from"],
        heard_about=forms["consent"].cleaned_data["heard_about"],
        consent_text=consent_text,
        preferred_language=forms["consent"].cleaned_data.get("preferred_language", ""),
        agrees_to_messages=forms["consent"].cleaned_data["messages"],
    )


class CandidateEditForm(forms.ModelForm):
    """Completing or correcting a record at the desk, with the registration checks.

    The stored CNIC and passport number are never put back into the page: a field left
    empty keeps the stored number, a typed one replaces it.
    """

    date_of_birth = BirthDateField()
    phone = MobilePhoneField()
    new_cnic = CnicField(
        label=_("Correct the CNIC"),
        required=False,
        help_text=_("Leave empty to keep the stored number."),
    )
    new_passport_number = PassportNumberField(
        label=_("New passport number"),
        help_text=_("Leave empty to keep the stored number."),
    )
    passport_expiry = PassportExpiryField()
    available_from = AvailableFromField()
    messages = messages_answer_field(
        label=DESK_WORDING["messages"],
        help_text=_("The person may change their answer at any time."),
        choices=MESSAGES_ANSWERS_AT_THE_DESK,
    )

    class Meta:
        model = Candidate
        fields = [
            "full_name",
            "relation_name",
            "sex",
            "date_of_birth",
            "new_cnic",
            "new_passport_number",
            "passport_expiry",
            "phone",
            "email",
            "home_district",
            "address",
            "education",
            "destination_countries",
            "available_from",
            "heard_about",
            "preferred_language",
            "messages",
            "status",
        ]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}
        field_classes = {
            "full_name": PersonNameField,
            "relation_name": PersonNameField,
            "address": FreeTextField,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (Candidate.Status.NEW, Candidate.Status.NEW.label),
            (Candidate.Status.INACTIVE, Candidate.Status.INACTIVE.label),
        ]
        if self.instance.status == Candidate.Status.VERIFIED:
            # Verified is set by the verify action, with who and when; keep it here.
            self.fields["status"].choices.insert(
                0, (Candidate.Status.VERIFIED, Candidate.Status.VERIFIED.label)
            )
        offer_districts_by_province(self.fields["home_district"])
        self.initial.setdefault("messages", "yes" if self.instance.agrees_to_messages else "no")
        for name in ("full_name", "relation_name", "email", "address"):
            self.fields[name].widget.attrs["autocomplete"] = "off"
        worded_for_the_desk(self)

    def clean(self):
        cleaned = super().clean()
        has_passport = cleaned.get("new_passport_number") or self.instance.passport_hash
        if cleaned.get("passport_expiry") and not has_passport:
            self.add_error("new_passport_number", _("Enter the passport number too."))
        if cleaned.get("new_cnic"):
            clash = Candidate.objects.with_cnic(cleaned["new_cnic"]).exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error("new_cnic", _("Another record has this CNIC."))
        if cleaned.get("new_passport_number"):
            clash = Candidate.objects.with_passport(cleaned["new_passport_number"]).exclude(
                pk=self.instance.pk
            )
            if clash.exists():
                self.add_error(
                    "new_passport_number", _("A person with this passport number is registered.")
                )
        return cleaned

    def save(self, commit=True):
        candidate = super().save(commit=False)
        if self.cleaned_data.get("new_cnic"):
            candidate.set_cnic(self.cleaned_data["new_cnic"])
        if self.cleaned_data.get("new_passport_number"):
            candidate.set_passport(self.cleaned_data["new_passport_number"])
        candidate.set_agrees_to_messages(self.cleaned_data["messages"])
        if commit:
            candidate.save()
        return candidate


def _inline(model, fields, **kwargs):
    """A list of the record; a trade in it is chosen by typing (UnitGroupField)."""
    return forms.inlineformset_factory(
        Candidate,
        model,
        fields=fields,
        extra=1,
        can_delete=True,
        field_classes={"occupation": UnitGroupField} if "occupation" in fields else None,
        **kwargs,
    )


LanguageFormSet = _inline(CandidateLanguage, ["language", "level"], max_num=10)
OccupationFormSet = _inline(
    CandidateOccupation,
    ["occupation", "years"],
    max_num=MAX_OCCUPATIONS + 2,
    min_num=1,
    validate_min=True,
)
CertificateFormSet = _inline(SkillCertificate, ["issuing_body", "trade", "level"], max_num=10)
WorkAbroadFormSet = _inline(WorkAbroad, ["country", "years", "occupation"], max_num=10)

EDIT_FORMSETS = {
    "languages": LanguageFormSet,
    "occupations": OccupationFormSet,
    "certificates": CertificateFormSet,
    "work_abroad": WorkAbroadFormSet,
}


class FindAcrossCentresForm(forms.Form):
    """One exact number: a person of another centre is never found by name or phone."""

    number = forms.CharField(
        label=_("CNIC, passport number or registration number"),
        max_length=40,
        help_text=_("Only the exact number finds a person registered at another centre."),
        error_messages={"required": _("Type the number from the person's card or slip.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["number"].widget.attrs.update({"autocomplete": "off", "dir": "ltr"})


class CentreLinkForm(forms.Form):
    consent_language = consent_language_field()
    agrees = forms.BooleanField(
        label=_("The person is here, has read or has had read to them the text, and agrees."),
        error_messages={"required": _("A person is linked to this centre only if they agree.")},
    )


class MoveHomeCentreForm(forms.Form):
    asked = forms.BooleanField(
        label=_("The person asks to make this centre their home centre."),
        error_messages={"required": _("Move a record only when the person asks for it.")},
    )
