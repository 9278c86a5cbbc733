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
from django.db.models import F, Func, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.candidates.models import CandidateLanguage
from apps.centres.scoping import scoped_to_centre


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

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("availability exception")
        verbose_name_plural = _("availability exceptions")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=F("ends_at")),
                name="exception_ends_after_start",
                violation_error_message=_("The end must come after the start."),
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} {self.starts_at:%Y-%m-%d}"


class AppointmentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Appointments at the user's centre (through the counsellor); all for a superuser."""
        return scoped_to_centre(self, user, centre_field="counsellor__user__centre")

    def active(self):
        return self.filter(status__in=Appointment.ACTIVE_STATUSES)


class Appointment(models.Model):
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
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("status changed by"),
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
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
        return f"{self.candidate_id} with {self.counsellor_id} at {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def duration(self) -> datetime.timedelta:
        return self.ends_at - self.starts_at
