"""People who registered to work abroad, and what they told us about themselves."""

import datetime
import re

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Func, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField

from apps.centres.scoping import scoped_to_centre
from apps.core.choices import label_of
from apps.core.typed_text import typed_digits

from . import identifiers

MINIMUM_AGE = 18  # Emigration Ordinance: foreign employment is for adults only

# As typed from a slip: the centre's code, the year, the sequence with or without its zeros.
REGISTRATION_NUMBER = re.compile(r"^([A-Za-z]{3,5})-([0-9]{4})-([0-9]{1,6})$")


def normalise_registration_number(typed: str) -> str | None:
    """The number as stored (LHR-2026-000123) for one typed as on a slip, in any case and
    with or without the sequence's zeros; None if it is not a registration number."""
    match = REGISTRATION_NUMBER.match(typed_digits(typed or ""))
    if match is None:
        return None
    code, year, sequence = match.groups()
    return f"{code.upper()}-{year}-{int(sequence):06d}"


class ConsentTextQuerySet(models.QuerySet):
    def current(self, language: str, purpose: str = "registration"):
        """The newest published consent text for `purpose` in `language` (None if none)."""
        return (
            self.filter(purpose=purpose, language=language, published_at__lte=timezone.now())
            .order_by("-published_at")
            .first()
        )


class ConsentText(models.Model):
    """What a person agrees to, purpose by purpose: to be registered (nothing about them
    is stored without it), or to be served by a centre other than their home centre.
    Never edited once published: a change is a new version, so every record points at
    what was shown."""

    class Purpose(models.TextChoices):
        REGISTRATION = "registration", _("Registration")
        CENTRE_LINK = "centre_link", _("Served at another centre")

    purpose = models.CharField(
        _("purpose"), max_length=20, choices=Purpose.choices, db_default=Purpose.REGISTRATION
    )
    version = models.CharField(_("version"), max_length=20)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    text = models.TextField(_("text"))
    published_at = models.DateTimeField(_("published at"), default=timezone.now)

    objects = ConsentTextQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        constraints = [
            models.UniqueConstraint(
                fields=["purpose", "version", "language"],
                name="consent_text_one_per_purpose_version_language",
            ),
        ]

    def __str__(self):
        return f"{self.version} ({self.language})"


class RegistrationCounter(models.Model):
    """The last registration number given at a centre in a year.

    Incremented inside the registering transaction, so a rolled-back registration
    gives its number back: numbers have no gaps and never collide.
    """

    centre = models.ForeignKey("centres.Centre", on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["centre", "year"], name="registration_counter_unique"),
        ]

    def __str__(self):
        return f"{self.centre_id}/{self.year}: {self.last_number}"


def linked_people(user) -> dict[int, int]:
    """The people linked to `user`'s centre (CentreLink): person id -> home centre id.
    Empty for a superuser, who sees everybody anyway, and for an account of no centre."""
    if user.is_superuser or not user.is_authenticated or user.centre_id is None:
        return {}
    return dict(
        CentreLink.objects.filter(centre_id=user.centre_id).values_list(
            "candidate_id", "candidate__centre_id"
        )
    )


class CandidateQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Candidates a staff member may see: their own centre's and those linked to it
        (CentreLink); all for a superuser. Never a record merged into another: its
        tombstone takes no service (its own page leads to the record kept).

        The linked people are read first, as a list: a centre with none keeps the plain
        centre condition, which the centre's indexes answer."""
        scoped = scoped_to_centre(self, user).filter(merged_into__isnull=True)
        linked = linked_people(user)
        if not linked:
            return scoped
        return self.filter(Q(centre_id=user.centre_id) | Q(pk__in=linked), merged_into__isnull=True)

    def with_cnic(self, typed: str):
        """Exact look-up by national ID, through the keyed hash (never decrypting)."""
        try:
            digits = identifiers.normalise_cnic(typed)
        except ValueError:
            return self.none()
        return self.filter(cnic_hash=identifiers.identifier_hash("cnic", digits))

    def with_registration_number(self, typed: str):
        """Exact look-up by the number on the slip, through its unique index (a
        case-insensitive comparison would read every person)."""
        number = normalise_registration_number(typed)
        if number is None:
            return self.none()
        return self.filter(registration_number=number)

    def with_slip_and_cnic(self, registration_number: str, cnic: str):
        """The person a walk-in proves to be with their slip's number and their CNIC (at
        most one). Both must match: the number is printed on a slip anybody may find,
        and a CNIC is no secret in a village. An inactive or erased record takes no
        service, and is answered as nobody."""
        return (
            self.with_registration_number(registration_number)
            .filter(
                pk__in=self.with_cnic(cnic).values("pk"),
                anonymised_at__isnull=True,
            )
            .exclude(status=Candidate.Status.INACTIVE)
        )

    def with_passport(self, typed: str):
        number = identifiers.normalise_passport(typed)
        if not number:
            return self.none()
        return self.filter(passport_hash=identifiers.identifier_hash("passport", number))


