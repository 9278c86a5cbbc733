"""Legal-counselling appointments: who counsels, when they are free, and who booked.

Postgres itself forbids double booking: exclusion constraints over the appointment's
time range, per counsellor and per person, among appointments still active. Code
checks first to give a friendly answer; the constraint decides a race.
"""

import datetime

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import ArrayField, DateTimeRangeField, RangeOperators
from django.db import models
from django.db.backends.postgresql.psycopg_any import DateTimeTZRange
from django.db.models import F, Func, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.candidates.models import CandidateLanguage
from apps.centres.scoping import scoped_to_centre
from apps.core.choices import label_of


class Topic(models.TextChoices):
    CONTRACT = "contract", _("Contract review")
    FEES_FRAUD = "fees_fraud", _("Recruitment fees and fraud")
    DOCUMENTS = "documents", _("Visa, passport and documents")
    RIGHTS = "rights", _("Rights at destination")
    GRIEVANCE = "grievance", _("Grievance against an agent or employer")
    MONEY = "money", _("Remittances and money")
    RETURN = "return", _("Return and reintegration")


class TsTzRange(Func):
    """Postgres tstzrange(start, end, '[)'): the half-open time an appointment takes."""

    function = "TSTZRANGE"
    output_field = DateTimeRangeField()


class CounsellorQuerySet(models.QuerySet):
    def visible_to(self, user):
        return scoped_to_centre(self, user, centre_field="user__centre")


class Counsellor(models.Model):
    """A counsellor's profile: the languages they counsel in and the topics they take."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="counsellor_profile",
        verbose_name=_("account"),
    )
    languages = ArrayField(
        models.CharField(max_length=5, choices=CandidateLanguage.Language.choices),
        verbose_name=_("languages"),
        default=list,
    )
    topics = ArrayField(
        models.CharField(max_length=12, choices=Topic.choices),
        verbose_name=_("topics"),
        default=list,
    )
    is_active = models.BooleanField(_("taking appointments"), default=True)

    objects = CounsellorQuerySet.as_manager()

    class Meta:
        ordering = ["user__first_name", "user__last_name"]
        verbose_name = _("counsellor")
        verbose_name_plural = _("counsellors")

    def __str__(self):
        return self.user.get_full_name() or self.user.username

    @property
    def centre(self):
        return self.user.centre


class WeeklyAvailability(models.Model):
    """A weekly window of time, in the centre's local time, cut into slots.

    A window that ends at or before its start runs past midnight into the next day.
    """

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    counsellor = models.ForeignKey(
        Counsellor, on_delete=models.CASCADE, related_name="availabilities"
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))
    slot_minutes = models.PositiveSmallIntegerField(_("slot length (minutes)"), default=30)

    class Meta:
        ordering = ["weekday", "starts"]
        verbose_name = _("weekly availability")
        verbose_name_plural = _("weekly availabilities")
        constraints = [
            models.CheckConstraint(
                condition=Q(slot_minutes__gte=10) & Q(slot_minutes__lte=180),
                name="availability_slot_length_sane",
                violation_error_message=_("A slot lasts 10 to 180 minutes."),
            ),
            models.CheckConstraint(
                condition=~Q(starts=F("ends")),
                name="availability_window_not_empty",
                violation_error_message=_("The window must end at another time than it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.starts:%H:%M}–{self.ends:%H:%M}"


class AvailabilityExceptionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Leave and closures of the user's centre; all for a superuser."""
        return scoped_to_centre(self, user)


