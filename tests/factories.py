"""factory_boy factories: test data is built here, never loaded from fixture files."""

import datetime
import string

import factory
from factory.django import DjangoModelFactory

from apps.accounts.models import User
from apps.accounts.roles import ROLES_BY_SLUG, Workplace
from apps.accounts.services import give_role
from apps.centres.models import Centre, District, Province

TEST_PASSWORD = "test-password-4-mrc"


def _centre_code(n: int) -> str:
    # Codes are three to five capital letters: count in base 26 from "CAAA".
    letters = string.ascii_uppercase
    return "C" + "".join(letters[(n // 26**i) % 26] for i in (2, 1, 0))


class ProvinceFactory(DjangoModelFactory):
    class Meta:
        model = Province
        django_get_or_create = ("name_en",)

    name_en = "Punjab"
    name_ur = "پنجاب"


class DistrictFactory(DjangoModelFactory):
    class Meta:
        model = District

    province = factory.SubFactory(ProvinceFactory)
    name = factory.Sequence(lambda n: f"District {n}")
    name_en = factory.SelfAttribute("name")


class CentreFactory(DjangoModelFactory):
    class Meta:
        model = Centre

    code = factory.Sequence(_centre_code)
    name = factory.Sequence(lambda n: f"Test Centre {n}")
    name_en = factory.SelfAttribute("name")
    kind = Centre.Kind.MIGRANT_RESOURCE_CENTRE
    district = factory.SubFactory(DistrictFactory)
    address = "1 Test Road"
    address_en = factory.SelfAttribute("address")
    helpline = "+924299201234"
    opening_hours = "Monday to Friday, 9:00 to 17:00"
    opening_hours_en = factory.SelfAttribute("opening_hours")


class UserFactory(DjangoModelFactory):
    """An account at a centre; pass role="counsellor" (a role slug) to give it a role.

    A provincial officer is placed at the province of the centre given (or Punjab), a
    national officer nationally: tests that make one account per role need no case of
    their own."""

    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    centre = factory.SubFactory(CentreFactory)
    password = factory.django.Password(TEST_PASSWORD)

    @classmethod
    def create(cls, **kwargs):
        role = ROLES_BY_SLUG.get(kwargs.get("role"))
        if role is not None and role.workplace != Workplace.CENTRE:
            centre = kwargs.get("centre")
            kwargs["centre"] = None
            if role.workplace == Workplace.PROVINCE:
                kwargs.setdefault(
                    "province", centre.district.province if centre else ProvinceFactory()
                )
            else:
                kwargs["works_nationally"] = True
        return super().create(**kwargs)

    @factory.post_generation
    def role(obj, create, extracted, **kwargs):
        if create and extracted:
            give_role(user=obj, role=ROLES_BY_SLUG[extracted])


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    centre = None
    is_superuser = True
    is_staff = True


# --- Candidates -------------------------------------------------------------


def random_cnic(n: int) -> str:
    """A distinct, well-formed CNIC for test number n (Lahore's 35202 prefix)."""
    return f"35202{n:07d}{n % 10}"


def consent_text(language: str = "en"):
    from apps.candidates.models import ConsentText

    text, _created = ConsentText.objects.get_or_create(
        version="test-1",
        language=language,
        defaults={"text": "I agree to the test consent text."},
    )
    return text


def link_consent_text(language: str = "en"):
    """The consent text of being served at another centre (the migration publishes one;
    a test that empties the tables needs its own)."""
    from apps.candidates.models import ConsentText

    text, _created = ConsentText.objects.get_or_create(
        purpose="centre_link",
        version="test-link-1",
        language=language,
        defaults={
            "text": "دوسرے سینٹر پر بنا میرا ریکارڈ یہ سینٹر بھی استعمال کرے۔"
            if language == "ur"
            else "I agree that this centre serves me on my record, made at another centre."
        },
    )
    return text


def ensure_occupation(code: str = "7411", title: str = "Building and Related Electricians"):
    """The ISCO-08 unit group `code` with its parents (a minimal slice of the hierarchy)."""
    from apps.occupations.models import Occupation

    parent = None
    for length, level in ((1, "major"), (2, "sub-major"), (3, "minor"), (4, "unit")):
        parent, _created = Occupation.objects.get_or_create(
            code=code[:length],
            defaults={"level": level, "parent": parent, "title": title, "title_en": title},
        )
    return parent


_candidate_counter = iter(range(1, 10**7))


def make_candidate(*, centre=None, registered_by=None, channel="desk", **overrides):
    """A registered candidate, created through the same service the forms use."""
    import uuid

    from apps.candidates.services import Registration, register_candidate

    n = next(_candidate_counter)
    centre = centre or CentreFactory()
    registered_by = registered_by or UserFactory(centre=centre, role="registration_officer")
    fields = {
        "full_name": f"Test Person {n}",
        "relation_name": "Test Father",
        "sex": "male",
        "date_of_birth": datetime.date(1990, 1, 1),
        "cnic": random_cnic(n),
        "phone": f"+92300{n:07d}",
        "home_district": centre.district,
        "address": "1 Test Street",
        "education": "matric",
        "available_from": datetime.date.today(),
        "heard_about": "friends",
        "consent_text": consent_text(),
        "agrees_to_messages": True,
        "destination_countries": ["SA"],
        "languages": [("ur", "fluent")],
        "occupations": [(ensure_occupation(), 5)],
    }
    fields.update(overrides)
    candidate, _created = register_candidate(
        registration=Registration(**fields),
        centre=centre,
        channel=channel,
        registered_by=registered_by,
        submission_key=uuid.uuid4(),
    )
    return candidate


# --- Listings ---------------------------------------------------------------


class AgencyFactory(DjangoModelFactory):
    class Meta:
        model = "listings.RecruitmentAgency"

    name = factory.Sequence(lambda n: f"Test Promoters {n}")
    licence_number = factory.Sequence(lambda n: f"{1000 + n}/LHR")
    licence_valid_until = factory.LazyFunction(
        lambda: datetime.date.today() + datetime.timedelta(days=365)
    )
    status = "active"
    office_address = "2 Agency Road, Lahore"
    phone = "+924237220011"


class EmployerFactory(DjangoModelFactory):
    class Meta:
        model = "listings.Employer"

    name = factory.Sequence(lambda n: f"Test Employer {n}")
    country = "SA"
    sector = "construction"


class DestinationCityFactory(DjangoModelFactory):
    class Meta:
        model = "listings.DestinationCity"
        django_get_or_create = ("country", "name_en")

    country = "SA"
    name_en = factory.Sequence(lambda n: f"Test City {n}")
    name = factory.SelfAttribute("name_en")


# The city a listing to each country goes to unless a test names one.
MAIN_CITIES = {
    "SA": "Riyadh",
    "AE": "Dubai",
    "QA": "Doha",
    "OM": "Muscat",
    "KW": "Kuwait City",
    "BH": "Manama",
    "MY": "Kuala Lumpur",
    "KR": "Seoul",
    "JP": "Tokyo",
    "GB": "London",
    "IT": "Rome",
    "RO": "Bucharest",
}


def make_city(country="SA", name_en=None, **fields):
    """The destination city `name_en` of `country` (its main one by default), made if
    the reference cities are not there (a transactional test flushes them)."""
    name_en = name_en or MAIN_CITIES.get(country, f"Main city of {country}")
    return DestinationCityFactory(country=country, name_en=name_en, **fields)


def make_listing(*, district=None, created_by=None, **overrides):
    """A published, open job listing (override status, agency, deadline... as needed).
    `destination_city` may be a city or the English name of one in the listing's
    country; by default the country's main city."""
    from decimal import Decimal

    from apps.listings.models import JobListing

    city = overrides.pop("destination_city", None)
    if city is None or isinstance(city, str):
        city = make_city(str(overrides.get("destination_country", "SA")), city)
    district = district or DistrictFactory()
    created_by = created_by or UserFactory(
        centre=CentreFactory(district=district, kind="dlo"), role="district_labour_officer"
    )
    fields = {
        "title_en": "Building electrician",
        # A listing is published with an Urdu title; another job's English one stands in.
        "title_ur": overrides.get("title_en", "بلڈنگ الیکٹریشن"),
        "occupation": ensure_occupation(),
        "employer": EmployerFactory(),
        "agency": AgencyFactory(),
        "destination_country": "SA",
        "destination_city": city,
        "vacancies": 10,
        "salary_min": Decimal("1800"),
        "salary_max": Decimal("2200"),
        "salary_currency": "SAR",
        "salary_period": "month",
        "contract_months": 24,
        "weekly_hours": 48,
        "max_service_charge": Decimal("30000"),
        "application_deadline": datetime.date.today() + datetime.timedelta(days=30),
        "job_order_reference": "PE-TEST",
        "status": "published",
    }
    fields.update(overrides)
    return JobListing.objects.create(
        district=district, created_by=created_by, changed_by=created_by, **fields
    )


# --- Counselling ------------------------------------------------------------

# Monday to Friday, 9:00 to 13:00 in 30-minute slots, in the centre's local time.
WEEKDAY_MORNINGS = tuple((weekday, "09:00", "13:00", 30) for weekday in range(5))


def make_counsellor(centre=None, windows=WEEKDAY_MORNINGS, **profile):
    """A counsellor account at `centre` with a profile and weekly windows
    (weekday, "HH:MM" from, "HH:MM" until, slot minutes)."""
    from apps.counselling.models import Counsellor

    centre = centre or CentreFactory()
    user = UserFactory(centre=centre, role="counsellor")
    profile.setdefault("languages", ["ur", "en"])
    profile.setdefault("topics", ["contract", "fees_fraud", "documents", "grievance"])
    counsellor = Counsellor.objects.create(user=user, **profile)
    for weekday, starts, ends, minutes in windows:
        counsellor.availabilities.create(
            weekday=weekday,
            starts=datetime.time.fromisoformat(starts),
            ends=datetime.time.fromisoformat(ends),
            slot_minutes=minutes,
        )
    return counsellor


def make_appointment(*, counsellor, candidate=None, starts_at, booked_by=None, **overrides):
    """An appointment booked through the real service (so it must be a free slot)."""
    from apps.counselling.services import book_appointment

    fields = {"topic": "contract", "mode": "in_person", "channel": "desk"}
    fields.update(overrides)
    return book_appointment(
        candidate=candidate or make_candidate(centre=counsellor.user.centre),
        counsellor=counsellor,
        starts_at=starts_at,
        booked_by=booked_by or counsellor.user,
        **fields,
    )


def make_held_appointment(
    *, counsellor, candidate, starts_at, status="completed", topic="fees_fraud", **overrides
):
    """An appointment at any time, past included, written directly (booking refuses past
    times): one that took place, was missed or was cancelled."""
    from apps.counselling.models import Appointment

    fields = {
        "ends_at": starts_at + datetime.timedelta(minutes=30),
        "mode": "in_person",
        "channel": "desk",
        "booked_by": counsellor.user,
    }
    fields.update(overrides)
    return Appointment.objects.create(
        candidate=candidate,
        counsellor=counsellor,
        starts_at=starts_at,
        status=status,
        topic=topic,
        **fields,
    )


# A Monday years ahead: the real clock never hides its slots (tests pass `now` if needed).
FUTURE_MONDAY = datetime.date(2030, 1, 7)


def local_time(day, hour, minute=0) -> datetime.datetime:
    """`day` at hour:minute in the centre's time zone (where availability is kept)."""
    from apps.counselling.selectors import centre_time_zone

    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=centre_time_zone())


def next_monday() -> datetime.date:
    """Next week's Monday (local): after now, whatever day and hour the tests run."""
    from django.utils import timezone

    from apps.counselling.selectors import centre_time_zone

    today = timezone.localdate(timezone=centre_time_zone())
    return today + datetime.timedelta(days=7 - today.weekday())


def slot_key(counsellor, starts_at) -> str:
    """How the booking pages name a slot in their forms (Slot.key)."""
    from apps.counselling.selectors import Slot

    return Slot(counsellor, starts_at, starts_at).key


# --- Orientation --------------------------------------------------------------


def make_page(*, author=None, reviewer=None, status="published", **overrides):
    """An orientation page (published, reviewed by a second editor, unless told)."""
    from django.utils import timezone

    from apps.orientation.models import Page

    author = author or UserFactory(role="orientation_editor")
    fields = {
        "slug": f"page-{next(_candidate_counter)}",
        "country": "SA",
        "topic": "entry_permit",
        "title_en": "Entry and work permit",
        "title_ur": "داخلہ اور ورک پرمٹ",
        "body_en": "You need a **work visa** before you travel.",
        "body_ur": "سفر سے پہلے آپ کو **ورک ویزا** چاہیے۔",
        "status": status,
    }
    fields.update(overrides)
    if fields["status"] == "published":
        now = timezone.now()
        reviewer = reviewer or UserFactory(role="orientation_editor")
        fields.setdefault("published_at", now)
        fields.setdefault("last_reviewed_at", now)
    if fields["status"] == "archived":
        fields.setdefault("archived_at", timezone.now())
    return Page.objects.create(author=author, reviewer=reviewer, **fields)


def make_session(*, centre=None, facilitator=None, capacity=20, **overrides):
    """A scheduled orientation session at `centre`, a week from now."""
    from django.utils import timezone

    from apps.orientation.models import OrientationSession

    centre = centre or CentreFactory()
    facilitator = facilitator or UserFactory(centre=centre, role="counsellor")
    starts_at = overrides.pop("starts_at", timezone.now() + datetime.timedelta(days=7))
    fields = {
        "title": "Going to Saudi Arabia",
        "country": "SA",
        "language": "ur",
        "ends_at": starts_at + datetime.timedelta(hours=3),
        "venue": "Hall 1",
    }
    fields.update(overrides)
    return OrientationSession.objects.create(
        centre=centre,
        facilitator=facilitator,
        capacity=capacity,
        starts_at=starts_at,
        created_by=facilitator,
        **fields,
    )


# --- Complaints -------------------------------------------------------------


def make_complaint(*, centre=None, filed_by=None, **overrides):
    """A complaint in `centre`'s register, filed through the real service: by default a
    named walk-in's complaint against an unlicensed sub-agent, taken in at the desk."""
    from apps.complaints.services import Complainant, file_complaint

    centre = centre or CentreFactory()
    fields = {
        "channel": "desk",
        "language": "ur",
        "kind": "excess_fees",
        "against": "other",
        "other_party": "Sub-agent Rashid",
        "promised": "A driver's job in Riyadh",
        "description": "Took the money in cash; no visa came.",
        "amount_paid": 450000,
    }
    fields.update(overrides)
    if "candidate" not in fields and "complainant" not in fields:
        fields["complainant"] = Complainant(name="Nadia Bibi", sex="female", phone="+923001112233")
    return file_complaint(
        centre=centre,
        filed_by=filed_by or UserFactory(centre=centre, role="registration_officer"),
        **fields,
    )
