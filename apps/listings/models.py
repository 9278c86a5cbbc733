"""Foreign-employment openings, the recruiters behind them, and the people who apply.

Only openings placed by a licensed Overseas Employment Promoter (licensed by the Bureau
of Emigration & Overseas Employment) or by a public employment body ever reach the
public. Whether an opening is public is decided when it is read (JobListingQuerySet.
open_to_public): a lapsed deadline or a suspended licence hides it at once, with no
scheduled job to forget.
"""

import datetime
import re
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import (
    Case,
    DecimalField,
    ExpressionWrapper,
    F,
    Func,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Lower, Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from phonenumber_field.modelfields import PhoneNumberField
from simple_history.models import HistoricalRecords

from apps.candidates.models import MINIMUM_AGE, Candidate, CandidateLanguage
from apps.centres.models import in_reading_order
from apps.centres.scoping import scoped_to_centre, scoped_to_district
from apps.core.typed_text import (
    ARABIC_KEYBOARD_LETTERS,
    ARABIC_MARKS,
    URDU_LETTERS,
    folded,
    typed_digits,
)

from .agency_record import publish_refusals

MAXIMUM_AGE = 65

# Isolates a left-to-right run (a licence number, a date) inside an option's text, which
# cannot hold a <span dir="ltr">: without it an Urdu page reorders "3456/LHR".
LTR_ISOLATE = "\u2066{}\u2069"


def _closeness_to(typed: str, *columns: str):
    """0 where a column starts with what was typed, 1 where a word in it does, else 2."""
    phrase = " ".join(typed.split())
    starts = Q()
    word_starts = Q()
    for column in columns:
        starts |= Q(**{f"{column}__istartswith": phrase})
        word_starts |= Q(**{f"{column}__icontains": f" {phrase}"})
    return Case(When(starts, then=0), When(word_starts, then=1), default=2)


class AgencyQuerySet(models.QuerySet):
    def licensed_on(self, day: datetime.date):
        """Agencies allowed to recruit on `day`: active, and a public body or a licence
        that has not expired."""
        return self.filter(
            Q(status=RecruitmentAgency.Status.ACTIVE)
            & (Q(kind=RecruitmentAgency.Kind.PUBLIC_BODY) | Q(licence_valid_until__gte=day))
        )

    def matching(self, typed: str):
        """Agencies with every typed word (or a part of it) in the name or licence
        number; best first: the name or number starting so, then a word of the name.
        Nothing for nothing typed."""
        words = typed.split()
        if not words:
            return self.none()
        found = self
        for word in words:
            found = found.filter(Q(name__icontains=word) | Q(licence_number__icontains=word))
        return found.alias(closeness=_closeness_to(typed, "name", "licence_number")).order_by(
            "closeness", "name"
        )

    def for_licence_check(self, typed: str):
        """What the public licence check answers to what was typed: the agency whose
        licence number it is (letters and digits compared, in any case and script of
        digits: "3456 lhr" is 3456/LHR), then those with every typed word in their name
        (folded, so an Urdu name typed on an Arabic keyboard is found), best first.
        Nothing for nothing typed; a licence number is never matched by a part of it."""
        words = re.findall(r"\w+", folded(typed))
        if not words:
            return self.none()
        # The SQL twin of folded(), as the words typed were folded.
        folded_name = Func(
            Lower(
                Func(
                    F("name"), Value(ARABIC_MARKS), Value(""), Value("g"), function="regexp_replace"
                )
            ),
            Value(ARABIC_KEYBOARD_LETTERS),
            Value(URDU_LETTERS),
            function="translate",
            output_field=models.TextField(),
        )
        licence_key = Upper(
            Func(
                F("licence_number"),
                Value("[^0-9A-Za-z]+"),
                Value(""),
                Value("g"),
                function="regexp_replace",
                output_field=models.TextField(),
            )
        )
        is_the_licence = Q(licence_key=re.sub("[^0-9A-Za-z]+", "", typed_digits(typed)).upper())
        has_every_word = Q()
        for word in words:
            has_every_word &= Q(folded_name__contains=word)
        return (
            self.alias(folded_name=folded_name, licence_key=licence_key)
            .filter(is_the_licence | has_every_word)
            .alias(
                closeness=Case(
                    When(is_the_licence, then=0),
                    When(folded_name__startswith=words[0], then=1),
                    When(
                        Q(folded_name__contains=f" {words[0]}")
                        | Q(folded_name__contains=f"-{words[0]}"),
                        then=2,
                    ),
                    default=3,
                )
            )
            .order_by("closeness", "name")
        )


class LicenceState(models.TextChoices):
    """What the public licence check answers of an agency (RecruitmentAgency.
    licence_state): its status, with an expiry date past read as expired."""

    VALID = "valid", _("Licensed")
    SUSPENDED = "suspended", _("Licence suspended")
    CANCELLED = "cancelled", _("Licence cancelled")
    EXPIRED = "expired", _("Licence expired")


class RecruitmentAgency(models.Model):
    class Kind(models.TextChoices):
        PROMOTER = "promoter", _("Licensed Overseas Employment Promoter")
        PUBLIC_BODY = "public", _("Public employment body")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        SUSPENDED = "suspended", _("Suspended")
        CANCELLED = "cancelled", _("Cancelled")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.PROMOTER)
    licence_number = models.CharField(
        _("licence number"),
        max_length=40,
        unique=True,
        help_text=_("As printed on the Bureau of Emigration licence, e.g. 3456/LHR."),
    )
    licence_valid_until = models.DateField(
        _("licence valid until"),
        null=True,
        blank=True,
        help_text=_("Leave empty only for a public employment body."),
    )
    status = models.CharField(
        _("licence status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    office_address = models.TextField(_("office address"))
    phone = PhoneNumberField(_("phone"))

    objects = AgencyQuerySet.as_manager()
    # Who suspended or renewed a licence, and when.
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("recruitment agency")
        verbose_name_plural = _("recruitment agencies")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="public") | Q(licence_valid_until__isnull=False),
                name="agency_promoter_licence_has_expiry",
                violation_error_message=_("A promoter's licence has an expiry date."),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.licence_number})"

    @property
    def choice_label(self) -> str:
        """How the agency is offered in a form: name, licence number and, unless
        active, the licence's state (complaints are often about a suspended one)."""
        label = f"{self.name} · {LTR_ISOLATE.format(self.licence_number)}"
        if self.status != self.Status.ACTIVE:
            label += f" ({self.get_status_display()})"
        return label

    def may_recruit_on(self, day: datetime.date) -> bool:
        if self.status != self.Status.ACTIVE:
            return False
        return self.kind == self.Kind.PUBLIC_BODY or self.licence_valid_until >= day

    def licence_state(self, day: datetime.date | None = None) -> "LicenceState":
        """The licence as the public check says it on `day`: a suspension or
        cancellation first, then an expiry date past (whatever the status says)."""
        day = day or timezone.localdate()
        if self.status == self.Status.SUSPENDED:
            return LicenceState.SUSPENDED
        if self.status == self.Status.CANCELLED:
            return LicenceState.CANCELLED
        if self.kind == self.Kind.PROMOTER and self.licence_valid_until < day:
            return LicenceState.EXPIRED
        return LicenceState.VALID

    def licence_problem(self, day: datetime.date | None = None) -> str:
        """Why this agency may not recruit on `day`, in words; empty if it may."""
        day = day or timezone.localdate()
        if self.status == self.Status.SUSPENDED:
            return str(_("The agency's licence is suspended."))
        if self.status == self.Status.CANCELLED:
            return str(_("The agency's licence is cancelled."))
        if self.kind == self.Kind.PROMOTER and self.licence_valid_until < day:
            return str(_("The agency's licence expired on %(date)s.")) % {
                "date": self.licence_valid_until.isoformat()
            }
        return ""


