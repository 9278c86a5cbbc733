"""Complaints against recruitment agents and employers: a register of its own, apart
from the counselling case record a complaint may come from.

Every complaint has a reference number the person can quote (LHR-C-2026-000123), given
from a counter per centre and year inside the filing transaction: a rolled-back filing
gives its number back, so numbers have no gaps and never collide. Its deadlines, in
working days from the centre's table (ComplaintDeadline), are fixed when it is filed, so
that a later change of the table does not move a promise already made.

Who may read a complaint: the counsellors and complaints officers of its centre
(may_read_complaints). Managers and the officers above the centres see numbers only.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField

from apps.candidates.models import Candidate
from apps.centres.scoping import scoped_to_oversight
from apps.core.choices import label_of

MONEY = {"max_digits": 12, "decimal_places": 0}


class Kind(models.TextChoices):
    EXCESS_FEES = "excess_fees", _("Fees above the legal limit")
    NO_JOB = "no_job", _("A job that did not exist")
    CONTRACT_CHANGED = "contract", _("Contract changed on arrival")
    UNLICENSED = "unlicensed", _("Unlicensed agent or sub-agent")
    DOCUMENTS = "documents", _("Passport or documents kept back")
    UNPAID_WAGES = "wages", _("Wages or dues not paid")
    MISTREATMENT = "mistreatment", _("Mistreatment at work")
    OTHER = "other", _("Something else")


class ComplaintDeadline(models.Model):
    """How many working days a kind of complaint may take to be acknowledged, resolved
    and, if unresolved, escalated. A row with no centre is the national default; a
    centre's manager overrides it for their centre."""

    centre = models.ForeignKey(
        "centres.Centre",
        on_delete=models.CASCADE,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("centre"),
    )
    kind = models.CharField(_("kind of complaint"), max_length=12, choices=Kind.choices)
    acknowledge_days = models.PositiveSmallIntegerField(_("acknowledge within (working days)"))
    resolve_days = models.PositiveSmallIntegerField(_("resolve within (working days)"))
    escalate_days = models.PositiveSmallIntegerField(
        _("escalate if unresolved after (working days)")
    )

    class Meta:
        ordering = ["centre", "kind"]
        verbose_name = _("complaint deadline")
        verbose_name_plural = _("complaint deadlines")
        constraints = [
            models.UniqueConstraint(
                fields=["centre", "kind"],
                nulls_distinct=False,
                name="complaint_deadline_one_per_kind",
                violation_error_message=_("This kind of complaint already has its deadlines."),
            ),
            models.CheckConstraint(
                condition=Q(acknowledge_days__gte=1)
                & Q(acknowledge_days__lte=F("resolve_days"))
                & Q(resolve_days__lte=250)
                & Q(escalate_days__gte=1)
                & Q(escalate_days__lte=250),
                name="complaint_deadline_sane",
                violation_error_message=_(
                    "Each deadline is 1 to 250 working days, and acknowledging comes no "
                    "later than resolving."
                ),
            ),
        ]

    def __str__(self):
        days = f"{self.acknowledge_days}/{self.resolve_days}/{self.escalate_days}"
        return f"{label_of(Kind, self.kind)}: {days}"


# The national defaults, written by migration complaints/0002 and used for any kind
# that has no row. Overseas Pakistanis Foundation resolves dues complaints within about
# 20 working days; a complaint goes on to the Ombudsman after 30 days (22 working days).
DEFAULT_DEADLINES = {
    Kind.EXCESS_FEES: (3, 20, 22),
    Kind.NO_JOB: (3, 20, 22),
    Kind.CONTRACT_CHANGED: (3, 20, 22),
    # Fraud by someone without a licence is for the police and the Bureau, early.
    Kind.UNLICENSED: (2, 15, 5),
    # A passport kept back stops a person working or coming home.
    Kind.DOCUMENTS: (1, 10, 5),
    Kind.UNPAID_WAGES: (3, 20, 22),
    Kind.MISTREATMENT: (1, 10, 5),
    Kind.OTHER: (3, 20, 22),
}


class ComplaintCounter(models.Model):
    """The last complaint number given at a centre in a year (see the module's note)."""

    centre = models.ForeignKey("centres.Centre", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["centre", "year"], name="complaint_counter_unique"),
        ]

    def __str__(self):
        return f"{self.centre_id}/{self.year}: {self.last_number}"


def may_read_complaints(user) -> bool:
    """A counsellor or a complaints officer of a centre. Not a manager (numbers only), not
    an administrator: a complaint that names a person is as confidential as a case record."""
    return (
        user.is_authenticated
        and user.is_active
        and not user.is_superuser
        and user.centre_id is not None
        and user.has_perm("complaints.view_complaint")
    )


class ComplaintQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Complaints the user may read: their centre's, for those who handle them."""
        if not may_read_complaints(user):
            return self.none()
        return self.filter(centre_id=user.centre_id)

    def counted_for(self, user):
        """Complaints the user may count (never read): their centre's, province's or the
        country's, as for every report."""
        return scoped_to_oversight(self, user)

    def open(self):
        return self.filter(status__in=Complaint.OPEN_STATUSES)

    def overdue(self, today=None):
        """Open complaints past a deadline they have not met: not acknowledged by the
        acknowledgement date, or not resolved by the resolution date."""
        today = today or timezone.localdate()
        return self.open().filter(
            Q(status=Complaint.Status.RECEIVED, acknowledge_by__lt=today) | Q(resolve_by__lt=today)
        )


class Complaint(models.Model):
    class Against(models.TextChoices):
        AGENCY = "agency", _("A licensed recruitment agency")
        EMPLOYER = "employer", _("An employer")
        OTHER = "other", _("Someone else (an unlicensed agent, a sub-agent)")

    class Channel(models.TextChoices):
        COUNSELLOR = "counsellor", _("Counselling case")
        DESK = "desk", _("Desk")
        KIOSK = "kiosk", _("Kiosk")

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        ACKNOWLEDGED = "acknowledged", _("Being looked into")
        ESCALATED = "escalated", _("Referred to an authority")
        CLOSED = "closed", _("Closed")

    class Outcome(models.TextChoices):
        SUBSTANTIATED = "substantiated", _("Upheld")
        DISMISSED = "dismissed", _("Not upheld")
        WITHDRAWN = "withdrawn", _("Withdrawn by the person")
        UNRESOLVED = "unresolved", _("Closed without resolution")
        NO_CONTACT = "no_contact", _("The person could not be reached")

    OPEN_STATUSES = (Status.RECEIVED, Status.ACKNOWLEDGED, Status.ESCALATED)

    reference = models.CharField(_("reference number"), max_length=24, unique=True)
    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.PROTECT, related_name="+", verbose_name=_("centre")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    sequence = models.PositiveIntegerField(_("number in the year"))
    channel = models.CharField(_("taken in at"), max_length=10, choices=Channel.choices)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("taken in by"),
    )
    filed_at = models.DateTimeField(_("filed at"), default=timezone.now)
    # The language the person speaks to us in: their slip, messages and letters.
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)

    # What and whom.
    kind = models.CharField(_("kind of complaint"), max_length=12, choices=Kind.choices)
    against = models.CharField(_("against"), max_length=10, choices=Against.choices)
    agency = models.ForeignKey(
        "listings.RecruitmentAgency",
        on_delete=models.PROTECT,
        related_name="complaints",
        null=True,
        blank=True,
        verbose_name=_("agency"),
    )
    employer = models.ForeignKey(
        "listings.Employer",
        on_delete=models.PROTECT,
        related_name="complaints",
        null=True,
        blank=True,
        verbose_name=_("employer"),
    )
    other_party = models.CharField(
        _("name of the agent, sub-agent or employer"), max_length=200, blank=True
    )
    listing = models.ForeignKey(
        "listings.JobListing",
        on_delete=models.PROTECT,
        related_name="complaints",
        null=True,
        blank=True,
        verbose_name=_("job listing"),
    )
    destination_country = CountryField(_("country of the job"), blank=True)
    promised = models.TextField(_("what was promised"), blank=True)
    description = models.TextField(_("what happened"), blank=True)
    happened_on = models.DateField(_("when it happened"), null=True, blank=True)

    # Who complains: a registered person, someone who gave a name, or nobody (a tip).
    candidate = models.ForeignKey(
        Candidate,
        on_delete=models.PROTECT,
        related_name="complaints",
        null=True,
        blank=True,
        verbose_name=_("person"),
    )
    complainant_name = models.CharField(_("complainant's name"), max_length=200, blank=True)
    complainant_sex = models.CharField(
        _("sex"), max_length=12, choices=Candidate.Sex.choices, blank=True
    )
    complainant_phone = PhoneNumberField(_("phone"), blank=True)
    complainant_cnic_encrypted = models.TextField(blank=True, editable=False)
    complainant_cnic_masked = models.CharField(_("CNIC"), max_length=15, blank=True, editable=False)
    # A keyed hash of the reference and the CNIC's last four digits: what the public
    # status check compares, without either being readable here.
    status_check_hash = models.CharField(max_length=64, blank=True, editable=False)
    # For someone not registered (a registered person's own agreement is on their record).
    texts_agreed_at = models.DateTimeField(_("agreed to text messages"), null=True, blank=True)
    appointment = models.ForeignKey(
        "counselling.Appointment",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("counselling session"),
    )

    # Deadlines, fixed at filing from the centre's table.
    acknowledge_by = models.DateField(_("acknowledge by"))
    resolve_by = models.DateField(_("resolve by"))
    escalate_by = models.DateField(_("escalate by"))

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED
    )
    outcome = models.CharField(_("outcome"), max_length=14, choices=Outcome.choices, blank=True)
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    # Money, in rupees.
    amount_paid = models.DecimalField(_("paid to the agent"), **MONEY, null=True, blank=True)
    paid_on = models.DateField(_("paid on"), null=True, blank=True)
    allowed_fee = models.DecimalField(
        _("most the agency was allowed to charge"), **MONEY, null=True, blank=True
    )
    promised_monthly_wage = models.DecimalField(
        _("monthly wage promised"), **MONEY, null=True, blank=True
    )
    amount_claimed = models.DecimalField(_("amount claimed"), **MONEY, null=True, blank=True)
    claimed_on = models.DateField(_("claimed on"), null=True, blank=True)

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        ordering = ["-filed_at", "-pk"]
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        permissions = [
            ("view_complaint_numbers", _("Can see the numbers of complaints")),
            ("set_complaint_deadlines", _("Can set the centre's complaint deadlines")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["centre", "year", "sequence"], name="complaint_number_unique"
            ),
            models.CheckConstraint(
                condition=~Q(against="agency") | Q(agency__isnull=False),
                name="complaint_against_agency_names_it",
                violation_error_message=_("Choose the agency the complaint is against."),
            ),
            models.CheckConstraint(
                condition=~Q(against="employer") | Q(employer__isnull=False) | ~Q(other_party=""),
                name="complaint_against_employer_names_it",
                violation_error_message=_("Choose the employer, or write its name."),
            ),
            models.CheckConstraint(
                condition=~Q(against="other") | ~Q(other_party=""),
                name="complaint_against_other_names_them",
                violation_error_message=_("Write the name of the person the complaint is against."),
            ),
            models.CheckConstraint(
                condition=~Q(promised="", description=""),
                name="complaint_says_what",
                violation_error_message=_("Say what was promised or what happened."),
            ),
            # An anonymous tip names nobody: no person, no name, no phone, no CNIC.
            models.CheckConstraint(
                condition=Q(candidate__isnull=False)
                | ~Q(complainant_name="")
                | Q(complainant_phone="", complainant_cnic_encrypted="", status_check_hash=""),
                name="complaint_anonymous_names_nobody",
            ),
            models.CheckConstraint(
                condition=Q(status="closed", closed_at__isnull=False) & ~Q(outcome="")
                | ~Q(status="closed") & Q(closed_at__isnull=True, outcome=""),
                name="complaint_closed_has_outcome",
                violation_error_message=_("A closed complaint has an outcome."),
            ),
            models.CheckConstraint(
                condition=Q(status="received") | Q(acknowledged_at__isnull=False),
                name="complaint_acknowledged_says_when",
            ),
            models.CheckConstraint(
                condition=(Q(amount_paid__isnull=True) | Q(amount_paid__gte=0))
                & (Q(allowed_fee__isnull=True) | Q(allowed_fee__gte=0))
                & (Q(promised_monthly_wage__isnull=True) | Q(promised_monthly_wage__gt=0))
                & (Q(amount_claimed__isnull=True) | Q(amount_claimed__gte=0)),
                name="complaint_amounts_not_negative",
                violation_error_message=_("An amount cannot be negative."),
            ),
            models.CheckConstraint(
                condition=Q(acknowledge_by__lte=F("resolve_by")),
                name="complaint_deadlines_in_order",
            ),
        ]
        indexes = [
            models.Index(fields=["centre", "status", "resolve_by"], name="complaint_open_by_due"),
            models.Index(fields=["agency", "outcome"], name="complaint_agency_outcome"),
        ]

    def __str__(self):
        return self.reference

    def get_kind_display(self):
        return label_of(Kind, self.kind)

    def get_status_display(self):
        return label_of(self.Status, self.status)

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_anonymous(self) -> bool:
        return self.candidate_id is None and not self.complainant_name

    @property
    def party(self) -> str:
        """Whom the complaint is against, in words."""
        return str(self.agency or self.employer or self.other_party)

    @property
    def sex(self) -> str:
        """The complainant's sex for the reports: the record's, else as given."""
        return self.candidate.sex if self.candidate_id else self.complainant_sex

    @property
    def may_be_texted(self) -> bool:
        if self.candidate_id:
            return self.candidate.agrees_to_messages
        return bool(self.texts_agreed_at and self.complainant_phone)

    @property
    def phone_for_texts(self):
        return self.candidate.phone if self.candidate_id else self.complainant_phone