class AvailabilityException(models.Model):
    """Time nobody is booked: one counsellor's leave, or a holiday for the whole centre."""

    class Reason(models.TextChoices):
        LEAVE = "leave", _("Leave")
        PUBLIC_HOLIDAY = "holiday", _("Public holiday")
        OTHER = "other", _("Other")

    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.CASCADE, related_name="+", verbose_name=_("centre")
    )
    counsellor = models.ForeignKey(
        Counsellor,
        on_delete=models.CASCADE,
        related_name="exceptions",
        null=True,
        blank=True,
        verbose_name=_("counsellor"),
        help_text=_("Leave empty for the whole centre, such as a public holiday."),
    )
    starts_at = models.DateTimeField(_("from"))
    ends_at = models.DateTimeField(_("until"))
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=200, blank=True)

    objects = AvailabilityExceptionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("availability exception")
        verbose_name_plural = _("availability exceptions")
        permissions = [
            ("manage_centre_closures", _("Can close the whole centre for counselling")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=F("ends_at")),
                name="exception_ends_after_start",
                violation_error_message=_("The end must come after the start."),
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} {self.starts_at:%Y-%m-%d}"


class StatusChangeRecorded(models.Model):
    """Who last changed the status, and when (an appointment keeps every step as well)."""

    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("status changed by"),
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)

    class Meta:
        abstract = True


class AppointmentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Appointments at the user's centre (through the counsellor); all for a superuser."""
        return scoped_to_centre(self, user, centre_field="counsellor__user__centre")

    def active(self):
        return self.filter(status__in=Appointment.ACTIVE_STATUSES)

    def active_during(self, start, end):
        """Active appointments overlapping [start, end), asked as the double-booking
        constraint asks it: its GiST index then finds them directly (a counsellor's
        starts and ends compared column by column read their whole history)."""
        return (
            self.active()
            .alias(span=TsTzRange("starts_at", "ends_at"))
            .filter(span__overlap=DateTimeTZRange(start, end))
        )


class Appointment(StatusChangeRecorded):
    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        PHONE = "phone", _("Phone")
        VIDEO = "video", _("Video")

    class Status(models.TextChoices):
        BOOKED = "booked", _("Booked")
        CHECKED_IN = "checked_in", _("Checked in")
        COMPLETED = "completed", _("Completed")
        NO_SHOW = "no_show", _("Did not come")
        CANCELLED_BY_PERSON = "cancelled_person", _("Cancelled by the person")
        CANCELLED_BY_CENTRE = "cancelled_centre", _("Cancelled by the centre")

    class Channel(models.TextChoices):
        DESK = "desk", _("Desk")
        KIOSK = "kiosk", _("Kiosk")
        COUNSELLOR = "counsellor", _("Counsellor")

    # Appointments that hold their time: a cancelled one frees it.
    ACTIVE_STATUSES = (Status.BOOKED, Status.CHECKED_IN, Status.COMPLETED, Status.NO_SHOW)
    # The steps taken at the centre; cancelling and moving are actions of their own.
    NEXT_STATUSES = {
        Status.BOOKED: (Status.CHECKED_IN, Status.NO_SHOW),
        Status.CHECKED_IN: (Status.COMPLETED,),
    }

    candidate = models.ForeignKey(
        "candidates.Candidate",
        on_delete=models.PROTECT,
        related_name="appointments",
        verbose_name=_("person"),
    )
    counsellor = models.ForeignKey(
        Counsellor,
        on_delete=models.PROTECT,
        related_name="appointments",
        verbose_name=_("counsellor"),
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices)
    topic = models.CharField(_("topic"), max_length=12, choices=Topic.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.BOOKED
    )
    channel = models.CharField(_("booked through"), max_length=10, choices=Channel.choices)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("booked by"),
    )
    booked_at = models.DateTimeField(_("booked at"), default=timezone.now)
    cancellation_reason = models.CharField(_("reason for cancelling"), max_length=300, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=F("ends_at")),
                name="appointment_ends_after_start",
            ),
            ExclusionConstraint(
                name="appointment_no_double_booking_of_counsellor",
                expressions=[
                    (TsTzRange("starts_at", "ends_at"), RangeOperators.OVERLAPS),
                    ("counsellor", RangeOperators.EQUAL),
                ],
                condition=Q(status__in=["booked", "checked_in", "completed", "no_show"]),
                violation_error_message=_("That time was just taken, please pick another."),
            ),
            ExclusionConstraint(
                name="appointment_no_overlap_for_person",
                expressions=[
                    (TsTzRange("starts_at", "ends_at"), RangeOperators.OVERLAPS),
                    ("candidate", RangeOperators.EQUAL),
                ],
                condition=Q(status__in=["booked", "checked_in", "completed", "no_show"]),
                violation_error_message=_("This person already has an appointment at that time."),
            ),
        ]
        indexes = [models.Index(fields=["counsellor", "starts_at"], name="appointment_day")]

    def __str__(self):
        # Shown as the admin's title: whose, and when in the centre's own time.
        local = timezone.localtime(self.starts_at)
        return f"{self.candidate.registration_number} · {local:%Y-%m-%d %H:%M}"

    # Shown for every appointment of a calendar page: Django's own get_FOO_display()
    # translates every label of the field on each call (apps/core/choices.py).
    def get_mode_display(self):
        return label_of(self.Mode, self.mode)

    def get_topic_display(self):
        return label_of(Topic, self.topic)

    def get_status_display(self):
        return label_of(self.Status, self.status)

    @property
    def duration(self) -> datetime.timedelta:
        return self.ends_at - self.starts_at

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def is_cancelled(self) -> bool:
        return not self.is_active

    @property
    def next_statuses(self) -> tuple[str, ...]:
        """The steps a person at the centre may take from here (cancelling is its own action)."""
        return self.NEXT_STATUSES.get(self.status, ())

    @property
    def may_change_time(self) -> bool:
        return self.status == self.Status.BOOKED