class Candidate(models.Model):
    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        TRANSGENDER = "transgender", _("Transgender")

    class Education(models.TextChoices):
        NONE = "none", _("No schooling")
        PRIMARY = "primary", _("Primary (class 5)")
        MIDDLE = "middle", _("Middle (class 8)")
        MATRIC = "matric", _("Matric (class 10)")
        INTERMEDIATE = "intermediate", _("Intermediate (class 12)")
        DIPLOMA = "diploma", _("Technical diploma (DAE)")
        BACHELOR = "bachelor", _("Bachelor's degree")
        MASTER = "master", _("Master's degree or higher")

    class Channel(models.TextChoices):
        KIOSK = "kiosk", _("Kiosk")
        DESK = "desk", _("Desk")
        DISTRICT_OFFICE = "district_office", _("District office")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        VERIFIED = "verified", _("Verified")
        INACTIVE = "inactive", _("Inactive")

    class HeardAbout(models.TextChoices):
        FRIENDS = "friends", _("Family or friends")
        RADIO_TV = "radio_tv", _("Radio or television")
        SOCIAL_MEDIA = "social_media", _("Social media")
        NEWSPAPER = "newspaper", _("Newspaper")
        GOVERNMENT_OFFICE = "government_office", _("A government office")
        TRAINING_INSTITUTE = "training_institute", _("A training institute (TEVTA)")
        OTHER = "other", _("Other")

    # Who registered where
    registration_number = models.CharField(_("registration number"), max_length=20, unique=True)
    centre = models.ForeignKey(
        "centres.Centre",
        on_delete=models.PROTECT,
        related_name="candidates",
        verbose_name=_("registering centre"),
    )
    registration_year = models.PositiveSmallIntegerField(_("registration year"))
    registration_sequence = models.PositiveIntegerField(_("number in the year"))
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )

    # Identity
    full_name = models.CharField(_("full name"), max_length=150)
    relation_name = models.CharField(_("father's or husband's name"), max_length=150)
    sex = models.CharField(_("sex"), max_length=12, choices=Sex.choices)
    date_of_birth = models.DateField(_("date of birth"))
    cnic_encrypted = models.TextField(editable=False)
    cnic_hash = models.CharField(max_length=64, unique=True, editable=False)
    cnic_masked = models.CharField(_("CNIC"), max_length=15, editable=False)
    passport_encrypted = models.TextField(blank=True, editable=False)
    passport_hash = models.CharField(max_length=64, blank=True, editable=False)
    passport_masked = models.CharField(_("passport number"), max_length=20, blank=True)
    passport_expiry = models.DateField(_("passport expiry"), null=True, blank=True)

    # Contact
    phone = PhoneNumberField(_("mobile phone"), db_index=True)
    email = models.EmailField(_("email"), blank=True)
    home_district = models.ForeignKey(
        "centres.District",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("home district"),
    )
    address = models.TextField(_("address"))

    # Education, work, wishes
    education = models.CharField(_("highest education"), max_length=20, choices=Education.choices)
    destination_countries = CountryField(_("preferred destination countries"), multiple=True)
    available_from = models.DateField(_("available from"))
    heard_about = models.CharField(
        _("how they heard of the centre"), max_length=20, choices=HeardAbout.choices
    )

    # The language the person reads: messages to them are written in it. Asked at the
    # desk (never assumed English); at the kiosk, the language of the screens they used.
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, db_default="ur"
    )

    # Consent: nothing is stored without it.
    consent_text = models.ForeignKey(
        ConsentText, on_delete=models.PROTECT, related_name="+", verbose_name=_("consent text")
    )
    consented_at = models.DateTimeField(_("consented at"))
    # Text messages are a purpose of their own, asked apart from the consent to be
    # registered and never a condition of it: a phone is often shared, so nothing is
    # sent unless the person said yes. Empty: no messages (said no, or withdrew).
    messages_agreed_at = models.DateTimeField(
        _("agreed to text messages at"), null=True, blank=True
    )

    # Desk work
    documents_seen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("documents seen by"),
    )
    documents_seen_at = models.DateTimeField(_("documents seen at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)

    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("registered by"),
        help_text=_("The staff member, or the kiosk device."),
    )
    # One per kiosk or desk form: a double tap or a refresh submits it twice, the
    # unique constraint turns the second into a look-up of the first.
    submission_key = models.UUIDField(unique=True, editable=False)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    # Erasure keeps the row, stripped of everything that identifies the person, so the
    # centre's reports still count them (apps/privacy).
    anonymised_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)
    # A second record of a person already registered is merged into the first
    # (merging.py): its rows move there and it stays as a tombstone, stripped of its
    # identifiers, pointing at the record that holds everything now (always a live one:
    # a later merge of that record moves the pointer on).
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="merged_records",
        verbose_name=_("merged into"),
    )
    merged_at = models.DateTimeField(_("merged at"), null=True, blank=True, editable=False)

    objects = CandidateQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        permissions = [
            ("view_full_identifiers", _("Can see full CNIC and passport numbers")),
            ("verify_candidate", _("Can mark documents seen and verify a record")),
            ("export_personal_data", _("Can export everything held about a person")),
            ("anonymise_candidate", _("Can erase a person's data by anonymisation")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["centre", "registration_year", "registration_sequence"],
                name="candidate_unique_sequence_per_centre_year",
            ),
            models.UniqueConstraint(
                fields=["passport_hash"],
                condition=~Q(passport_hash=""),
                name="candidate_unique_passport",
                violation_error_message=_("A person with this passport number is registered."),
            ),
            models.CheckConstraint(
                condition=Q(date_of_birth__gt=datetime.date(1900, 1, 1)),
                name="candidate_plausible_birth_date",
            ),
            models.CheckConstraint(
                condition=Q(status="new")
                | Q(status="inactive")
                | Q(verified_by__isnull=False, verified_at__isnull=False),
                name="candidate_verified_has_who_and_when",
            ),
            models.CheckConstraint(
                condition=Q(verified_at__isnull=True) | Q(documents_seen_at__isnull=False),
                name="candidate_verified_after_documents_seen",
            ),
            models.CheckConstraint(
                condition=Q(passport_expiry__isnull=True) | ~Q(passport_hash=""),
                name="candidate_passport_expiry_needs_number",
            ),
            models.CheckConstraint(
                condition=Q(preferred_language__in=[code for code, _name in settings.LANGUAGES]),
                name="candidate_preferred_language_known",
            ),
            # A tombstone says into which record and when, takes no service, and is
            # never its own survivor.
            models.CheckConstraint(
                condition=Q(merged_into__isnull=True, merged_at__isnull=True)
                | Q(merged_into__isnull=False, merged_at__isnull=False, status="inactive")
                & ~Q(merged_into=F("pk")),
                name="candidate_merged_says_into_what_and_when",
            ),
        ]
        # The name search has indexes of its own, on a copy of the names split by
        # centre (NameSearchEntry, migration 0005).
        indexes = [
            models.Index(fields=["centre", "-created_at"], name="candidate_centre_recent"),
            # The probable duplicates' look-up (duplicates.py): the live records by home
            # district, day of birth and the name's sound key (migration 0013).
            models.Index(
                F("home_district"),
                F("date_of_birth"),
                Func(F("full_name"), function="portal_name_key", output_field=models.TextField()),
                condition=Q(anonymised_at__isnull=True, merged_into__isnull=True),
                name="candidate_live_namesakes",
            ),
        ]

    def __str__(self):
        return f"{self.registration_number} {self.full_name}"

    # Shown for every row of a search: Django's own get_FOO_display() translates every
    # label of the field on each call (apps/core/choices.py).
    def get_sex_display(self):
        return label_of(self.Sex, self.sex)

    def get_status_display(self):
        return label_of(self.Status, self.status)

    def get_channel_display(self):
        return label_of(self.Channel, self.channel)

    @property
    def is_erased(self) -> bool:
        """The personal data was erased: the record is kept for the counts only and
        takes no new service (booking, enrolment, case entries, matching, changes)."""
        return self.anonymised_at is not None

    @property
    def is_merged(self) -> bool:
        """This record was merged into another (`merged_into`): a tombstone."""
        return self.merged_into_id is not None

    @property
    def agrees_to_messages(self) -> bool:
        return self.messages_agreed_at is not None

    def set_agrees_to_messages(self, agrees: bool) -> None:
        """Record the answer, keeping the moment of a yes already given."""
        if not agrees:
            self.messages_agreed_at = None
        elif self.messages_agreed_at is None:
            self.messages_agreed_at = timezone.now()

    # --- Protected identifiers -------------------------------------------------

    def set_cnic(self, typed: str):
        digits = identifiers.normalise_cnic(typed)
        self.cnic_encrypted = identifiers.encrypt(digits)
        self.cnic_hash = identifiers.identifier_hash("cnic", digits)
        self.cnic_masked = identifiers.mask_cnic(digits)

    def set_passport(self, typed: str):
        number = identifiers.normalise_passport(typed)
        if not number:
            self.passport_encrypted = self.passport_hash = self.passport_masked = ""
            return
        self.passport_encrypted = identifiers.encrypt(number)
        self.passport_hash = identifiers.identifier_hash("passport", number)
        self.passport_masked = identifiers.mask_passport(number)

    def full_cnic(self) -> str:
        """The whole number, formatted. Callers record the disclosure (services.py)."""
        return identifiers.format_cnic(identifiers.decrypt(self.cnic_encrypted))

    def full_passport(self) -> str:
        return identifiers.decrypt(self.passport_encrypted) if self.passport_encrypted else ""

    @property
    def age(self) -> int:
        return age_on(self.date_of_birth, timezone.localdate())


