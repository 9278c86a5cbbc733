"""`seed_demo --scale large` at a tiny size: exact counts, the database's constraints,
roughly the intended distributions, the seeded people found by CNIC and phone, the
listings found by the public search in English and Urdu, and a second run refused."""

import datetime
import io
import itertools
import re
from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import F
from django.utils import timezone

from apps.candidates.filters import search_candidates
from apps.candidates.models import (
    Candidate,
    CandidateLanguage,
    CandidateOccupation,
    NameSearchEntry,
    RegistrationCounter,
)
from apps.candidates.services import allocate_registration_sequence
from apps.centres.models import Centre
from apps.complaints.models import Complaint, ComplaintCounter, Escalation, Recovery
from apps.complaints.services import (
    allocate_complaint_sequence,
    deadlines_for,
    status_check_matches,
)
from apps.counselling.models import Appointment, Counsellor
from apps.counselling.selectors import free_slots_of
from apps.listings.filters import ListingFilter
from apps.listings.models import Application, ApplicationStatusChange, JobListing
from apps.orientation.models import Enrolment
from apps.seeding.demo.complaints import DEMO_COMPLAINTS
from apps.seeding.large import (
    Sizes,
    person_number_from_phone,
    seed_large,
    seeded_cnic,
    seeded_passport,
    seeded_phone,
)
from apps.seeding.large.bulk import orphaned_foreign_keys
from tests.factories import consent_text, make_city, make_listing

SIZES = {"candidates": 2000, "listings": 200, "appointments": 400, "pages": 40}


@pytest.fixture
def data(db, settings):
    settings.DEMO_DATA_ALLOWED = True
    # The consent texts come from a data migration a transactional test may have flushed.
    consent_text("en")
    consent_text("ur")
    out = io.StringIO()
    call_command(
        "seed_demo",
        "--scale=large",
        *(f"--{name}={value}" for name, value in SIZES.items()),
        stdout=out,
    )
    return {"out": out.getvalue()}


def test_large_seed_at_a_tiny_size(data):
    """One seeding (a few seconds), every check on it."""
    check_counts_are_exact_and_progress_is_printed(data)
    check_distributions_roughly_as_intended()
    check_seeded_people_are_found_by_cnic_phone_and_name()
    check_listings_are_found_in_english_and_urdu()
    check_appointments_respect_hours_and_leave_free_slots()
    check_reports_have_referrals_and_departures()
    check_complaints_are_numbered_dated_and_taken_along()
    check_registration_counters_are_past_the_seeded_numbers()
    check_a_second_large_run_is_refused_and_adds_nothing()


def seeded_people():
    return Candidate.objects.filter(phone__startswith="+923").exclude(phone__startswith="+92300")


def check_counts_are_exact_and_progress_is_printed(data):
    assert seeded_people().count() == SIZES["candidates"]
    assert JobListing.objects.filter(job_order_reference__startswith="POE-").count() == 200
    assert Appointment.objects.exclude(candidate__phone__startswith="+92300").count() == 400
    out = data["out"]
    assert re.search(r"orientation pages +[0-9.]+ s .*  40 rows", out)
    for phase in (
        "candidates",
        "listings",
        "appointments",
        "complaints",
        "orientation pages",
        "Total",
    ):
        assert phase in out
    assert Centre.objects.count() >= 36
    assert Application.objects.count() >= 500
    assert Enrolment.objects.count() > 0


def check_distributions_roughly_as_intended():
    people = seeded_people()
    sexes = Counter(people.values_list("sex", flat=True))
    assert 0.78 < sexes["male"] / 2000 < 0.92
    assert 0.08 < sexes["female"] / 2000 < 0.22
    per_centre = Counter(people.values_list("centre__code", flat=True))
    assert len(per_centre) >= 36
    for demo_centre in ("LHR", "LHD", "SKT"):
        assert per_centre[demo_centre] >= 20  # a realistic share, not an empty demo centre
    ages = [c.age for c in people.only("date_of_birth")]
    assert min(ages) >= 18 and max(ages) <= 64
    assert sum(age < 35 for age in ages) > len(ages) / 2
    years = set(people.values_list("registration_year", flat=True))
    assert len(years) >= 3
    top = Counter(
        CandidateOccupation.objects.filter(candidate__in=people).values_list(
            "occupation__code", flat=True
        )
    ).most_common(5)
    assert {"9313", "8332", "8322"} & {code for code, _n in top}
    destinations = Counter(
        code
        for row in people.values_list("destination_countries", flat=True)
        for code in row.split(",")
    )
    assert destinations.most_common(1)[0][0] == "SA"
    assert CandidateLanguage.objects.filter(candidate__in=people, language="ur").count() == 2000
    statuses = Counter(JobListing.objects.values_list("status", flat=True))
    assert statuses["published"] and statuses["closed"] and statuses["draft"]
    assert JobListing.objects.open_to_public().count() > 10