class AppointmentEvent(models.Model):
    """One step in an appointment's life, with who took it and when: booked,
    rescheduled, checked in, completed, no-show or cancelled (with the reason)."""

    class Kind(models.TextChoices):
        BOOKED = "booked", _("Booked")
        RESCHEDULED = "rescheduled", _("Moved to another time")
        CHECKED_IN = "checked_in", _("Checked in")
        COMPLETED = "completed", _("Completed")
        NO_SHOW = "no_show", _("Did not come")
        CANCELLED_BY_PERSON = "cancelled_person", _("Cancelled by the person")
        CANCELLED_BY_CENTRE = "cancelled_centre", _("Cancelled by the centre")

    appointment = models.ForeignKey(Appointment, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("what happened"), max_length=16, choices=Kind.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    # For a reschedule: the time it had before.
    previous_starts_at = models.DateTimeField(_("was at"), null=True, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("appointment event")
        verbose_name_plural = _("appointment events")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="rescheduled") | Q(previous_starts_at__isnull=False),
                name="appointment_event_reschedule_keeps_old_time",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"


class AppointmentNotice(models.Model):
    """A message sent to the person about an appointment. A reminder is unique per
    appointment and start time, so a reminder run repeated (or run twice at once) never
    sends the same reminder again; a moved appointment gets a reminder of its own."""

    class Kind(models.TextChoices):
        CONFIRMATION = "confirmation", _("Booking confirmation")
        RESCHEDULED = "rescheduled", _("New time")
        CANCELLATION = "cancellation", _("Cancellation notice")
        REMINDER = "reminder", _("Reminder the day before")

    appointment = models.ForeignKey(Appointment, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(_("message"), max_length=12, choices=Kind.choices)
    for_starts_at = models.DateTimeField(_("for the appointment at"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    # The backend's name (sms, email, console...), never the number or the text.
    sent_through = models.CharField(_("sent through"), max_length=40)

    class Meta:
        ordering = ["sent_at"]
        verbose_name = _("appointment notice")
        verbose_name_plural = _("appointment notices")
        constraints = [
            models.UniqueConstraint(
                fields=["appointment", "for_starts_at"],
                condition=Q(kind="reminder"),
                name="appointment_one_reminder_per_time",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.sent_at:%Y-%m-%d %H:%M}"


# --- Case records: confidential, for the counsellors of the centre only ----------------


class CaseRecordQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Rows of the user's centre, and only for a counsellor: nobody else reads case
        records, not a manager, not a labour officer, not an administrator."""
        if not may_read_case_records(user):
            return self.none()
        return self.filter(centre_id=user.centre_id)


def may_read_case_records(user) -> bool:
    """A counsellor of a centre (the permission and a counsellor profile); a superuser
    is not a counsellor and is not let in either."""
    return (
        user.is_authenticated
        and user.is_active
        and not user.is_superuser
        and user.centre_id is not None
        and user.has_perm("counselling.view_casenote")
        # Cached on the user after the first look (found or not).
        and hasattr(user, "counsellor_profile")
    )


class CaseRecordEntry(models.Model):
    """What every part of a case record has: the person, the centre it is kept at, the
    session it came from (if any), and who wrote it when."""

    candidate = models.ForeignKey(
        "candidates.Candidate", on_delete=models.PROTECT, related_name="+", verbose_name=_("person")
    )
    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.PROTECT, related_name="+", verbose_name=_("centre")
    )
    appointment = models.ForeignKey(
        Appointment,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("session"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("written by"),
    )
    created_at = models.DateTimeField(_("written at"), default=timezone.now)

    objects = CaseRecordQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-created_at", "-pk"]


class CaseNote(CaseRecordEntry):
    """A confidential note of one session and its outcome. Notes are never edited or
    deleted: a correction is a new note."""

    class Outcome(models.TextChoices):
        ADVICE_GIVEN = "advice", _("Advice given")
        FOLLOW_UP = "follow_up", _("Follow-up needed")
        REFERRED = "referred", _("Referred to another service")
        RESOLVED = "resolved", _("Resolved")
        NO_ACTION = "none", _("No action needed")

    text = models.TextField(_("note"))
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)

    class Meta(CaseRecordEntry.Meta):
        verbose_name = _("case note")
        verbose_name_plural = _("case notes")
        constraints = [
            models.CheckConstraint(condition=~Q(text=""), name="case_note_not_empty"),
        ]

    def __str__(self):
        return f"{self.get_outcome_display()} {self.created_at:%Y-%m-%d}"


class FollowUp(CaseRecordEntry):
    """Something to do for the person by a date, and whether it was done."""

    action = models.CharField(_("what to do"), max_length=300)
    due_on = models.DateField(_("due on"))
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("done by"),
    )

    class Meta(CaseRecordEntry.Meta):
        ordering = ["done_at", "due_on", "pk"]
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")
        constraints = [
            models.CheckConstraint(condition=~Q(action=""), name="follow_up_says_what"),
            models.CheckConstraint(
                condition=Q(done_at__isnull=True, done_by__isnull=True)
                | Q(done_at__isnull=False, done_by__isnull=False),
                name="follow_up_done_says_who_and_when",
            ),
        ]

    def __str__(self):
        return f"{self.action} ({self.due_on})"

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, today=None) -> bool:
        return not self.is_done and self.due_on < (today or timezone.localdate())


class Referral(CaseRecordEntry, StatusChangeRecorded):
    """The person sent on to a service that can do more, and how that is going."""

    class Service(models.TextChoices):
        LEGAL_AID = "legal_aid", _("Legal aid")
        PROTECTOR = "protector", _("Protector of Emigrants")
        POLICE = "police", _("Police")
        EMBASSY = "embassy", _("Embassy's community welfare attaché")
        HEALTH = "health", _("Health services")
        SHELTER = "shelter", _("Shelter")

    class Status(models.TextChoices):
        REFERRED = "referred", _("Referred")
        IN_PROGRESS = "in_progress", _("Being dealt with")
        RESOLVED = "resolved", _("Resolved")
        DECLINED = "declined", _("Declined by the service")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    service = models.CharField(_("referred to"), max_length=12, choices=Service.choices)
    details = models.CharField(_("details"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.REFERRED
    )

    class Meta(CaseRecordEntry.Meta):
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        constraints = [
            models.CheckConstraint(
                condition=Q(status="referred")
                | Q(status_changed_by__isnull=False, status_changed_at__isnull=False),
                name="referral_status_change_says_who_and_when",
            ),
        ]

    def __str__(self):
        return f"{self.get_service_display()}: {self.get_status_display()}"
