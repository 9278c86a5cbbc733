"""Forms of a complaint's escalations: sending it on to an authority, and keeping the
answer that came back. Dates are typed day first, in digits of any script.

The model's CHECK constraints (an answer with its date, not before the letter) are
checked here first for a clear message; the database stays the last word and its
refusal reaches the form too (views/escalations.py)."""

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from apps.core.fields import DayFirstDateField, FreeTextField

from .models import Authority


def _not_in_the_future(day):
    if day > timezone.localdate():
        raise forms.ValidationError(_("The date cannot be in the future."))
    return day


def _short_date(day) -> str:
    return formats.date_format(day, "SHORT_DATE_FORMAT")


class EscalationForm(forms.Form):
    """Where the complaint goes, to which office, on which day, and what we ask."""

    authority = forms.ChoiceField(
        label=_("Send to"),
        choices=Authority.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the authority to send the complaint to.")},
    )
    office = forms.CharField(
        label=_("Office"),
        max_length=200,
        required=False,
        help_text=_("For example: Protectorate of Emigrants, Lahore."),
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    sent_on = DayFirstDateField(
        label=_("Sent on"),
        error_messages={"required": _("Enter the day the letter is sent.")},
    )
    request = FreeTextField(
        label=_("What we ask of them"),
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        help_text=_(
            "For example: to get the money paid back, to look into the agent's licence, "
            "to register a case of fraud."
        ),
        error_messages={"required": _("Say what we ask of them.")},
    )

    def __init__(self, *args, complaint, **kwargs):
        super().__init__(*args, **kwargs)
        self.complaint = complaint
        self.initial.setdefault("sent_on", timezone.localdate())

    def clean_sent_on(self):
        sent_on = _not_in_the_future(self.cleaned_data["sent_on"])
        filed_on = timezone.localdate(self.complaint.filed_at)
        if sent_on < filed_on:
            raise forms.ValidationError(
                _("The letter cannot be sent before the complaint was taken in, on %(date)s.")
                % {"date": _short_date(filed_on)}
            )
        return sent_on


class AnswerForm(forms.Form):
    """What the authority answered, on which day, and their own reference."""

    answer = FreeTextField(
        label=_("Their answer"),
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
        error_messages={"required": _("Write what they answered.")},
    )
    answered_on = DayFirstDateField(
        label=_("Answered on"),
        error_messages={"required": _("Enter the day the answer came.")},
    )
    their_reference = forms.CharField(
        label=_("Their reference"),
        max_length=60,
        required=False,
        widget=forms.TextInput(attrs={"dir": "ltr"}),
    )

    def __init__(self, *args, escalation, **kwargs):
        super().__init__(*args, **kwargs)
        self.escalation = escalation
        self.initial.setdefault("answer", escalation.answer)
        self.initial.setdefault("answered_on", escalation.answered_on or timezone.localdate())
        self.initial.setdefault("their_reference", escalation.their_reference)

    def clean_answered_on(self):
        answered_on = _not_in_the_future(self.cleaned_data["answered_on"])
        sent_on = self.escalation.sent_on
        if answered_on < sent_on:
            raise forms.ValidationError(
                _("The answer cannot come before the letter was sent, on %(date)s.")
                % {"date": _short_date(sent_on)}
            )
        return answered_on