def check_seeded_people_are_found_by_cnic_phone_and_name():
    people = seeded_people()
    person = people.with_cnic(seeded_cnic(1234)).get()
    assert str(person.phone) == seeded_phone(1234)
    assert person_number_from_phone(person.phone) == 1234
    assert person.full_cnic().replace("-", "") == seeded_cnic(1234)
    assert person.cnic_masked == f"{seeded_cnic(1234)[:5]}-*****-{seeded_cnic(1234)[-1]}"
    assert Candidate.objects.with_passport(seeded_passport(1233)).get() == people.get(
        phone=seeded_phone(1233)
    )
    assert list(search_candidates(Candidate.objects.all(), seeded_phone(77))) == [
        people.get(phone=seeded_phone(77))
    ]
    someone = people.get(phone=seeded_phone(5))
    assert someone in search_candidates(Candidate.objects.all(), someone.full_name)
    # The seed loads with the copying trigger switched off, then copies the names itself.
    assert set(
        NameSearchEntry.objects.values_list("candidate_id", "centre_id", "full_name")
    ) == set(Candidate.objects.values_list("pk", "centre_id", "full_name"))


def check_listings_are_found_in_english_and_urdu():
    listings = JobListing.objects.filter(job_order_reference__startswith="POE-")
    for listing in listings.select_related("employer", "occupation", "destination_city")[:50]:
        assert listing.search_document == listing.build_search_document()
        assert listing.title == listing.title_en
        # A reference city of the listing's country, with its Urdu name.
        assert listing.destination_city.country == listing.destination_country
        assert listing.destination_city.name_ur
    open_listings = JobListing.objects.open_to_public().with_monthly_rupees()
    for words in ("driver", "سعودی", "ڈرائیور", "ریاض", "riyadh"):
        found = ListingFilter({"q": words}, queryset=open_listings).qs
        assert found.exists(), words


def check_appointments_respect_hours_and_leave_free_slots():
    appointments = Appointment.objects.exclude(candidate__phone__startswith="+92300")
    active = appointments.filter(status__in=Appointment.ACTIVE_STATUSES)
    # Same centre for person and counsellor; the exclusion constraints held on COPY.
    assert not appointments.exclude(candidate__centre=F("counsellor__user__centre"))
    assert active.count() > 300
    seeded_counsellors = Counsellor.objects.exclude(user__centre__code__in=["LHR", "SKT", "LHD"])
    assert seeded_counsellors.count() >= 2 * 45
    # One the large seed gave hours to: its centres are resource centres, while the
    # demo's district labour offices were opened with weekday mornings only.
    counsellor = seeded_counsellors.filter(
        user__centre__kind=Centre.Kind.MIGRANT_RESOURCE_CENTRE
    ).first()
    assert counsellor.availabilities.count() >= 6
    today = timezone.localdate()
    slots = free_slots_of([counsellor], today + datetime.timedelta(days=1), days=7)
    assert slots


def check_reports_have_referrals_and_departures():
    steps = Counter(ApplicationStatusChange.objects.values_list("to_status", flat=True))
    assert steps["referred"] > 10
    assert steps["departed"] > 10
    for application in Application.objects.prefetch_related("status_changes")[:100]:
        changes = list(application.status_changes.all())
        assert changes[0].from_status == ""
        assert changes[-1].to_status == application.status
        for before, after in itertools.pairwise(changes):
            assert after.from_status == before.to_status
            assert after.to_status in Application.NEXT_STATUSES[before.to_status]


