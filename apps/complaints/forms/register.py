"""Forms of the staff's register: the list's filters, taking a complaint in, correcting
its details, the actions on one complaint (acknowledge, close, reopen, money back), the
centre's deadlines and its rule for agencies.

The rules a complaint must keep are the model's CHECK constraints; the forms say the
same in the field concerned first, and the database stays the last word (its refusal
reaches the form as ComplaintRefused)."""

from django import forms
from django.forms import formset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.candidates.fields import CnicField, MobilePhoneField
from apps.candidates.forms import (
    MESSAGES_ANSWERS_AT_THE_DESK,
    countries_first,
    messages_answer_field,
)
from apps.candidates.models import Candidate
from apps.core.choices import label_of
from apps.core.fields import (
    AmountField,
    DayFirstDateField,
    FreeTextField,
    PersonNameField,
    WholeNumberField,
)
from apps.core.typed_text import visible_text
from apps.counselling.forms.cases import SessionField
from apps.listings.fields import AgencyField, EmployerField
from apps.listings.models import JobListing

from ..models import Complaint, ComplaintPolicy, Kind

WHOLE_RUPEES = _("Enter the amount in whole rupees, like 250000.")
NOT_IN_THE_FUTURE = _("The date cannot be in the future.")
PERSON_LANGUAGES = [("ur", _("Urdu")), ("en", _("English"))]


def rupees(label, *, help_text="", min_value=0):
    """An amount in whole rupees, typed in digits of any script."""
    return AmountField(
        label=label,
        required=False,
        min_value=min_value,
        max_digits=12,
        decimal_places=0,
        help_text=help_text,
        error_messages={
            "invalid": WHOLE_RUPEES,
            "max_decimal_places": WHOLE_RUPEES,
            "max_digits": _("That amount is too large. Check the number of zeros."),
            "min_value": _("The amount must be at least %(limit_value)s."),
        },
    )


class PastDateField(DayFirstDateField):
    """A day that has already come (when something happened, was paid or received)."""

    def clean(self, value):
        day = super().clean(value)
        if day and day > timezone.localdate():
            raise forms.ValidationError(NOT_IN_THE_FUTURE, code="future")
        return day