class CentreLink(models.Model):
    """A centre, other than the person's home centre, that serves them as its own.

    Made at the desk with the person present and agreeing to the consent text shown in
    their language (or, for the centre a person moved away from, by the move itself).
    Looking a person up across centres finds them only by an exact number; this link is
    what then lets the centre see and serve the record."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="centre_links")
    centre = models.ForeignKey(
        "centres.Centre", on_delete=models.PROTECT, related_name="+", verbose_name=_("centre")
    )
    consent_text = models.ForeignKey(
        ConsentText, on_delete=models.PROTECT, related_name="+", verbose_name=_("consent text")
    )
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("linked by"),
    )
    linked_at = models.DateTimeField(_("linked at"), default=timezone.now)

    class Meta:
        verbose_name = _("link to a centre")
        verbose_name_plural = _("links to centres")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "centre"],
                name="centre_link_once_per_centre",
                violation_error_message=_("This person is already linked to this centre."),
            ),
        ]
        indexes = [models.Index(fields=["centre", "candidate"], name="centre_link_by_centre")]

    def __str__(self):
        return f"{self.candidate_id} @ {self.centre_id}"


class NameSearchEntryQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The names of the people `user` may see (Candidate.objects.visible_to). A
        linked person's name is looked for in their home centre's partition only."""
        scoped = scoped_to_centre(self, user)
        linked = linked_people(user)
        if not linked:
            return scoped
        return self.filter(
            Q(centre_id=user.centre_id)
            | Q(centre_id__in=set(linked.values()), candidate_id__in=list(linked))
        )


