"""Pre-departure orientation: what a migrant should know before going, and the group
sessions where they learn it.

Content (country guides and general topics, English and Urdu, Markdown) goes through an
editorial workflow: draft → in review → published → archived, with a second editor as
reviewer (a database constraint: nobody reviews their own page). Only published pages
reach the public. Sessions have a capacity that concurrent enrolments never exceed
(services.enrol_candidate locks the session row); completion earns a certificate with a
verification code anyone can check.
"""

import datetime
import secrets

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from apps.centres.scoping import scoped_to_centre

# A published page is due for review this long after it was last reviewed.
REVIEW_INTERVAL = datetime.timedelta(days=365)


class Topic(models.TextChoices):
    """What a page is about: a section of a country guide, or a general topic."""

    # Sections of a country guide
    ENTRY_PERMIT = "entry_permit", _("Entry and work permit")
    CONTRACT_RIGHTS = "contract_rights", _("Your contract and your rights")
    WAGES = "wages", _("Wages and deductions")
    CONDITIONS = "conditions", _("Working and living conditions")
    CULTURE_LAW = "culture_law", _("Culture and law")
    HEALTH = "health", _("Health")
    MONEY_HOME = "money_home", _("Sending money home")
    EMBASSY = "embassy", _("Embassy and community welfare attaché")
    EMERGENCY = "emergency", _("Emergency numbers")
    COMPLAINTS = "complaints", _("How to complain")
    # General topics (no country)
    SAFE_MIGRATION = "safe_migration", _("Safe and legal migration")
    FRAUD = "fraud", _("Spotting fraud")
    RECRUITMENT = "recruitment", _("The legal recruitment process and the fees an agent may charge")
    RETURN = "return", _("Return and reintegration")


COUNTRY_SECTIONS = (
    Topic.ENTRY_PERMIT,
    Topic.CONTRACT_RIGHTS,
    Topic.WAGES,
    Topic.CONDITIONS,
    Topic.CULTURE_LAW,
    Topic.HEALTH,
    Topic.MONEY_HOME,
    Topic.EMBASSY,
    Topic.EMERGENCY,
    Topic.COMPLAINTS,
)
GENERAL_TOPICS = (Topic.SAFE_MIGRATION, Topic.FRAUD, Topic.RECRUITMENT, Topic.RETURN)


class PageQuerySet(models.QuerySet):
    def published(self):
        """What the public, the kiosk and staff read: published pages only."""
        return self.filter(status=Page.Status.PUBLISHED)

    def guides(self):
        return self.filter(country__gt="")

    def general(self):
        return self.filter(country="")

    def due_for_review(self, now=None):
        """Published pages last reviewed more than REVIEW_INTERVAL ago."""
        now = now or timezone.now()
        return self.published().filter(last_reviewed_at__lt=now - REVIEW_INTERVAL)


