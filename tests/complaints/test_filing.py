"""Filing a complaint: a reference number per centre and year, gapless under concurrency;
deadlines fixed at filing; the reference by text message to those who agreed."""

import datetime
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from apps.complaints.models import Complaint, ComplaintDeadline, Kind
from apps.complaints.services import (
    Complainant,
    close_complaint,
    file_complaint,
    status_check_matches,
)
from tests.factories import AgencyFactory, CentreFactory, UserFactory, make_candidate, make_listing


def _file(centre, by, **overrides):
    fields = {
        "centre": centre,
        "channel": Complaint.Channel.DESK,
        "filed_by": by,
        "language": "ur",
        "kind": Kind.EXCESS_FEES,
        "against": Complaint.Against.OTHER,
        "other_party": "Sub-agent Rashid",
        "promised": "A driver's job in Riyadh",
        "amount_paid": 450000,
    }
    fields.update(overrides)
    return file_complaint(**fields)


@pytest.mark.django_db
def test_reference_numbers_run_per_centre_and_year():
    lahore, multan = CentreFactory(code="LHR"), CentreFactory(code="MUX")
    officer = UserFactory(centre=lahore, role="registration_officer")
    first = _file(lahore, officer)
    second = _file(lahore, officer)
    elsewhere = _file(multan, officer)
    year = timezone.localdate().year
    assert first.reference == f"LHR-C-{year}-000001"
    assert second.reference == f"LHR-C-{year}-000002"
    assert elsewhere.reference == f"MUX-C-{year}-000001"
    next_year = timezone.now() + datetime.timedelta(days=366)
    assert _file(lahore, officer, filed_at=next_year).reference == f"LHR-C-{year + 1}-000001"


@pytest.mark.django_db
def test_a_rolled_back_filing_gives_its_number_back():
    centre = CentreFactory(code="RBK")
    officer = UserFactory(centre=centre, role="registration_officer")
    with pytest.raises(IntegrityError), transaction.atomic():
        # Against an agency, with no agency: the database refuses it after the number.
        _file(centre, officer, against=Complaint.Against.AGENCY)
    assert _file(centre, officer).sequence == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_filings_get_distinct_numbers_without_gaps():
    centre = CentreFactory(code="CCC")
    officer = UserFactory(centre=centre, role="registration_officer")
    filings = 16
    barrier = threading.Barrier(filings)

    def file_one(_):
        try:
            barrier.wait()
            return _file(centre, officer).sequence
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=filings) as pool:
        sequences = sorted(pool.map(file_one, range(filings)))
    assert sequences == list(range(1, filings + 1))
    references = set(Complaint.objects.filter(centre=centre).values_list("reference", flat=True))
    assert len(references) == filings


@pytest.mark.django_db
def test_deadlines_are_fixed_when_filed():
    centre = CentreFactory()
    officer = UserFactory(centre=centre, role="registration_officer")
    filed_at = timezone.make_aware(datetime.datetime(2026, 12, 1, 10, 0))
    complaint = _file(centre, officer, filed_at=filed_at)
    assert complaint.acknowledge_by == datetime.date(2026, 12, 4)
    assert complaint.resolve_by == datetime.date(2026, 12, 30)
    ComplaintDeadline.objects.create(
        centre=centre, kind=Kind.EXCESS_FEES, acknowledge_days=1, resolve_days=2, escalate_days=2
    )
    complaint.refresh_from_db()
    assert complaint.resolve_by == datetime.date(2026, 12, 30)


@pytest.mark.django_db
def test_the_listing_gives_the_agency_the_country_and_the_allowed_fee():
    listing = make_listing(max_service_charge=30000)
    centre = CentreFactory()
    officer = UserFactory(centre=centre, role="counsellor")
    complaint = _file(
        centre,
        officer,
        listing=listing,
        against=Complaint.Against.AGENCY,
        other_party="",
    )
    assert complaint.agency == listing.agency
    assert complaint.allowed_fee == 30000
    assert complaint.destination_country == listing.destination_country


@pytest.mark.django_db
def test_an_anonymous_tip_names_nobody():
    centre = CentreFactory()
    kiosk = UserFactory(centre=centre, role="kiosk")
    tip = _file(centre, kiosk, channel=Complaint.Channel.KIOSK)
    assert tip.is_anonymous and tip.status_check_hash == ""
    with pytest.raises(IntegrityError), transaction.atomic():
        Complaint.objects.filter(pk=tip.pk).update(complainant_phone="+923001234567")


@pytest.mark.django_db
def test_the_status_check_needs_the_cnics_last_four_digits():
    centre = CentreFactory()
    kiosk = UserFactory(centre=centre, role="kiosk")
    complaint = _file(
        centre,
        kiosk,
        complainant=Complainant(name="Bilal", cnic="35202-1234567-1"),
    )
    assert complaint.complainant_cnic_masked == "35202-*****-1"
    assert status_check_matches(complaint, complaint.reference, "5671")
    assert not status_check_matches(complaint, complaint.reference, "5672")
    assert not status_check_matches(None, complaint.reference, "5671")
    person = make_candidate(centre=centre)
    for_person = _file(centre, kiosk, candidate=person)
    digits = person.full_cnic().replace("-", "")
    assert status_check_matches(for_person, for_person.reference, digits[-4:])


@pytest.mark.django_db
def test_the_reference_is_texted_only_to_those_who_agreed(
    notifications_in_memory, django_capture_on_commit_callbacks
):
    centre = CentreFactory(name="Lahore MRC")
    officer = UserFactory(centre=centre, role="registration_officer")
    with django_capture_on_commit_callbacks(execute=True):
        _file(centre, officer, complainant=Complainant(name="A", phone="+923001234567"))
        agreed = _file(
            centre,
            officer,
            language="en",
            complainant=Complainant(name="B", phone="+923001234568", agrees_to_texts=True),
        )
    assert len(notifications_in_memory) == 1
    message = notifications_in_memory[0]
    assert message.phone == "+923001234568"
    assert agreed.reference in message.body and "Sub-agent" not in message.body


@pytest.mark.django_db
def test_a_closed_complaint_has_its_outcome():
    centre = CentreFactory()
    officer = UserFactory(centre=centre, role="counsellor")
    complaint = _file(centre, officer, agency=AgencyFactory())
    closed = close_complaint(
        complaint=complaint, outcome=Complaint.Outcome.SUBSTANTIATED, by=officer
    )
    assert closed.status == "closed" and closed.closed_at and closed.acknowledged_at
    with pytest.raises(IntegrityError), transaction.atomic():
        Complaint.objects.filter(pk=complaint.pk).update(outcome="")