class NameSearchEntry(models.Model):
    """A person's name again, in a table split by centre (hash partitions, a trigram
    index each) that a database trigger keeps equal to the people's table: a centre's
    name search reads only its own partition's index (migration candidates/0005).
    Never written by the portal."""

    candidate = models.OneToOneField(
        Candidate,
        on_delete=models.DO_NOTHING,  # the trigger removes the row with the person
        db_constraint=False,
        primary_key=True,
        related_name="+",
    )
    centre_id = models.BigIntegerField()
    full_name = models.CharField(max_length=150)
    # Computed by PostgreSQL from the name (migration candidates/0008).
    folded_name = models.TextField(editable=False)
    name_key = models.TextField(editable=False)
    name_keys = ArrayField(models.TextField(), editable=False)  # name_key's words

    objects = NameSearchEntryQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "candidates_name_search"

    def __str__(self):
        return self.full_name


def age_on(born: datetime.date, day: datetime.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class CandidateLanguage(models.Model):
    class Language(models.TextChoices):
        URDU = "ur", _("Urdu")
        ENGLISH = "en", _("English")
        PUNJABI = "pa", _("Punjabi")
        SARAIKI = "skr", _("Saraiki")
        PASHTO = "ps", _("Pashto")
        SINDHI = "sd", _("Sindhi")
        ARABIC = "ar", _("Arabic")
        KOREAN = "ko", _("Korean")
        MALAY = "ms", _("Malay")
        OTHER = "other", _("Other")

    class Level(models.TextChoices):
        BASIC = "basic", _("A little")
        GOOD = "good", _("Good")
        FLUENT = "fluent", _("Fluent")

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    level = models.CharField(_("level"), max_length=6, choices=Level.choices)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "language"],
                name="candidate_language_once",
                violation_error_message=_("Each language once, please."),
            ),
        ]

    def __str__(self):
        return f"{self.get_language_display()} ({self.get_level_display()})"