class JobOrderField(forms.CharField):
    """The job order or permission reference printed on a job's page; cleaned to that
    listing (the newest, when one job order was listed again), or None if left empty."""

    default_error_messages = {
        "unknown": _("No job listed here has this job order number. Check it on the job's page."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Job order number"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 60)
        kwargs.setdefault(
            "help_text", _("Optional: as printed on the job's page, if the job was listed here.")
        )
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "dir": "ltr", "autocomplete": "off"}

    def clean(self, value):
        typed = visible_text(super().clean(value))
        if not typed:
            return None
        listing = (
            JobListing.objects.exclude(status=JobListing.Status.DRAFT)
            .filter(job_order_reference__iexact=typed)
            .select_related("agency")
            .order_by("-created_at")
            .first()
        )
        if listing is None:
            raise forms.ValidationError(self.error_messages["unknown"], code="unknown")
        return listing


# --- The list -------------------------------------------------------------------------


class ComplaintFilterForm(forms.Form):
    """The register's filters, read from the address (GET): nothing here is personal."""

    OPEN = "open"

    status = forms.ChoiceField(label=_("Status"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("Any kind")), *Kind.choices]
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    q = forms.CharField(
        label=_("Reference number"),
        required=False,
        max_length=30,
        widget=forms.TextInput(
            attrs={"dir": "ltr", "autocomplete": "off", "placeholder": "LHR-C-2026-000123"}
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            ("", _("Any status")),
            (self.OPEN, _("Open")),
            *Complaint.Status.choices,
        ]
        for name, field in self.fields.items():
            css = "form-check-input" if name == "overdue" else "form-select"
            if name == "q":
                css = "form-control"
            field.widget.attrs.setdefault("class", css)


# --- Taking a complaint in ------------------------------------------------------------


class ComplaintFilingForm(forms.Form):
    """A complaint taken in by staff: for a registered person (`person`), for someone
    who gives their name, or an anonymous tip. `sessions`: the person's sessions at the
    centre a counsellor may tie it to (none: the question is not asked)."""

    NAMED, ANONYMOUS = "named", "anonymous"

    who = forms.ChoiceField(
        label=_("Who complains?"),
        choices=[
            (NAMED, _("A person who is not registered here")),
            (ANONYMOUS, _("An anonymous tip: no name, no contact")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose who complains.")},
    )
    complainant_name = PersonNameField(label=_("Name"), required=False, max_length=200)
    complainant_sex = forms.ChoiceField(
        label=_("Sex"), choices=Candidate.Sex.choices, widget=forms.RadioSelect, required=False
    )
    complainant_cnic = CnicField(
        required=False,
        help_text=_(
            "Optional. With the last four digits the person can check the complaint's status."
        ),
    )
    complainant_phone = MobilePhoneField(required=False, help_text=_("Optional."))
    texts = messages_answer_field(
        label=_("May the centre send text messages about this complaint to this phone?"),
        choices=MESSAGES_ANSWERS_AT_THE_DESK,
        required=False,
    )
    language = forms.ChoiceField(
        label=_("The person's language"),
        help_text=_("For the slip, the text messages and the letters."),
        choices=PERSON_LANGUAGES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the language the person reads.")},
    )
    appointment = SessionField()

    kind = forms.ChoiceField(
        label=_("Kind of complaint"),
        choices=[("", _("Choose the kind")), *Kind.choices],
        error_messages={"required": _("Choose the kind of complaint.")},
    )
    against = forms.ChoiceField(
        label=_("Against"),
        choices=Complaint.Against.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whom the complaint is against.")},
    )
    # Every agency, licensed or not any more: complaints are often about one whose
    # licence was suspended or cancelled. Both are chosen by typing.
    agency = AgencyField(label=_("Agency"), required=False)
    employer = EmployerField(
        label=_("Employer"),
        required=False,
        help_text=_("Or write its name below, if it is not listed."),
    )
    other_party = forms.CharField(
        label=_("Name of the agent, sub-agent or employer"),
        required=False,
        max_length=200,
        help_text=_("For an unlicensed agent, a sub-agent or an employer not listed."),
    )
    job_order = JobOrderField()
    destination_country = forms.ChoiceField(label=_("Country of the job"), required=False)
    promised = FreeTextField(
        label=_("What was promised"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The job, the pay, the visa: as the person was told."),
    )
    description = FreeTextField(
        label=_("What happened"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    happened_on = PastDateField(label=_("When it happened"), required=False)
    amount_paid = rupees(_("Money paid to the agent (rupees)"))
    paid_on = PastDateField(label=_("Paid on"), required=False)
    amount_claimed = rupees(_("Amount claimed back (rupees)"))
    promised_monthly_wage = rupees(_("Monthly wage promised (rupees)"), min_value=1)

    IDENTITY_FIELDS = (
        "who",
        "complainant_name",
        "complainant_sex",
        "complainant_cnic",
        "complainant_phone",
        "texts",
        "language",
    )

    def __init__(self, *args, person=None, sessions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        if person is not None:
            # A registered person: their record says who they are, their language and
            # whether they agree to text messages.
            for name in self.IDENTITY_FIELDS:
                del self.fields[name]
        offered = [session for session in sessions if session.is_active]
        if person is not None and offered:
            self.fields["appointment"].set_sessions(offered)
            self.fields["appointment"].label = _("Counselling session")
        else:
            del self.fields["appointment"]
        self.fields["destination_country"].choices = [("", _("Not known")), *countries_first()]

    def clean(self):
        cleaned = super().clean()
        if self.person is None and cleaned.get("who") == self.NAMED:
            self._clean_named(cleaned)
        clean_party(self, cleaned)
        clean_what(self, cleaned)
        return cleaned

    def _clean_named(self, cleaned):
        if not cleaned.get("complainant_name") and "complainant_name" not in self.errors:
            self.add_error(
                "complainant_name", _("Write the person's name, or choose an anonymous tip.")
            )
        if not cleaned.get("complainant_sex") and "complainant_sex" not in self.errors:
            self.add_error("complainant_sex", _("Choose the person's sex."))
        phone, texts = cleaned.get("complainant_phone"), cleaned.get("texts")
        if phone and texts == "":
            self.add_error("texts", _("Ask whether the person agrees to text messages."))
        if texts is True and not phone and "complainant_phone" not in self.errors:
            self.add_error("complainant_phone", _("Write the phone number the messages go to."))

    @property
    def is_anonymous(self) -> bool:
        return self.person is None and self.cleaned_data.get("who") == self.ANONYMOUS

    def complainant(self):
        """Who complains as file_complaint takes it (None: a registered person or a tip)."""
        from ..services import Complainant

        if self.person is not None or self.is_anonymous:
            return None
        data = self.cleaned_data
        return Complainant(
            name=data["complainant_name"],
            sex=data["complainant_sex"],
            cnic=data.get("complainant_cnic") or "",
            phone=data.get("complainant_phone") or "",
            agrees_to_texts=data.get("texts") is True,
        )

    def filing_fields(self) -> dict:
        """What file_complaint takes from this form (with the centre, the channel and who
        filed it, which the view adds)."""
        data = self.cleaned_data
        amount_claimed = data.get("amount_claimed")
        return {
            "language": self.person.preferred_language if self.person else data["language"],
            "kind": data["kind"],
            "against": data["against"],
            "agency": data.get("agency"),
            "employer": data.get("employer"),
            "other_party": data.get("other_party") or "",
            "listing": data.get("job_order"),
            "destination_country": data.get("destination_country") or "",
            "promised": data.get("promised") or "",
            "description": data.get("description") or "",
            "happened_on": data.get("happened_on"),
            "amount_paid": data.get("amount_paid"),
            "paid_on": data.get("paid_on"),
            "amount_claimed": amount_claimed,
            # The claim is made with the complaint.
            "claimed_on": timezone.localdate() if amount_claimed is not None else None,
            "promised_monthly_wage": data.get("promised_monthly_wage"),
            "candidate": self.person,
            "complainant": self.complainant(),
            "appointment": data.get("appointment"),
        }


def clean_party(form, cleaned):
    """The party the complaint is against, named as `against` needs (the same rules as
    the model's constraints, said at the field concerned)."""
    against = cleaned.get("against")
    if against == Complaint.Against.AGENCY and not cleaned.get("agency"):
        if not cleaned.get("job_order") and "agency" not in form.errors:
            form.add_error("agency", _("Choose the agency the complaint is against."))
    elif (
        against == Complaint.Against.EMPLOYER
        and not cleaned.get("employer")
        and not cleaned.get("other_party")
        and "employer" not in form.errors
    ):
        form.add_error("employer", _("Choose the employer, or write its name."))
    elif against == Complaint.Against.OTHER and not cleaned.get("other_party"):
        form.add_error("other_party", _("Write the name of the person the complaint is against."))


def clean_what(form, cleaned):
    """What was promised or what happened: at least one is said."""
    said = cleaned.get("promised") or cleaned.get("description")
    if not said and "description" not in form.errors and "promised" not in form.errors:
        form.add_error("description", _("Say what was promised or what happened."))


# --- Correcting a complaint -----------------------------------------------------------


class ComplaintDetailsForm(forms.ModelForm):
    """What a complaint is about and its money, as its handler corrects them (who
    complains and the deadlines stay as filed)."""

    agency = AgencyField(label=_("Agency"), required=False)
    employer = EmployerField(
        label=_("Employer"),
        required=False,
        help_text=_("Or write its name below, if it is not listed."),
    )
    against = forms.ChoiceField(
        label=_("Against"), choices=Complaint.Against.choices, widget=forms.RadioSelect
    )
    job_order = JobOrderField()
    destination_country = forms.ChoiceField(label=_("Country of the job"), required=False)
    happened_on = PastDateField(label=_("When it happened"), required=False)
    paid_on = PastDateField(label=_("Paid on"), required=False)
    claimed_on = PastDateField(label=_("Claimed on"), required=False)
    amount_paid = rupees(_("Money paid to the agent (rupees)"))
    allowed_fee = rupees(
        _("Most the agency was allowed to charge (rupees)"),
        help_text=_("The service charge approved for the job order, where known."),
    )
    amount_claimed = rupees(_("Amount claimed back (rupees)"))
    promised_monthly_wage = rupees(_("Monthly wage promised (rupees)"), min_value=1)

    class Meta:
        model = Complaint
        fields = [
            "kind",
            "against",
            "agency",
            "employer",
            "other_party",
            "destination_country",
            "promised",
            "description",
            "happened_on",
            "amount_paid",
            "paid_on",
            "allowed_fee",
            "amount_claimed",
            "claimed_on",
            "promised_monthly_wage",
        ]
        widgets = {
            "promised": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 4}),
        }
        field_classes = {"promised": FreeTextField, "description": FreeTextField}
        help_texts = {
            "kind": _("Its deadlines stay as they were set when it was filed."),
            "other_party": _("For an unlicensed agent, a sub-agent or an employer not listed."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = Kind.choices
        self.fields["destination_country"].choices = [("", _("Not known")), *countries_first()]
        if self.instance.listing_id and not self.is_bound:
            self.initial["job_order"] = self.instance.listing.job_order_reference
        self.order_fields(["kind", "against", "agency", "employer", "other_party", "job_order"])

    def clean(self):
        cleaned = super().clean()
        clean_party(self, cleaned)
        clean_what(self, cleaned)
        return cleaned

    def changes(self) -> dict:
        """The fields as change_complaint_details takes them."""
        data = self.cleaned_data
        changes = {name: data[name] for name in self.Meta.fields}
        changes["other_party"] = changes["other_party"] or ""
        changes["promised"] = changes["promised"] or ""
        changes["description"] = changes["description"] or ""
        changes["destination_country"] = changes["destination_country"] or ""
        changes["listing"] = data.get("job_order")
        return changes


# --- Actions on one complaint ---------------------------------------------------------


def note_field(label=None, required=False, **kwargs):
    return FreeTextField(
        label=label or _("Note"),
        required=required,
        widget=forms.Textarea(attrs={"rows": 2}),
        **kwargs,
    )


class AcknowledgeForm(forms.Form):
    note = note_field(help_text=_("Optional: what was done to take it up."))


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=Complaint.Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the outcome.")},
    )
    note = note_field()


class ReopenForm(forms.Form):
    note = note_field(
        label=_("Why it is reopened"),
        required=True,
        error_messages={"required": _("Say why the complaint is reopened.")},
    )


class RecoveryForm(forms.Form):
    amount = AmountField(
        label=_("Amount recovered (rupees)"),
        min_value=1,
        max_digits=12,
        decimal_places=0,
        error_messages={
            "required": _("Enter the amount recovered."),
            "invalid": WHOLE_RUPEES,
            "max_decimal_places": WHOLE_RUPEES,
            "max_digits": _("That amount is too large. Check the number of zeros."),
            "min_value": _("The amount recovered must be more than zero."),
        },
    )
    received_on = PastDateField(
        label=_("Received on"), error_messages={"required": _("Enter the day it was received.")}
    )
    source = forms.CharField(
        label=_("Paid back by"),
        required=False,
        max_length=200,
        help_text=_("The agency, the employer…"),
    )


# --- The centre's deadlines and rule --------------------------------------------------


def days_field(label):
    return WholeNumberField(
        label=label,
        required=False,
        min_value=1,
        max_value=250,
        error_messages={
            "invalid": _("Enter a whole number of working days."),
            "min_value": _("At least one working day."),
            "max_value": _("At most 250 working days (a year)."),
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr", "size": 4}),
    )


class DeadlineRowForm(forms.Form):
    """One kind's working days at the centre, or the national ones."""

    kind = forms.ChoiceField(choices=Kind.choices, widget=forms.HiddenInput)
    national = forms.BooleanField(label=_("Use the national days"), required=False)
    acknowledge_days = days_field(_("Acknowledge within"))
    resolve_days = days_field(_("Resolve within"))
    escalate_days = days_field(_("Escalate if unresolved after"))

    DAYS = ("acknowledge_days", "resolve_days", "escalate_days")

    @property
    def kind_label(self) -> str:
        return label_of(Kind, self["kind"].value())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("national"):
            return cleaned
        for name in self.DAYS:
            if cleaned.get(name) is None and name not in self.errors:
                self.add_error(name, _("Enter the working days, or use the national days."))
        acknowledge, resolve = cleaned.get("acknowledge_days"), cleaned.get("resolve_days")
        if acknowledge and resolve and acknowledge > resolve:
            self.add_error("acknowledge_days", _("Acknowledging comes no later than resolving."))
        return cleaned


class BaseDeadlineFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        kinds = [form.cleaned_data.get("kind") for form in self.forms if form.cleaned_data]
        if sorted(kinds) != sorted(Kind.values):
            # Only a page tampered with or left over from another version sends this.
            raise forms.ValidationError(_("The table changed: open the page again."))


DeadlineFormSet = formset_factory(
    DeadlineRowForm, formset=BaseDeadlineFormSet, extra=0, max_num=len(Kind.values)
)


class ComplaintPolicyForm(forms.ModelForm):
    review_threshold = WholeNumberField(
        label=_("Upheld complaints that put an agency up for licence review"),
        min_value=1,
        max_value=1000,
        error_messages={
            "required": _("Enter the number of upheld complaints."),
            "invalid": _("Enter a whole number."),
            "min_value": _("The threshold is at least one complaint."),
            "max_value": _("Enter a number up to 1000."),
        },
    )

    class Meta:
        model = ComplaintPolicy
        fields = ["review_threshold", "review_blocks_listings"]