class ComplaintEvent(models.Model):
    """One step in a complaint's life, with who took it and when."""

    class Kind(models.TextChoices):
        FILED = "filed", _("Filed")
        ACKNOWLEDGED = "acknowledged", _("Acknowledged")
        CHANGED = "changed", _("Details changed")
        ESCALATED = "escalated", _("Referred to an authority")
        ANSWERED = "answered", _("Answer received")
        MONEY = "money", _("Money recorded")
        CLOSED = "closed", _("Closed")
        REOPENED = "reopened", _("Reopened")

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("what happened"), max_length=12, choices=Kind.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("complaint event")
        verbose_name_plural = _("complaint events")

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"


class Authority(models.TextChoices):
    """Where a complaint is escalated to."""

    PROTECTOR = "protector", _("Protector of Emigrants")
    BEOE_CELL = "beoe_cell", _("Bureau of Emigration & Overseas Employment, complaint cell")
    OPF = "opf", _("Overseas Pakistanis Foundation")
    POLICE = "police", _("Police (fraud)")


class Escalation(models.Model):
    """A complaint sent on to an authority, with the letter's date and the answer kept."""

    complaint = models.ForeignKey(Complaint, on_delete=models.PROTECT, related_name="escalations")
    authority = models.CharField(_("sent to"), max_length=10, choices=Authority.choices)
    office = models.CharField(
        _("office"), max_length=200, blank=True, help_text=_("For example: Protectorate, Lahore.")
    )
    sent_on = models.DateField(_("sent on"), default=timezone.localdate)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    request = models.TextField(_("what we ask of them"), blank=True)
    answer = models.TextField(_("their answer"), blank=True)
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    their_reference = models.CharField(_("their reference"), max_length=60, blank=True)

    class Meta:
        ordering = ["sent_on", "pk"]
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        constraints = [
            models.CheckConstraint(
                condition=Q(answer="", answered_on__isnull=True)
                | (~Q(answer="") & Q(answered_on__isnull=False)),
                name="escalation_answer_has_date",
                violation_error_message=_("Give the answer and the day it came, together."),
            ),
            models.CheckConstraint(
                condition=Q(answered_on__isnull=True) | Q(answered_on__gte=F("sent_on")),
                name="escalation_answered_after_sent",
                violation_error_message=_("The answer cannot come before the letter was sent."),
            ),
        ]

    def __str__(self):
        return f"{self.complaint.reference} → {self.get_authority_display()}"