class CandidateOccupation(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="occupations")
    occupation = models.ForeignKey(
        "occupations.Occupation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("occupation"),
        limit_choices_to={"level": "unit"},
    )
    years = models.PositiveSmallIntegerField(_("years of experience"))

    class Meta:
        verbose_name = _("occupation")
        verbose_name_plural = _("occupations")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "occupation"],
                name="candidate_occupation_once",
                violation_error_message=_("Each occupation once, please."),
            ),
            models.CheckConstraint(
                condition=Q(years__lte=60),
                name="candidate_occupation_years_sane",
                violation_error_message=_("Years of experience cannot be more than 60."),
            ),
        ]

    def __str__(self):
        return f"{self.occupation} ({self.years})"


class SkillCertificate(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="certificates")
    issuing_body = models.CharField(_("issuing body"), max_length=150)
    trade = models.CharField(_("trade"), max_length=150)
    level = models.CharField(_("level"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("skill certificate")
        verbose_name_plural = _("skill certificates")

    def __str__(self):
        return f"{self.trade} ({self.issuing_body})"


class WorkAbroad(models.Model):
    """Earlier employment abroad, for returnees."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="work_abroad")
    country = CountryField(_("country"))
    years = models.PositiveSmallIntegerField(_("years"))
    occupation = models.ForeignKey(
        "occupations.Occupation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("occupation"),
        limit_choices_to={"level": "unit"},
    )

    class Meta:
        verbose_name = _("work abroad")
        verbose_name_plural = _("work abroad")
        constraints = [
            models.CheckConstraint(
                condition=Q(years__lte=50),
                name="work_abroad_years_sane",
                violation_error_message=_("Years abroad cannot be more than 50."),
            ),
        ]

    def __str__(self):
        return f"{self.country.name}, {self.years}"


class RegistrationAttempt(models.Model):
    """A registration refused because the person is already registered (kiosk or desk).

    Staff see it on the existing record; the person at the kiosk learns nothing of it.
    """

    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, related_name="repeat_attempts"
    )
    centre = models.ForeignKey("centres.Centre", on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(max_length=20, choices=Candidate.Channel.choices)
    attempted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-attempted_at"]
        verbose_name = _("repeat registration attempt")
        verbose_name_plural = _("repeat registration attempts")

    def __str__(self):
        return f"{self.candidate_id} @ {self.attempted_at:%Y-%m-%d %H:%M}"


class IdentifierDisclosure(models.Model):
    """A staff member was shown a full CNIC or passport number: who, whose, when."""

    class Field(models.TextChoices):
        CNIC = "cnic", _("CNIC")
        PASSPORT = "passport", _("Passport number")

    viewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="+")
    field = models.CharField(max_length=10, choices=Field.choices)
    disclosed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-disclosed_at"]
        verbose_name = _("identifier disclosure")
        verbose_name_plural = _("identifier disclosures")

    def __str__(self):
        return f"{self.viewer_id} saw {self.field} of {self.candidate_id}"


class CandidateMerge(models.Model):
    """Two records found to be one person, made one: what was kept, what was merged
    away, by whom, when and why, and how many rows of each kind moved or were dropped
    as a twin of the kept record's own (counts only, never a personal value). Written
    once by merging.merge_candidates; it is what explains a merge later."""

    kept = models.ForeignKey(
        Candidate,
        on_delete=models.PROTECT,
        related_name="merges_received",
        verbose_name=_("record kept"),
    )
    # One to one: a record is merged away once, whatever two desks try at the same time.
    merged = models.OneToOneField(
        Candidate,
        on_delete=models.PROTECT,
        related_name="merge_away",
        verbose_name=_("record merged away"),
    )
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("merged by"),
    )
    merged_at = models.DateTimeField(_("merged at"), default=timezone.now)
    reason = models.TextField(_("reason"))
    # "app_label.model" -> how many of the merged record's rows now point at the kept one.
    moved = models.JSONField(default=dict, editable=False)
    # "app_label.model" -> how many of them were let go for a twin of the kept record's.
    dropped = models.JSONField(default=dict, editable=False)
    # What the kept record took from the merged one (field names; MergeCarried).
    carried_over = models.JSONField(default=list, editable=False)

    class Meta:
        ordering = ["-merged_at"]
        verbose_name = _("merge of records")
        verbose_name_plural = _("merges of records")
        permissions = [
            ("view_probable_duplicates", _("Can see probable duplicate records")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kept=F("merged")), name="candidate_merge_of_two_records"
            ),
        ]

    def __str__(self):
        return f"{self.merged_id} -> {self.kept_id}"