class EmployerQuerySet(models.QuerySet):
    def matching(self, typed: str):
        """Employers with every typed word (or a part of it) in the name; best first:
        the name starting so, then a word of it. Nothing for nothing typed."""
        words = typed.split()
        if not words:
            return self.none()
        found = self
        for word in words:
            found = found.filter(name__icontains=word)
        return found.alias(closeness=_closeness_to(typed, "name")).order_by("closeness", "name")


class Employer(models.Model):
    class Sector(models.TextChoices):
        CONSTRUCTION = "construction", _("Construction")
        MANUFACTURING = "manufacturing", _("Manufacturing")
        HOSPITALITY = "hospitality", _("Hotels and restaurants")
        HEALTH = "health", _("Health and care")
        TRANSPORT = "transport", _("Transport and logistics")
        AGRICULTURE = "agriculture", _("Agriculture and fisheries")
        OIL_GAS = "oil_gas", _("Oil, gas and energy")
        RETAIL = "retail", _("Retail and services")
        SECURITY = "security", _("Security")
        DOMESTIC = "domestic", _("Domestic work")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    country = CountryField(_("country"))
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)

    objects = EmployerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("employer")
        verbose_name_plural = _("employers")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "country"],
                name="employer_unique_name_in_country",
                violation_error_message=_("This employer is already recorded for that country."),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.country.name})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The employer's name and country are words a listing is found by.
        for listing in self.listings.select_related("occupation", "destination_city"):
            listing.employer = self
            listing.save(update_fields=["search_document"])


