"""Forms of the centre's orientation sessions: planning a session, the list's filters,
enrolling a person by their registration number, and the facilitator's attendance.

The model's constraints are the rules (1 to 500 places, an end after the start); the
session form runs them so their messages reach the person, at the field they are about,
and adds the rules only typed input can break: a start already past, fewer places than
people enrolled."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from apps.accounts.models import User
from apps.candidates.fields import RegistrationNumberField
from apps.core.fields import DayFirstDateTimeField

from ..models import OrientationSession

NOT_FOUND_HERE = _("No person with this registration number is registered at this centre.")
ERASED = _("This person's data was erased: they cannot be enrolled.")
# The list's destination filter: sessions without a country.
GENERAL = "none"

# Who may run a session: an active account of the centre that can see the sessions
# (and so reach the attendance page from the session's page).
FACILITATOR_PERMISSION = "orientation.view_orientationsession"


def facilitators_of(centre_id):
    """The accounts of a centre that may facilitate its sessions, by name."""
    return (
        User.objects.with_perm(
            FACILITATOR_PERMISSION,
            include_superusers=False,
            backend="apps.accounts.backends.PortalBackend",
        )
        .filter(centre_id=centre_id, is_active=True)
        .order_by("first_name", "last_name", "username")
    )


def _constraint_message(name: str):
    for constraint in OrientationSession._meta.constraints:
        if constraint.name == name:
            return constraint.violation_error_message
    raise LookupError(name)


class FacilitatorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.username


class SessionForm(forms.ModelForm):
    """Plan or change a session of `centre_id`. Times are the centre's local time."""

    # The model's checks report to the whole form; each is shown at the field it is about.
    CONSTRAINT_FIELDS = {
        "session_capacity_sane": "capacity",
        "session_ends_after_start": "ends_at",
    }

    class Meta:
        model = OrientationSession
        fields = [
            "title",
            "country",
            "language",
            "starts_at",
            "ends_at",
            "venue",
            "capacity",
            "facilitator",
        ]
        field_classes = {
            "facilitator": FacilitatorChoiceField,
            "starts_at": DayFirstDateTimeField,
            "ends_at": DayFirstDateTimeField,
        }
        widgets = {
            "capacity": forms.NumberInput(attrs={"min": 1, "max": 500, "dir": "ltr"}),
        }
        labels = {
            "country": _("Destination country (optional)"),
            "language": _("Language of the session"),
            "capacity": _("Places"),
        }
        help_texts = {
            "title": _("For example: Going to Saudi Arabia: your contract and your rights."),
            "country": _("Leave empty for a general session (safe migration, fraud...)."),
            "starts_at": _("The centre's local time."),
            "capacity": _("1 to 500 people."),
            "facilitator": _("Only the facilitator marks attendance and completes the session."),
        }
        error_messages = {
            "title": {"required": _("Give the session a title.")},
            "language": {"required": _("Choose the language the session is held in.")},
            "starts_at": {
                "required": _("Choose when the session starts."),
                "invalid": _("Enter a day and a time, like 14/03/2026 10:00."),
            },
            "ends_at": {
                "required": _("Choose when the session ends."),
                "invalid": _("Enter a day and a time, like 14/03/2026 13:00."),
            },
            "venue": {"required": _("Say where the session takes place.")},
            "capacity": {"required": _("Say how many people the session can take.")},
            "facilitator": {
                "required": _("Choose who runs the session."),
                "invalid_choice": _("Choose one of the centre's staff."),
            },
        }

    def __init__(self, *args, centre_id, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now or timezone.now()
        self.fields["facilitator"].queryset = facilitators_of(centre_id)
        self.fields["facilitator"].empty_label = _("Choose a member of staff")
        self.fields["country"].choices = [
            ("", _("None: a general session")),
            *list(self.fields["country"].choices)[1:],
        ]
        self.fields["language"].choices = [("", _("Choose a language")), *settings.LANGUAGES]
        # The database's rule, in its own words, whatever number was typed.
        for code in ("min_value", "max_value"):
            self.fields["capacity"].error_messages[code] = _constraint_message(
                "session_capacity_sane"
            )
        for name in ("title", "venue"):
            # Typed in English or in Urdu: each shown in its own direction.
            self.fields[name].widget.attrs.update({"autocomplete": "off", "dir": "auto"})

    def clean_starts_at(self):
        starts_at = self.cleaned_data["starts_at"]
        # The field shows whole minutes: a start left as it was differs only in seconds.
        is_new_time = self.instance.pk is None or abs(
            starts_at - self.instance.starts_at
        ) >= datetime.timedelta(minutes=1)
        if is_new_time and starts_at < self.now:
            raise forms.ValidationError(
                _("That time is already past. Choose a time still to come."), code="past"
            )
        return starts_at

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        enrolled = self.enrolled_count()
        if capacity is not None and capacity < enrolled:
            raise self.too_few_places(enrolled)
        return capacity

    @staticmethod
    def too_few_places(enrolled: int) -> forms.ValidationError:
        return forms.ValidationError(
            ngettext(
                "%(enrolled)s person is already enrolled: the session needs at least "
                "%(enrolled)s place. Withdraw them first to make it smaller.",
                "%(enrolled)s people are already enrolled: the session needs at least "
                "%(enrolled)s places. Withdraw people first to make it smaller.",
                enrolled,
            ),
            params={"enrolled": enrolled},
            code="below_enrolled",
        )

    def enrolled_count(self) -> int:
        if self.instance.pk is None:
            return 0
        return self.instance.enrolments.count()

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        field_of = {
            str(constraint.violation_error_message): self.CONSTRAINT_FIELDS[constraint.name]
            for constraint in OrientationSession._meta.constraints
            if constraint.name in self.CONSTRAINT_FIELDS
        }
        for message in list(self._errors.pop(NON_FIELD_ERRORS, [])):
            self.add_error(field_of.get(message), message)


class CancelSessionForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, cancel this session."),
        error_messages={"required": _("Tick the box to confirm that the session is cancelled.")},
    )