class Recovery(models.Model):
    """Money the complainant got back, on the day they got it."""

    complaint = models.ForeignKey(Complaint, on_delete=models.PROTECT, related_name="recoveries")
    amount = models.DecimalField(_("amount recovered (rupees)"), **MONEY)
    received_on = models.DateField(_("received on"))
    source = models.CharField(
        _("paid back by"), max_length=200, blank=True, help_text=_("The agency, the employer…")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        ordering = ["received_on", "pk"]
        verbose_name = _("money recovered")
        verbose_name_plural = _("money recovered")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0),
                name="recovery_amount_positive",
                violation_error_message=_("The amount recovered must be more than zero."),
            ),
        ]

    def __str__(self):
        return f"{self.complaint.reference}: {self.amount} ({self.received_on})"


class ComplaintPolicy(models.Model):
    """A centre's rule for agencies that draw complaints: how many upheld complaints put
    an agency up for licence review, and whether that stops its new listings in the
    centre's district. A centre without a row follows the defaults below."""

    DEFAULT_REVIEW_THRESHOLD = 3

    centre = models.OneToOneField(
        "centres.Centre", on_delete=models.CASCADE, related_name="+", verbose_name=_("centre")
    )
    review_threshold = models.PositiveSmallIntegerField(
        _("upheld complaints that put an agency up for licence review"),
        default=DEFAULT_REVIEW_THRESHOLD,
    )
    review_blocks_listings = models.BooleanField(
        _("an agency up for review may not publish new listings here"), default=False
    )

    class Meta:
        verbose_name = _("complaint policy")
        verbose_name_plural = _("complaint policies")
        constraints = [
            models.CheckConstraint(
                condition=Q(review_threshold__gte=1),
                name="complaint_policy_threshold_positive",
                violation_error_message=_("The threshold is at least one complaint."),
            ),
        ]

    def __str__(self):
        return f"{self.centre}: {self.review_threshold}"