class DestinationCityQuerySet(models.QuerySet):
    def in_reading_order(self):
        """By name in the alphabet of the page's language, then country."""
        return self.order_by(in_reading_order("name"), "country")

    def named(self, country: str, name: str):
        """The city of `country` called `name`, whatever its case or spacing."""
        return self.filter(country=country, name_en__iexact=" ".join(name.split()))

    def add_reference_cities(self, entries) -> int:
        """Add each (country, English name, Urdu name) missing; give a city without an
        Urdu name this one. A name corrected in the back office is never overwritten.
        Returns how many cities were added."""
        added = 0
        for country, name_en, name_ur in entries:
            city = self.named(country, name_en).first()
            if city is None:
                self.create(country=country, name=name_en, name_en=name_en, name_ur=name_ur)
                added += 1
            elif not city.name_ur and name_ur:
                city.name_ur = name_ur
                city.save(update_fields=["name_ur"])
        return added


class DestinationCity(models.Model):
    """A city people go to work in, named in English and Urdu (translation.py).

    A listing's city is chosen from this table, never typed, so that an Urdu page
    names it in Urdu and one city is one row however its name is spelt."""

    country = CountryField(_("country"))
    name = models.CharField(_("name"), max_length=100)

    objects = DestinationCityQuerySet.as_manager()

    class Meta:
        ordering = ["country", "name_en"]
        verbose_name = _("destination city")
        verbose_name_plural = _("destination cities")
        constraints = [
            models.UniqueConstraint(
                F("country"),
                Lower("name_en"),
                name="destination_city_unique_name_in_country",
                violation_error_message=_("This country already has a city of that name."),
            ),
        ]
        # Migration listings/0009 adds UNIQUE (id, country), which the listings' foreign
        # key (destination_city_id, destination_country) refers to.

    def __str__(self):
        return f"{self.name}, {self.country.name}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The city's names, in both languages, are words its listings are found by.
        listings = list(self.listings.select_related("occupation", "employer"))
        for listing in listings:
            listing.destination_city = self
            listing.search_document = listing.build_search_document()
        JobListing.objects.bulk_update(listings, ["search_document"], batch_size=500)

    def clean(self):
        super().clean()
        # Stray spaces would make a second row of one city.
        self.name_en = " ".join((self.name_en or "").split())
        self.name_ur = " ".join((self.name_ur or "").split())
        if self.pk is not None and self.country:
            before = DestinationCity.objects.filter(pk=self.pk).values_list("country", flat=True)
            if before and before[0] != self.country.code and self.listings.exists():
                raise ValidationError(
                    {"country": _("Listings go to this city, so its country cannot change.")}
                )


