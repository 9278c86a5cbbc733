"""Forms of the staff booking pages: finding the person, choosing a time, moving and
cancelling an appointment. The database and the services decide whether a time is
still free; these forms only check that what came back is one of the times offered."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.candidates.fields import RegistrationNumberField
from apps.core.fields import FreeTextField

from ..models import Appointment, Topic
from ..selectors import parse_slot_key

NOT_FOUND_HERE = _("No person with this registration number is registered at this centre.")
PICK_A_SHOWN_TIME = _("Pick one of the times shown.")


class FindPersonForm(forms.Form):
    registration_number = RegistrationNumberField(
        help_text=_("From the person's registration slip, like LHR-2026-000123."),
        widget=forms.TextInput(attrs={"autofocus": True}),
        error_messages={"required": _("Type the person's registration number.")},
    )


def counsellor_choices(counsellors):
    """The counsellor filter's options, from a list already read (no query of its own)."""
    return [("", _("Any counsellor")), *((str(c.pk), str(c)) for c in counsellors)]


class SlotPickerForm(forms.Form):
    """A counsellor filter and the time picked among the free slots shown.

    `counsellors` are those whose times the page offers (the user's centre's, taking the
    topic): a slot of anyone else, or a key that is not a slot, is refused here."""

    counsellor = forms.ChoiceField(
        label=_("Counsellor"),
        required=False,
        widget=forms.Select(attrs={"data-refresh-on-change": True}),
    )
    slot = forms.CharField(
        label=_("Time"),
        max_length=80,
        error_messages={"required": _("Pick a time.")},
    )

    def __init__(self, *args, counsellors=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.counsellors = {c.pk: c for c in counsellors}
        self.fields["counsellor"].choices = counsellor_choices(counsellors)

    def clean_slot(self):
        parsed = parse_slot_key(self.cleaned_data["slot"])
        if parsed is None:
            raise forms.ValidationError(PICK_A_SHOWN_TIME)
        counsellor_pk, starts_at = parsed
        counsellor = self.counsellors.get(counsellor_pk)
        if counsellor is None:
            raise forms.ValidationError(PICK_A_SHOWN_TIME)
        return counsellor, starts_at


class BookingForm(SlotPickerForm):
    topic = forms.ChoiceField(
        label=_("Topic"),
        choices=[("", _("Choose a topic")), *Topic.choices],
        widget=forms.Select(attrs={"data-refresh-on-change": True}),
        error_messages={"required": _("Choose what the person wants advice on.")},
    )
    mode = forms.ChoiceField(
        label=_("How"),
        choices=Appointment.Mode.choices,
        initial=Appointment.Mode.IN_PERSON,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how the session takes place.")},
    )

    field_order = ["topic", "mode", "counsellor", "slot"]


class RescheduleForm(SlotPickerForm):
    reason = FreeTextField(
        label=_("Reason for the move"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 300}),
        error_messages={"required": _("Write why the appointment is moved.")},
    )


class CancelForm(forms.Form):
    class AskedBy:
        PERSON = "person"
        CENTRE = "centre"

    asked_by = forms.ChoiceField(
        label=_("Who asked to cancel"),
        choices=[
            (AskedBy.PERSON, _("The person")),
            (AskedBy.CENTRE, _("The centre")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose who asked to cancel.")},
    )
    reason = FreeTextField(
        label=_("Reason"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
        error_messages={"required": _("Write why the appointment is cancelled.")},
    )

    @property
    def by_person(self) -> bool:
        return self.cleaned_data["asked_by"] == self.AskedBy.PERSON


def week_start(value, today: datetime.date, furthest: datetime.date) -> datetime.date:
    """The first day of the week to show, from ?week=YYYY-MM-DD: never before today,
    never after `furthest`; anything unreadable means today."""
    try:
        day = datetime.date.fromisoformat(str(value or ""))
    except ValueError:
        return today
    return min(max(day, today), furthest)