def check_complaints_are_numbered_dated_and_taken_along():
    seeded = Complaint.objects.exclude(description__in=[d.description for d in DEMO_COMPLAINTS])
    assert seeded.count() >= 20
    channels = Counter(seeded.values_list("channel", flat=True))
    assert channels["counsellor"] > channels["desk"] > channels["kiosk"] > 0
    assert Complaint.objects.filter(candidate__isnull=True, complainant_name="").exists()
    # From the sessions about a grievance, by the counsellor who held them, at its end.
    from_sessions = seeded.filter(channel="counsellor").select_related("appointment")
    for complaint in from_sessions[:50]:
        assert complaint.appointment.topic == "grievance"
        assert complaint.candidate_id == complaint.appointment.candidate_id
        assert complaint.filed_at == complaint.appointment.ends_at
    statuses = Counter(seeded.values_list("status", flat=True))
    assert statuses["closed"] and statuses["acknowledged"]
    # Numbers per centre and year, in the order filed, with no gap; counters at the last.
    for counter in ComplaintCounter.objects.all():
        numbered = list(
            Complaint.objects.filter(centre=counter.centre, year=counter.year)
            .order_by("sequence")
            .values_list("sequence", "reference")
        )
        assert [n for n, _r in numbered] == list(range(1, counter.last_number + 1))
        assert all(r.endswith(f"-C-{counter.year}-{n:06d}") for n, r in numbered)
    centre = seeded.first().centre
    year = seeded.filter(centre=centre).latest("filed_at").year
    last = ComplaintCounter.objects.get(centre=centre, year=year).last_number
    assert allocate_complaint_sequence(centre=centre, year=year) == last + 1
    # Deadlines as filing counts them; what the database checks holds on every row.
    complaint = seeded.filter(status="received").first() or seeded.first()
    filed_on = timezone.localdate(complaint.filed_at)
    expected = deadlines_for(centre=complaint.centre, kind=complaint.kind, filed_on=filed_on)
    assert (complaint.acknowledge_by, complaint.resolve_by, complaint.escalate_by) == (
        expected["acknowledge_by"],
        expected["resolve_by"],
        expected["escalate_by"],
    )
    for model in (Complaint, Escalation, Recovery):
        for row in model.objects.all()[:200]:
            row.validate_constraints()
    answered = Escalation.objects.exclude(answered_on=None).first()
    assert answered is None or answered.answered_on >= answered.sent_on
    # The status check works for a seeded person's complaint.
    mine = seeded.exclude(candidate=None).select_related("candidate").first()
    number = person_number_from_phone(mine.candidate.phone)
    assert status_check_matches(mine, mine.reference, seeded_cnic(number)[-4:])
    # Every step in the history, in order, after the filing.
    for complaint in seeded.prefetch_related("events")[:100]:
        kinds = [event.kind for event in complaint.events.all()]
        assert kinds[0] == "filed"
        assert ("closed" in kinds) == (complaint.status == "closed")


def check_registration_counters_are_past_the_seeded_numbers():
    for counter in RegistrationCounter.objects.all():
        highest = (
            Candidate.objects.filter(centre=counter.centre, registration_year=counter.year)
            .order_by("-registration_sequence")
            .values_list("registration_sequence", flat=True)
            .first()
        )
        assert highest == counter.last_number
    centre = Centre.objects.get(code="LHR")
    year = max(Candidate.objects.values_list("registration_year", flat=True))
    taken = RegistrationCounter.objects.get(centre=centre, year=year).last_number
    assert allocate_registration_sequence(centre=centre, year=year) == taken + 1


def check_a_second_large_run_is_refused_and_adds_nothing():
    lines = []
    before = Candidate.objects.count()
    assert seed_large(Sizes(**SIZES), lines.append) is None
    assert "already loaded" in lines[0]
    assert Candidate.objects.count() == before


def test_sizes_below_one_are_refused_before_anything_is_written(db, settings):
    settings.DEMO_DATA_ALLOWED = True
    with pytest.raises(CommandError, match="at least 1"):
        call_command("seed_demo", "--scale=large", "--candidates=0")
    assert not Candidate.objects.exists()


def test_the_set_based_check_sees_a_listings_city_of_another_country(db):
    """The seed writes with the foreign-key triggers off; the check after it covers
    the key of two columns (city and country) too."""
    listing = make_listing(destination_country="SA")
    assert orphaned_foreign_keys(["listings_joblisting"]) == []
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(
            "UPDATE listings_joblisting SET destination_city_id = %s WHERE id = %s",
            [make_city("QA").pk, listing.pk],
        )
        cursor.execute("SET LOCAL session_replication_role = origin")
    assert orphaned_foreign_keys(["listings_joblisting"]) == [
        "listings_joblisting.destination_city_id+destination_country -> listings_destinationcity"
    ]