class CurrencyRate(models.Model):
    """An approximate value of one unit of a currency in Pakistani rupees, so that pay in
    riyals, ringgit or won can be compared and filtered by one number."""

    currency = models.CharField(_("currency"), max_length=3, unique=True)
    rupees = models.DecimalField(_("rupees per unit"), max_digits=12, decimal_places=4)
    as_of = models.DateField(_("rate as of"))

    class Meta:
        ordering = ["currency"]
        verbose_name = _("currency rate")
        verbose_name_plural = _("currency rates")
        constraints = [
            models.CheckConstraint(
                condition=Q(currency__regex=r"^[A-Z]{3}$"), name="currency_rate_iso_code"
            ),
            models.CheckConstraint(condition=Q(rupees__gt=0), name="currency_rate_positive"),
        ]

    def __str__(self):
        return f"{self.currency} = {self.rupees} PKR"


# Currencies of the usual destinations (ISO 4217), in the order offered.
CURRENCIES = [
    ("SAR", _("Saudi riyal (SAR)")),
    ("AED", _("UAE dirham (AED)")),
    ("QAR", _("Qatari riyal (QAR)")),
    ("OMR", _("Omani rial (OMR)")),
    ("KWD", _("Kuwaiti dinar (KWD)")),
    ("BHD", _("Bahraini dinar (BHD)")),
    ("MYR", _("Malaysian ringgit (MYR)")),
    ("KRW", _("Korean won (KRW)")),
    ("JPY", _("Japanese yen (JPY)")),
    ("EUR", _("Euro (EUR)")),
    ("RON", _("Romanian leu (RON)")),
    ("GBP", _("Pound sterling (GBP)")),
    ("USD", _("US dollar (USD)")),
    ("PKR", _("Pakistani rupee (PKR)")),
]

EDUCATION_ORDER = {value: rank for rank, value in enumerate(Candidate.Education.values)}
LANGUAGE_LEVEL_ORDER = {value: rank for rank, value in enumerate(CandidateLanguage.Level.values)}


class JobListingQuerySet(models.QuerySet):
    def open_to_public(self, day: datetime.date | None = None):
        """Published, deadline not passed, and the agency may recruit today."""
        day = day or timezone.localdate()
        return self.filter(
            status=JobListing.Status.PUBLISHED,
            application_deadline__gte=day,
            agency__in=RecruitmentAgency.objects.licensed_on(day),
        )

    def managed_by(self, user):
        """The listings a labour officer manages: their district's; all for a superuser."""
        return scoped_to_district(self, user)

    def with_monthly_rupees(self):
        """Annotate `monthly_rupees_min` / `monthly_rupees_max`: the pay turned into rupees
        a month at the recorded rate (None where no rate is recorded)."""
        rate = Subquery(
            CurrencyRate.objects.filter(currency=OuterRef("salary_currency")).values("rupees")[:1]
        )
        # Months have 52/12 weeks; a day's pay counts 26 working days a month.
        per_month = Case(
            When(salary_period=JobListing.Period.HOUR, then=F("weekly_hours") * Decimal(52) / 12),
            When(salary_period=JobListing.Period.DAY, then=Decimal(26)),
            When(salary_period=JobListing.Period.WEEK, then=Decimal(52) / 12),
            When(salary_period=JobListing.Period.YEAR, then=Decimal(1) / 12),
            default=Decimal(1),
            output_field=DecimalField(max_digits=14, decimal_places=6),
        )
        money = DecimalField(max_digits=16, decimal_places=2)
        return self.annotate(
            monthly_rupees_min=ExpressionWrapper(F("salary_min") * per_month * rate, money),
            monthly_rupees_max=ExpressionWrapper(F("salary_max") * per_month * rate, money),
        )


