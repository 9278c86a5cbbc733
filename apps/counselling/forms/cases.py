"""Forms of the confidential case record: a note, a follow-up action and a referral,
each optionally tied to one of the person's sessions at the centre, and the status
changes of referrals.

The model's CHECK constraints are validated by the model form itself (Django calls
them); the database remains the last word and its refusal reaches the form as well."""

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from apps.core.fields import (
    DayFirstDateField,
    DayFirstDateInput,
    FreeTextField,
)
from apps.listings.models import LTR_ISOLATE

from ..models import CaseNote, FollowUp, Referral

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
    read (so the forms on the page cost no query of their own)."""

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


class ReferralStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Referral.Status.choices)
