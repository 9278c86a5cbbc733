"""Forms of the confidential case record: a note, a follow-up action, a referral and a
grievance, each optionally tied to one of the person's sessions at the centre, and the
status changes of referrals and grievances.

The model's CHECK constraints are validated by the model form itself (Django calls
them); the database remains the last word and its refusal reaches the form as well."""

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from apps.core.fields import (
    AmountField,
    DayFirstDateField,
    DayFirstDateInput,
    FreeTextField,
)
from apps.listings.fields import AgencyField, EmployerField
from apps.listings.models import LTR_ISOLATE

from ..models import CaseNote, FollowUp, Grievance, Referral

DATE_INPUT = DayFirstDateInput()


def session_label(appointment) -> str:
    """How a session is named in a choice: local date and time, counsellor, topic."""
    starts_at = formats.date_format(
        timezone.localtime(appointment.starts_at), "SHORT_DATETIME_FORMAT"
    )
    return (
        f"{LTR_ISOLATE.format(starts_at)} · {appointment.counsellor} · "
        f"{appointment.get_topic_display()}"
    )


class SessionField(forms.ChoiceField):
    """One of the person's sessions at the centre, chosen from a list the page has already
    read (so the four forms on the page cost no query of their own)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Session"))
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "error_messages", {"invalid_choice": _("Choose one of this person's sessions.")}
        )
        super().__init__(**kwargs)
        self.sessions = {}

    def set_sessions(self, sessions):
        self.sessions = {str(session.pk): session for session in sessions}
        self.choices = [("", _("Not about one session"))] + [
            (key, session_label(session)) for key, session in self.sessions.items()
        ]

    def clean(self, value):
        value = super().clean(value)
        return self.sessions.get(value) if value else None


class CaseEntryForm(forms.ModelForm):
    """What every entry's form has: the session it came from, among `sessions` (the
    person's appointments at the centre; cancelled ones are not offered)."""

    appointment = SessionField()

    def __init__(self, *args, sessions=(), **kwargs):
        super().__init__(*args, **kwargs)
        offered = [session for session in sessions if session.is_active]
        self.fields["appointment"].set_sessions(offered)
        # What is written during a session is mostly about today's session.
        today = timezone.localdate()
        todays = [s for s in offered if timezone.localtime(s.starts_at).date() == today]
        if todays and not self.is_bound:
            self.initial.setdefault("appointment", str(todays[0].pk))


class CaseNoteForm(CaseEntryForm):
    class Meta:
        model = CaseNote
        fields = ["appointment", "outcome", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 5})}
        field_classes = {"text": FreeTextField}
        error_messages = {
            "outcome": {"required": _("Choose the outcome of the session.")},
            "text": {"required": _("Write the note.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = [("", _("Choose the outcome")), *CaseNote.Outcome.choices]


class FollowUpForm(CaseEntryForm):
    class Meta:
        model = FollowUp
        fields = ["action", "due_on", "appointment"]
        widgets = {"due_on": DATE_INPUT}
        field_classes = {"due_on": DayFirstDateField}
        error_messages = {
            "action": {"required": _("Say what is to be done.")},
            "due_on": {
                "required": _("Enter the date it is due."),
                "invalid": _("Enter a date like 2026-03-31."),
            },
        }

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        if due_on < timezone.localdate():
            raise forms.ValidationError(_("The due date cannot be in the past."))
        return due_on


class ReferralForm(CaseEntryForm):
    class Meta:
        model = Referral
        fields = ["service", "details", "appointment"]
        error_messages = {"service": {"required": _("Choose the service.")}}
        help_texts = {"details": _("Whom to see, a reference number, what was sent.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = [("", _("Choose the service")), *Referral.Service.choices]


class GrievanceForm(CaseEntryForm):
    against = forms.ChoiceField(
        label=_("Against"),
        choices=Grievance.Against.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whom the complaint is against.")},
    )
    # Every agency, licensed or not any more: complaints are often about one whose
    # licence was suspended or cancelled. Both are chosen by typing (some 400 agencies,
    # 5,000 employers).
    agency = AgencyField(
        label=_("Agency"),
        required=False,
        help_text=_("For a complaint against a licensed agency."),
    )
    employer = EmployerField(
        label=_("Employer"),
        required=False,
        help_text=_("For a complaint against an employer; or write its name below."),
    )

    class Meta:
        model = Grievance
        fields = [
            "against",
            "agency",
            "employer",
            "other_party",
            "description",
            "amount_paid",
            "happened_on",
            "appointment",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "happened_on": DATE_INPUT,
        }
        field_classes = {
            "description": FreeTextField,
            "amount_paid": AmountField,
            "happened_on": DayFirstDateField,
        }
        help_texts = {
            "other_party": _("For an unlicensed agent, a sub-agent or an employer not listed."),
            "amount_paid": _("In rupees, to the agency, an agent or anyone else."),
        }
        error_messages = {
            "description": {"required": _("Write what happened.")},
            "amount_paid": {"invalid": _("Enter the amount in whole rupees, like 250000.")},
            "happened_on": {"invalid": _("Enter a date like 2026-03-31.")},
        }

    def clean_happened_on(self):
        happened_on = self.cleaned_data["happened_on"]
        if happened_on and happened_on > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return happened_on


class ReferralStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Referral.Status.choices)


class GrievanceStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Grievance.Status.choices)