class JobListing(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CLOSED = "closed", _("Closed")

    class Period(models.TextChoices):
        HOUR = "hour", _("an hour")
        DAY = "day", _("a day")
        WEEK = "week", _("a week")
        MONTH = "month", _("a month")
        YEAR = "year", _("a year")

    BENEFITS = (
        ("accommodation", _("Accommodation")),
        ("food", _("Food")),
        ("transport", _("Transport to work")),
        ("medical_insurance", _("Medical insurance")),
        ("return_air_ticket", _("Return air ticket")),
    )

    # What and where
    title = models.CharField(_("job title"), max_length=150)
    occupation = models.ForeignKey(
        "occupations.Occupation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("occupation (ISCO-08)"),
        limit_choices_to={"level": "unit"},
    )
    description = models.TextField(_("description"), blank=True)
    employer = models.ForeignKey(
        Employer, on_delete=models.PROTECT, related_name="listings", verbose_name=_("employer")
    )
    agency = models.ForeignKey(
        RecruitmentAgency,
        on_delete=models.PROTECT,
        related_name="listings",
        verbose_name=_("recruiting agency"),
    )
    destination_country = CountryField(_("destination country"))
    # The database refuses a city of another country (migration listings/0009: a
    # foreign key on the city and the country together); clean() says so in words first.
    destination_city = models.ForeignKey(
        DestinationCity,
        on_delete=models.PROTECT,
        related_name="listings",
        verbose_name=_("destination city"),
        help_text=_("A city of the destination country."),
    )
    vacancies = models.PositiveIntegerField(_("vacancies"))

    # Terms
    salary_min = models.DecimalField(_("salary from"), max_digits=12, decimal_places=2)
    salary_max = models.DecimalField(_("salary up to"), max_digits=12, decimal_places=2)
    salary_currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES)
    salary_period = models.CharField(
        _("paid per"), max_length=5, choices=Period.choices, default=Period.MONTH
    )
    contract_months = models.PositiveSmallIntegerField(_("contract length (months)"))
    weekly_hours = models.PositiveSmallIntegerField(_("working hours a week"))
    accommodation = models.BooleanField(_("accommodation"), default=False)
    food = models.BooleanField(_("food"), default=False)
    transport = models.BooleanField(_("transport to work"), default=False)
    medical_insurance = models.BooleanField(_("medical insurance"), default=False)
    return_air_ticket = models.BooleanField(_("return air ticket"), default=False)
    max_service_charge = models.DecimalField(
        _("most the agency may charge (PKR)"),
        max_digits=10,
        decimal_places=0,
        help_text=_(
            "The service charge approved in the Protector of Emigrants' permission for this "
            "job order. Shown to the public as the legal limit."
        ),
    )

    # Requirements
    min_experience_years = models.PositiveSmallIntegerField(
        _("minimum experience (years)"), default=0
    )
    education = models.CharField(
        _("minimum education"),
        max_length=20,
        choices=Candidate.Education.choices,
        blank=True,
        help_text=_("Leave empty if any education will do."),
    )
    age_min = models.PositiveSmallIntegerField(_("youngest age"), null=True, blank=True)
    age_max = models.PositiveSmallIntegerField(_("oldest age"), null=True, blank=True)
    sex = models.CharField(
        _("only for"),
        max_length=12,
        choices=Candidate.Sex.choices,
        blank=True,
        help_text=_("Only if the job order itself says so; otherwise leave empty."),
    )

    # Administration
    application_deadline = models.DateField(_("apply by"))
    district = models.ForeignKey(
        "centres.District",
        on_delete=models.PROTECT,
        related_name="job_listings",
        verbose_name=_("managing district"),
    )
    job_order_reference = models.CharField(
        _("job order or permission reference"),
        max_length=60,
        help_text=_("The Protector of Emigrants' permission or the job order number."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
        editable=False,
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("last changed by"),
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    # Words to search, in both languages: title, occupation, employer, country, city.
    # Kept up to date by refresh_search_document(); the vector is computed by Postgres.
    search_document = models.TextField(editable=False, default="")
    search_vector = models.GeneratedField(
        expression=SearchVector("search_document", config="english")
        + SearchVector("search_document", config="simple"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = JobListingQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("job listing")
        verbose_name_plural = _("job listings")
        permissions = [
            ("publish_joblisting", _("Can publish and close job listings")),
            ("match_candidates", _("Can match candidates with listings and shortlist them")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(salary_min__gt=0) & Q(salary_min__lte=F("salary_max")),
                name="listing_salary_range",
                violation_error_message=_(
                    "The salary must be more than zero, and 'from' cannot be more than 'up to'."
                ),
            ),
            models.CheckConstraint(
                condition=Q(vacancies__gt=0),
                name="listing_has_vacancies",
                violation_error_message=_("There must be at least one vacancy."),
            ),
            models.CheckConstraint(
                condition=(Q(age_min__isnull=True) | Q(age_min__gte=MINIMUM_AGE))
                & (Q(age_max__isnull=True) | Q(age_max__lte=MAXIMUM_AGE))
                & (
                    Q(age_min__isnull=True) | Q(age_max__isnull=True) | Q(age_min__lte=F("age_max"))
                ),
                name="listing_age_range_sane",
                violation_error_message=_(
                    "The age range must lie between 18 and 65, youngest first."
                ),
            ),
            models.CheckConstraint(
                condition=Q(contract_months__gte=1) & Q(contract_months__lte=120),
                name="listing_contract_length_sane",
                violation_error_message=_("A contract lasts 1 to 120 months."),
            ),
            models.CheckConstraint(
                condition=Q(weekly_hours__gte=1) & Q(weekly_hours__lte=84),
                name="listing_weekly_hours_sane",
                violation_error_message=_("Working hours must be 1 to 84 a week."),
            ),
            models.CheckConstraint(
                condition=Q(min_experience_years__lte=40),
                name="listing_experience_sane",
                violation_error_message=_("Minimum experience cannot be more than 40 years."),
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="listing_published_has_date",
            ),
            # Many who look for work read Urdu better than English.
            models.CheckConstraint(
                condition=~Q(status="published") | Q(title_ur__gt=""),
                name="listing_published_has_urdu_title",
                violation_error_message=_("A listing needs its title in Urdu to be published."),
            ),
            models.CheckConstraint(
                condition=~Q(status="closed") | Q(closed_at__isnull=False),
                name="listing_closed_has_date",
            ),
        ]
        indexes = [
            # Published listings only, the only ones the public search asks for: closed
            # ones pile up year after year (three in four of the seeded national table)
            # and a common word's entries would be read for all of them.
            GinIndex(
                fields=["search_vector"],
                name="listing_search_published",
                condition=Q(status="published"),
            ),
            # Covering: the search's choices (which countries and districts have open
            # listings) read the index alone, not 14,000 wide rows of text.
            models.Index(
                fields=["status", "application_deadline"],
                include=["agency", "destination_country", "district"],
                name="listing_open_covering",
            ),
            models.Index(fields=["district", "status"], name="listing_district_status"),
        ]

    def __str__(self):
        return f"{self.title} — {self.destination_city.name}, {self.destination_country.name}"

    def save(self, *args, **kwargs):
        # Every write path (admin, services, seed) goes through here, so the search
        # words never lag behind the title, employer, city or country, and a status always
        # carries its date.
        self.search_document = self.build_search_document()
        now = timezone.now()
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = now
        if self.status == self.Status.CLOSED and self.closed_at is None:
            self.closed_at = now
        if self.status != self.Status.CLOSED:
            self.closed_at = None
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "search_document",
                "published_at",
                "closed_at",
            }
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("listings:detail", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        if self.occupation_id and self.occupation.level != "unit":
            raise ValidationError(
                {"occupation": _("Choose a four-digit unit group, not a wider group.")}
            )
        if self.status == self.Status.PUBLISHED and not (self.title_ur or "").strip():
            raise ValidationError(
                {"title_ur": _("A listing needs its title in Urdu to be published.")}
            )
        if self.destination_city_id and self.destination_country:
            city = self.destination_city
            if city.country != self.destination_country:
                raise ValidationError(
                    {
                        "destination_city": _(
                            "%(city)s is not in %(country)s. Choose a city of the "
                            "destination country."
                        )
                        % {"city": city.name, "country": self.destination_country.name}
                    }
                )
        if self.status == self.Status.PUBLISHED and self.agency_id and self.application_deadline:
            # Saving a listing already published is not publishing it anew: the rules
            # other apps add (an agency up for licence review) only stop new ones.
            already = (
                self.pk is not None
                and type(self).objects.filter(pk=self.pk, status=self.Status.PUBLISHED).exists()
            )
            problems = self.publish_problems(newly=not already)
            if problems:
                raise ValidationError(
                    [_("This listing cannot be published: %(why)s") % {"why": p} for p in problems]
                )

    @property
    def benefits(self) -> list[tuple[str, str, bool]]:
        """(field, label, included) for each benefit, in display order."""
        return [(field, label, getattr(self, field)) for field, label in self.BENEFITS]

    def is_open_on(self, day: datetime.date) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.application_deadline >= day
            and self.agency.may_recruit_on(day)
        )

    def publish_problems(
        self, day: datetime.date | None = None, *, newly: bool = True
    ) -> list[str]:
        """Why this listing may not be published on `day`, in words; empty if it may.
        `newly`: it is not published yet, so the rules other apps add apply too
        (agency_record.publish_refusals)."""
        day = day or timezone.localdate()
        problems = []
        licence = self.agency.licence_problem(day)
        if licence:
            problems.append(licence)
        if self.application_deadline < day:
            problems.append(str(_("The application deadline has passed.")))
        if not (self.title_ur or "").strip():
            problems.append(str(_("A listing needs its title in Urdu to be published.")))
        if newly:
            problems.extend(publish_refusals(self))
        return problems

    def build_search_document(self) -> str:
        return search_document_of(
            title_en=self.title_en,
            title_ur=self.title_ur,
            city_names=[self.destination_city.name_en, self.destination_city.name_ur or ""],
            employer_name=self.employer.name,
            occupation=self.occupation,
            country_names=country_names_in_both_languages(self.destination_country.code),
        )


def country_names_in_both_languages(code: str) -> list[str]:
    """A country's English and Urdu names: a listing is found by either."""
    from django.utils import translation

    names = []
    for language in ("en", "ur"):
        with translation.override(language):
            names.append(str(countries.name(code)))
    return names


def search_document_of(
    *, title_en, title_ur, city_names, employer_name, occupation, country_names
) -> str:
    """The words a listing is found by (its `search_document`), in both languages. The
    large seed builds the same words without saving each listing."""
    words = [title_en, title_ur, *city_names, employer_name]
    words += [occupation.title_en, occupation.title_ur or "", occupation.kiosk_label_en or ""]
    words += [occupation.kiosk_label_ur or "", occupation.code]
    # The everyday words ("steel fixer", "سریا") find the listings of their group.
    words += [occupation.search_words_en or "", occupation.search_words_ur or ""]
    words += country_names
    return " ".join(word for word in words if word)


class ListingLanguage(models.Model):
    """A language the job order asks for, and the least level that will do."""

    listing = models.ForeignKey(
        JobListing, on_delete=models.CASCADE, related_name="required_languages"
    )
    language = models.CharField(
        _("language"), max_length=5, choices=CandidateLanguage.Language.choices
    )
    level = models.CharField(_("at least"), max_length=6, choices=CandidateLanguage.Level.choices)

    class Meta:
        verbose_name = _("required language")
        verbose_name_plural = _("required languages")
        constraints = [
            models.UniqueConstraint(
                fields=["listing", "language"],
                name="listing_language_once",
                violation_error_message=_("Each language once, please."),
            ),
        ]

    def __str__(self):
        return f"{self.get_language_display()} ({self.get_level_display()})"


class ApplicationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Applications of the user's centre's candidates; all for a superuser."""
        return scoped_to_centre(self, user, centre_field="candidate__centre")


class Application(models.Model):
    """A candidate's interest in a listing and how far it went. One per pair."""

    class Status(models.TextChoices):
        INTERESTED = "interested", _("Interested")
        SHORTLISTED = "shortlisted", _("Shortlisted")
        REFERRED = "referred", _("Referred to the agency")
        SELECTED = "selected", _("Selected")
        DEPARTED = "departed", _("Departed")
        REJECTED = "rejected", _("Not selected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    # The only moves allowed: forward along the path, or out of it.
    NEXT_STATUSES = {
        Status.INTERESTED: (Status.SHORTLISTED, Status.REJECTED, Status.WITHDRAWN),
        Status.SHORTLISTED: (Status.REFERRED, Status.REJECTED, Status.WITHDRAWN),
        Status.REFERRED: (Status.SELECTED, Status.REJECTED, Status.WITHDRAWN),
        Status.SELECTED: (Status.DEPARTED, Status.WITHDRAWN),
        Status.DEPARTED: (),
        Status.REJECTED: (),
        Status.WITHDRAWN: (),
    }

    class Source(models.TextChoices):
        KIOSK = "kiosk", _("Kiosk")
        STAFF = "staff", _("Staff")

    candidate = models.ForeignKey(
        Candidate,
        on_delete=models.CASCADE,
        related_name="applications",
        verbose_name=_("candidate"),
    )
    listing = models.ForeignKey(
        JobListing,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("job listing"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.INTERESTED
    )
    source = models.CharField(_("started at"), max_length=5, choices=Source.choices)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "listing"],
                name="application_one_per_candidate_and_listing",
                violation_error_message=_("This person already has an application for the job."),
            ),
        ]

    def __str__(self):
        return f"{self.candidate_id} → {self.listing_id}: {self.status}"

    @property
    def next_statuses(self) -> tuple[str, ...]:
        return self.NEXT_STATUSES[self.Status(self.status)]


class ApplicationStatusChange(models.Model):
    """One step of an application: from what to what, by whom, when."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(max_length=12, choices=Application.Status.choices, blank=True)
    to_status = models.CharField(max_length=12, choices=Application.Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("application status change")
        verbose_name_plural = _("application status changes")

    def __str__(self):
        return f"{self.from_status or '—'} → {self.to_status}"


class PublicListingsVersion(models.Model):
    """One row whose number a database trigger moves on, in the same transaction, with
    every statement that can alter what the public sees of the listings (migrations
    listings/0005 and 0007): the public job pages are cached under this number
    (apps/listings/cache.py), so a withdrawn listing leaves every server's cached pages
    the moment its change commits, however it was written."""

    number = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("version of the public listings")
        constraints = [
            models.CheckConstraint(condition=Q(pk=1), name="public_listings_version_one_row"),
        ]

    def __str__(self):
        return f"{self.number} ({self.changed_at:%Y-%m-%d %H:%M})"

    @classmethod
    def current(cls) -> int:
        # Every public job page asks this first: one short query, without building it
        # through the ORM (which cost a cached visitor's page a sixth of its time).
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT number FROM {cls._meta.db_table} WHERE id = 1")
            row = cursor.fetchone()
        return row[0] if row else 0
