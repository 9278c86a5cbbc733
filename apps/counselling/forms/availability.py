"""Forms for a counsellor's profile, weekly hours and leave, and for a centre's closures.

The models' constraints are the rules (slot length, a window that is not empty, an end
after the start); these forms run them so their messages reach the person, and add the
rules only typed input can break: windows that overlap, time that is already over.
"""

import datetime

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.candidates.models import CandidateLanguage
from apps.core.fields import DayFirstDateField, DayFirstDateInput

from ..models import AvailabilityException, Counsellor, Topic, WeeklyAvailability
from ..selectors import centre_time_zone

MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
# Four windows a day is more than anyone works; the cap stops a runaway form.
MAX_WINDOWS = 28

LEAVE_REASONS = (AvailabilityException.Reason.LEAVE, AvailabilityException.Reason.OTHER)
CLOSURE_REASONS = (AvailabilityException.Reason.PUBLIC_HOLIDAY, AvailabilityException.Reason.OTHER)


class CounsellorProfileForm(forms.ModelForm):
    """The languages and topics a counsellor takes, and whether they take appointments."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you counsel in"),
        choices=CandidateLanguage.Language.choices,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        error_messages={"required": _("Choose at least one language.")},
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics you take"),
        choices=Topic.choices,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        error_messages={"required": _("Choose at least one topic.")},
    )

    class Meta:
        model = Counsellor
        fields = ["languages", "topics", "is_active"]
        widgets = {
            "is_active": forms.CheckboxInput(attrs={"class": "form-check-input", "role": "switch"})
        }
        help_texts = {
            "is_active": _(
                "Switch off while you take no new appointments at all; "
                "for days away, add leave instead."
            ),
        }


def _date_input():
    return DayFirstDateInput(attrs={"class": "form-control"})


def _time_input():
    return forms.TimeInput(
        attrs={"type": "time", "class": "form-control", "dir": "ltr"}, format="%H:%M"
    )


class WeeklyAvailabilityForm(forms.ModelForm):
    """One weekly window. Its rows are drawn by hand (not by crispy), so the form marks
    its own invalid fields for Bootstrap."""

    class Meta:
        model = WeeklyAvailability
        fields = ["weekday", "starts", "ends", "slot_minutes"]
        widgets = {
            "weekday": forms.Select(attrs={"class": "form-select"}),
            "starts": _time_input(),
            "ends": _time_input(),
            "slot_minutes": forms.NumberInput(
                attrs={"min": 10, "max": 180, "step": 5, "class": "form-control", "dir": "ltr"}
            ),
        }
        help_texts = {
            "ends": _("At or before the start: the window runs past midnight."),
            "slot_minutes": _("10 to 180 minutes."),
        }

    # The model's checks report to the whole row; each is shown at the field it is about.
    CONSTRAINT_FIELDS = {
        "availability_slot_length_sane": "slot_minutes",
        "availability_window_not_empty": "ends",
    }

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        field_of = {
            str(constraint.violation_error_message): self.CONSTRAINT_FIELDS[constraint.name]
            for constraint in WeeklyAvailability._meta.constraints
            if constraint.name in self.CONSTRAINT_FIELDS
        }
        row_errors = list(self._errors.pop(NON_FIELD_ERRORS, []))
        for message in row_errors:
            self.add_error(field_of.get(message), message)
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["class"] = widget.attrs.get("class", "") + " is-invalid"


def _week_interval(form) -> tuple[int, int]:
    """The window as minutes since Monday 00:00; one that ends at or before its start
    runs into the next day (and Sunday's into Monday, past the end of the week)."""
    data = form.cleaned_data
    start = data["weekday"] * MINUTES_PER_DAY + data["starts"].hour * 60 + data["starts"].minute
    length = (data["ends"].hour * 60 + data["ends"].minute) - (
        data["starts"].hour * 60 + data["starts"].minute
    )
    if length <= 0:
        length += MINUTES_PER_DAY
    return start, start + length


def _overlap(first: tuple[int, int], second: tuple[int, int]) -> bool:
    # Compare with the second window a week earlier and later too, so that Sunday
    # night's window running into Monday meets Monday morning's.
    return any(
        first[0] < second[1] + shift and second[0] + shift < first[1]
        for shift in (-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK)
    )


def _describe(form) -> str:
    data = form.cleaned_data
    day = WeeklyAvailability.Weekday(data["weekday"]).label
    return f"{day} {data['starts']:%H:%M}–{data['ends']:%H:%M}"


class BaseWeeklyAvailabilityFormSet(BaseInlineFormSet):
    def clean(self):
        """Refuse windows that overlap: a slot must belong to one window only."""
        super().clean()
        kept = [
            form
            for form in self.forms
            if form.is_valid()
            and not self._should_delete_form(form)
            # An untouched empty row has no data at all.
            and {"weekday", "starts", "ends"} <= form.cleaned_data.keys()
        ]
        for index, form in enumerate(kept):
            for other in kept[index + 1 :]:
                if _overlap(_week_interval(form), _week_interval(other)):
                    # Said at the later row, next to the times to change.
                    other.add_error(
                        None,
                        ValidationError(
                            _("%(first)s and %(second)s overlap. Change or remove one of them."),
                            params={"first": _describe(form), "second": _describe(other)},
                            code="overlap",
                        ),
                    )


WeeklyAvailabilityFormSet = inlineformset_factory(
    Counsellor,
    WeeklyAvailability,
    form=WeeklyAvailabilityForm,
    formset=BaseWeeklyAvailabilityFormSet,
    extra=1,
    can_delete=True,
    max_num=MAX_WINDOWS,
    validate_max=True,
)


class AvailabilityExceptionForm(forms.ModelForm):
    """Leave or a closure: from a local day (and time) until a local day (and time).
    Without times it covers whole days, the last day included."""

    from_date = DayFirstDateField(label=_("From (day)"), widget=_date_input())
    from_time = forms.TimeField(
        label=_("From (time)"),
        required=False,
        widget=_time_input(),
        help_text=_("Empty: from the start of the day."),
    )
    until_date = DayFirstDateField(label=_("Until (day)"), widget=_date_input())
    until_time = forms.TimeField(
        label=_("Until (time)"),
        required=False,
        widget=_time_input(),
        help_text=_("Empty: until the end of the day."),
    )

    class Meta:
        model = AvailabilityException
        fields = ["reason", "note"]
        labels = {"note": _("Note (optional)")}

    def __init__(self, *args, reasons=LEAVE_REASONS, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now or timezone.now()
        self.fields["reason"].choices = [(reason.value, reason.label) for reason in reasons]
        self.fields["reason"].initial = reasons[0]
        self.fields["note"].widget.attrs["autocomplete"] = "off"
        if AvailabilityException.Reason.PUBLIC_HOLIDAY in reasons:
            self.fields["note"].help_text = _("For example: Eid ul-Fitr.")

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("from_date") and cleaned.get("until_date")):
            return cleaned
        tz = centre_time_zone()
        starts_at = datetime.datetime.combine(
            cleaned["from_date"], cleaned.get("from_time") or datetime.time.min, tzinfo=tz
        )
        if cleaned.get("until_time") is None:
            # A day without a time means all of it: up to the next midnight.
            ends_at = datetime.datetime.combine(
                cleaned["until_date"] + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
            )
        else:
            ends_at = datetime.datetime.combine(
                cleaned["until_date"], cleaned["until_time"], tzinfo=tz
            )
        self.instance.starts_at = starts_at
        self.instance.ends_at = ends_at
        try:
            # The model's own check (the end after the start), with its message.
            self.instance.validate_constraints()
        except ValidationError as refused:
            for message in refused.messages:
                self.add_error("until_date", message)
            return cleaned
        if ends_at <= self.now:
            self.add_error(
                "until_date", _("That time is already over. Choose a time still to come.")
            )
        return cleaned