class SessionFilterForm(forms.Form):
    """The list's filters: destination and language (a GET form, all optional)."""

    country = forms.ChoiceField(label=_("Destination"), required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Any language")), *settings.LANGUAGES],
    )

    def __init__(self, *args, countries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [
            ("", _("Any destination")),
            (GENERAL, _("General (no country)")),
            *((country.code, country.name) for country in countries),
        ]


class EnrolForm(forms.Form):
    registration_number = RegistrationNumberField(
        help_text=_("From the person's registration slip, like LHR-2026-000123."),
        error_messages={"required": _("Type the person's registration number.")},
    )


ATTENDED_CHOICES = [("yes", _("Came")), ("no", _("Did not come"))]


class AttendanceForm(forms.Form):
    """One yes/no per enrolled person, every one required. Fields are named after the
    enrolment, so a person enrolled or withdrawn meanwhile cannot shift the answers."""

    def __init__(self, *args, enrolments, **kwargs):
        super().__init__(*args, **kwargs)
        self.enrolments = list(enrolments)
        for enrolment in self.enrolments:
            initial = {True: "yes", False: "no"}.get(enrolment.attended, "")
            self.fields[self.field_name(enrolment)] = forms.ChoiceField(
                label=enrolment.candidate.full_name,
                choices=ATTENDED_CHOICES,
                widget=forms.RadioSelect,
                initial=initial,
                error_messages={
                    "required": _("Say whether this person came."),
                    "invalid_choice": _("Say whether this person came."),
                },
            )

    @staticmethod
    def field_name(enrolment) -> str:
        return f"enrolment-{enrolment.pk}"

    def rows(self):
        """(enrolment, bound field) per person, in the list's order."""
        return [(enrolment, self[self.field_name(enrolment)]) for enrolment in self.enrolments]

    def clean(self):
        cleaned = super().clean()
        for enrolment in self.enrolments:
            name = self.field_name(enrolment)
            has_certificate = getattr(enrolment, "certificate", None) is not None
            if cleaned.get(name) == "no" and has_certificate:
                self.add_error(
                    name,
                    _(
                        "A certificate was issued to this person. It must be revoked "
                        "before their attendance can be changed."
                    ),
                )
        return cleaned

    def answers(self):
        """(enrolment, attended) for every person whose answer is new or changed."""
        changes = []
        for enrolment in self.enrolments:
            attended = self.cleaned_data[self.field_name(enrolment)] == "yes"
            if enrolment.attended is not attended:
                changes.append((enrolment, attended))
        return changes