class Page(models.Model):
    """One page of orientation content in English and Urdu: a section of a country's
    guide (country set) or a general topic (country empty)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in_review", _("In review")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    slug = models.SlugField(_("web address"), max_length=80, unique=True)
    country = CountryField(_("destination country"), blank=True)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    title_en = models.CharField(_("title (English)"), max_length=150)
    title_ur = models.CharField(_("title (Urdu)"), max_length=150, blank=True)
    summary_en = models.CharField(_("summary (English)"), max_length=300, blank=True)
    summary_ur = models.CharField(_("summary (Urdu)"), max_length=300, blank=True)
    body_en = models.TextField(_("text (English, Markdown)"))
    body_ur = models.TextField(_("text (Urdu, Markdown)"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("author"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("reviewer"),
    )
    submitted_at = models.DateTimeField(_("sent for review at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    last_reviewed_at = models.DateTimeField(_("last reviewed at"), null=True, blank=True)
    archived_at = models.DateTimeField(_("archived at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    # Both languages in one vector: English stemming for English words, 'simple' for
    # Urdu (Postgres has no Urdu dictionary) and exact words in either.
    search_vector = models.GeneratedField(
        expression=SearchVector("title_en", weight="A", config="english")
        + SearchVector("title_ur", weight="A", config="simple")
        + SearchVector("body_en", weight="B", config="english")
        + SearchVector("body_en", weight="C", config="simple")
        + SearchVector("body_ur", weight="B", config="simple"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["country", "topic"]
        verbose_name = _("orientation page")
        verbose_name_plural = _("orientation pages")
        permissions = [
            ("review_page", _("Can review and publish orientation pages")),
        ]
        constraints = [
            # One live page per country and topic: a replacement is written as the old
            # one is archived.
            models.UniqueConstraint(
                fields=["country", "topic"],
                condition=~Q(status="archived"),
                name="page_one_live_per_country_and_topic",
                violation_error_message=_(
                    "There is already a page on this topic for this country. Edit that "
                    "one, or archive it first."
                ),
            ),
            models.CheckConstraint(
                condition=Q(
                    country="",
                    topic__in=["safe_migration", "fraud", "recruitment", "return"],
                )
                | (
                    ~Q(country="")
                    & ~Q(topic__in=["safe_migration", "fraud", "recruitment", "return"])
                ),
                name="page_topic_fits_country",
                violation_error_message=_(
                    "A country guide's page takes a guide section; a general topic has no country."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(status="published")
                | Q(
                    published_at__isnull=False,
                    reviewer__isnull=False,
                    last_reviewed_at__isnull=False,
                ),
                name="page_published_was_reviewed",
                violation_error_message=_("A page is published only after a review."),
            ),
            models.CheckConstraint(
                condition=Q(reviewer__isnull=True) | ~Q(reviewer=F("author")),
                name="page_reviewer_is_not_the_author",
                violation_error_message=_("Another editor must review this page."),
            ),
            models.CheckConstraint(
                condition=~Q(status="archived") | Q(archived_at__isnull=False),
                name="page_archived_has_date",
            ),
        ]
        indexes = [
            GinIndex(fields=["search_vector"], name="page_search"),
            models.Index(fields=["status", "country", "topic"], name="page_browse"),
        ]

    def __str__(self):
        return self.title_en

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("orientation:page", kwargs={"slug": self.slug})

    @property
    def is_general(self) -> bool:
        return not self.country

    def is_due_for_review(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.last_reviewed_at is not None
            and self.last_reviewed_at < now - REVIEW_INTERVAL
        )

    def in_language(self, language: str | None = None):
        """(title, summary, body, language shown) in `language` (the active one by
        default); a missing Urdu translation falls back to English, and says so through
        the language shown."""
        language = language or get_language()
        if language == "ur" and self.body_ur.strip():
            return (self.title_ur or self.title_en, self.summary_ur, self.body_ur, "ur")
        return (self.title_en, self.summary_en, self.body_en, "en")


class Attachment(models.Model):
    """A PDF leaflet that goes with a page (checked: type, signature and size)."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="attachments")
    title_en = models.CharField(_("title (English)"), max_length=150)
    title_ur = models.CharField(_("title (Urdu)"), max_length=150, blank=True)
    language = models.CharField(
        _("language of the leaflet"), max_length=5, choices=settings.LANGUAGES
    )
    file = models.FileField(_("PDF file"), upload_to="orientation/leaflets/%Y/")
    size = models.PositiveIntegerField(_("size (bytes)"), editable=False, default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        ordering = ["page", "language", "title_en"]
        verbose_name = _("leaflet (PDF)")
        verbose_name_plural = _("leaflets (PDF)")

    def __str__(self):
        return self.title_en


# --- Self-check quiz ----------------------------------------------------------------


class QuizQuestion(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text_en = models.CharField(_("question (English)"), max_length=300)
    text_ur = models.CharField(_("question (Urdu)"), max_length=300, blank=True)

    class Meta:
        ordering = ["page", "order", "pk"]
        verbose_name = _("quiz question")
        verbose_name_plural = _("quiz questions")

    def __str__(self):
        return self.text_en

    def text(self, language=None) -> str:
        language = language or get_language()
        return self.text_ur if language == "ur" and self.text_ur else self.text_en


class QuizChoice(models.Model):
    question = models.ForeignKey(QuizQuestion, on_delete=models.CASCADE, related_name="choices")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text_en = models.CharField(_("answer (English)"), max_length=200)
    text_ur = models.CharField(_("answer (Urdu)"), max_length=200, blank=True)
    is_correct = models.BooleanField(_("the right answer"), default=False)

    class Meta:
        ordering = ["question", "order", "pk"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["question"],
                condition=Q(is_correct=True),
                name="quiz_one_right_answer",
                violation_error_message=_("A question has one right answer."),
            ),
        ]

    def __str__(self):
        return self.text_en

    def text(self, language=None) -> str:
        language = language or get_language()
        return self.text_ur if language == "ur" and self.text_ur else self.text_en


class QuizResult(models.Model):
    """One person's self-check on one page's quiz: kept per person."""

    candidate = models.ForeignKey(
        "candidates.Candidate",
        on_delete=models.CASCADE,
        related_name="quiz_results",
        verbose_name=_("person"),
    )
    page = models.ForeignKey(Page, on_delete=models.PROTECT, related_name="+")
    correct = models.PositiveSmallIntegerField(_("right answers"))
    total = models.PositiveSmallIntegerField(_("questions"))
    # question id -> chosen choice id, as answered
    answers = models.JSONField(default=dict)
    taken_at = models.DateTimeField(_("taken at"), default=timezone.now)

    class Channel(models.TextChoices):
        KIOSK = "kiosk", _("Kiosk")
        WEB = "web", _("Website")

    channel = models.CharField(
        _("where it was taken"), max_length=10, choices=Channel.choices, default=Channel.KIOSK
    )

    class Meta:
        ordering = ["-taken_at"]
        verbose_name = _("quiz result")
        verbose_name_plural = _("quiz results")
        constraints = [
            models.CheckConstraint(
                condition=Q(correct__lte=F("total")), name="quiz_result_correct_within_total"
            ),
        ]

    def __str__(self):
        return f"{self.correct}/{self.total}"


# --- Group sessions, attendance and certificates ------------------------------------


class OrientationSessionQuerySet(models.QuerySet):
    def visible_to(self, user):
        return scoped_to_centre(self, user)

    def upcoming(self, now=None):
        return self.filter(starts_at__gte=now or timezone.now(), status="scheduled")


class OrientationSession(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", _("Cancelled")

    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.PROTECT, related_name="+", verbose_name=_("centre")
    )
    title = models.CharField(_("title"), max_length=150)
    country = CountryField(
        _("destination country"), blank=True, help_text=_("Empty for a general session.")
    )
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue = models.CharField(_("venue"), max_length=200)
    capacity = models.PositiveSmallIntegerField(_("places"))
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("facilitator"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = OrientationSessionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("orientation session")
        verbose_name_plural = _("orientation sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__gte=1) & Q(capacity__lte=500),
                name="session_capacity_sane",
                violation_error_message=_("A session has 1 to 500 places."),
            ),
            models.CheckConstraint(
                condition=Q(starts_at__lt=F("ends_at")),
                name="session_ends_after_start",
                violation_error_message=_("The end must come after the start."),
            ),
        ]

    def __str__(self):
        return f"{self.title} {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"


class EnrolmentQuerySet(models.QuerySet):
    def visible_to(self, user):
        return scoped_to_centre(self, user, centre_field="session__centre")


class Enrolment(models.Model):
    class Channel(models.TextChoices):
        DESK = "desk", _("At the desk")
        KIOSK = "kiosk", _("At the kiosk")
        ONLINE = "online", _("Online")

    session = models.ForeignKey(
        OrientationSession, on_delete=models.PROTECT, related_name="enrolments"
    )
    candidate = models.ForeignKey(
        "candidates.Candidate",
        on_delete=models.PROTECT,
        related_name="orientation_enrolments",
        verbose_name=_("person"),
    )
    # The staff account or kiosk device that took the enrolment; none for a person who
    # reserved a place themselves on the public site.
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    channel = models.CharField(
        _("taken"), max_length=10, choices=Channel.choices, db_default=Channel.DESK
    )
    enrolled_at = models.DateTimeField(default=timezone.now)
    # None until the facilitator marks it.
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    attendance_marked_at = models.DateTimeField(null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        ordering = ["session", "candidate__full_name"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "candidate"],
                name="enrolment_once_per_session",
                violation_error_message=_("This person is already enrolled in this session."),
            ),
            models.CheckConstraint(
                condition=Q(attended__isnull=True)
                | Q(attendance_marked_by__isnull=False, attendance_marked_at__isnull=False),
                name="enrolment_attendance_says_who_and_when",
            ),
            models.CheckConstraint(
                condition=Q(channel="online") | Q(enrolled_by__isnull=False),
                name="enrolment_says_who_took_it",
            ),
        ]

    def __str__(self):
        return f"{self.candidate_id} in {self.session_id}"


# Codes avoid letters and digits that look alike (0/O, 1/I/L) on paper.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12


def new_certificate_code() -> str:
    """A random code of 12 characters (about 59 bits): unguessable, easy to type."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class CertificateQuerySet(models.QuerySet):
    def visible_to(self, user):
        return scoped_to_centre(self, user, centre_field="enrolment__session__centre")


class Certificate(models.Model):
    """Proof that a person completed a session; anyone can check its code."""

    enrolment = models.OneToOneField(
        Enrolment, on_delete=models.PROTECT, related_name="certificate"
    )
    code = models.CharField(_("verification code"), max_length=CODE_LENGTH)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    revocation_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        permissions = [("revoke_certificate", _("Can revoke orientation certificates"))]
        constraints = [
            models.UniqueConstraint(fields=["code"], name="certificate_code_unique"),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True)
                | (Q(revoked_by__isnull=False) & ~Q(revocation_reason="")),
                name="certificate_revocation_says_who_and_why",
            ),
        ]

    def __str__(self):
        return self.code

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None
