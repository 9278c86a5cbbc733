"""Merging two records of one person: everything moves to the record kept, twins are
settled by their rules, the record merged away stays as a tombstone without its
identifiers, and the merge is recorded and explained."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from apps.audit.models import AuditEntry
from apps.candidates import merging
from apps.candidates.merging import CannotMerge, merge_candidates
from apps.candidates.models import (
    Candidate,
    CandidateLanguage,
    CandidateMerge,
    CandidateOccupation,
    CentreLink,
)
from apps.candidates.services import AlreadyRegistered
from apps.complaints.models import Complaint
from apps.counselling.models import CaseNote, FollowUp, Referral
from apps.listings.models import Application
from apps.listings.services import change_application_status, shortlist_candidate
from apps.orientation.models import Certificate, Enrolment
from apps.orientation.services import enrol_candidate, issue_certificate, mark_attendance
from apps.privacy.services import Reason, anonymise_candidate
from tests.factories import (
    CentreFactory,
    UserFactory,
    ensure_occupation,
    make_candidate,
    make_counsellor,
    make_held_appointment,
    make_listing,
    make_session,
)
from tests.privacy.conftest import CNIC, PASSPORT, everything  # noqa: F401 (a fixture)
from tests.privacy.test_anonymise import ROWS_OF_PERSON

pytestmark = pytest.mark.django_db


def rows_pointing_at(candidate_id) -> dict[str, int]:
    """How many rows of each table about a person point at `candidate_id`."""
    counts = {}
    with connection.cursor() as cursor:
        for table, where in ROWS_OF_PERSON[1:]:  # not the person's own row
            cursor.execute(f"SELECT count(*) FROM {table} WHERE {where}", [candidate_id])
            counts[table] = cursor.fetchone()[0]
    return counts


def twin_of(person, *, centre=None, **changes):
    """Another record of `person`'s name, birth day and district, under another CNIC."""
    fields = {
        "full_name": person.full_name,
        "date_of_birth": person.date_of_birth,
        "home_district": person.home_district,
        "languages": [],
        "occupations": [],
    }
    fields.update(changes)
    return make_candidate(centre=centre or person.centre, **fields)


def test_everything_of_the_merged_record_moves_to_the_kept_one(everything):  # noqa: F811 (the fixture imported above)
    merged = everything.person
    kept = twin_of(merged, centre=CentreFactory())
    before = rows_pointing_at(merged.pk)
    assert before["counselling_casenote"] and before["orientation_certificate"]

    merge = merge_candidates(kept=kept, merged=merged, by=everything.officer, reason="Same card")

    after = rows_pointing_at(kept.pk)
    assert after == before, "every row of the merged record now points at the kept one"
    assert set(rows_pointing_at(merged.pk).values()) == {0}
    # Confidential case records and complaints moved, and stay at the centre they were at.
    for model in (CaseNote, FollowUp, Referral, Complaint):
        entry = model.objects.get(candidate=kept)
        assert entry.centre_id == merged.centre_id
    # What moved is counted by relation, never with a value.
    assert merge.moved["counselling.appointment"] == 2
    assert merge.moved["orientation.enrolment"] == 1
    assert merge.moved["listings.application"] == 1
    assert merge.moved["candidates.candidatelanguage"] == 2
    assert merge.dropped == {}


def test_the_merged_record_becomes_a_tombstone_without_identifiers(everything):  # noqa: F811 (the fixture imported above)
    merged = everything.person
    kept = twin_of(merged)
    merge_candidates(kept=kept, merged=merged, by=everything.officer, reason="Same card")

    tombstone = Candidate.objects.get(pk=merged.pk)
    assert tombstone.merged_into == kept and tombstone.merged_at is not None
    assert tombstone.status == Candidate.Status.INACTIVE
    assert tombstone.cnic_encrypted == tombstone.cnic_masked == ""
    assert tombstone.passport_hash == tombstone.passport_encrypted == ""
    assert not Candidate.objects.with_cnic(CNIC).exists()
    # The registration number stays: the slip in the person's hand still leads here.
    assert tombstone.registration_number == merged.registration_number
    # The kept record had no passport: it takes the merged one's.
    kept.refresh_from_db()
    assert kept.full_passport() == PASSPORT
    assert Candidate.objects.with_passport(PASSPORT).get() == kept


def test_the_merged_cnic_can_be_registered_again(everything):  # noqa: F811 (the fixture imported above)
    merged = everything.person
    kept = twin_of(merged)
    merge_candidates(kept=kept, merged=merged, by=everything.officer, reason="Typo in the CNIC")
    again = make_candidate(centre=kept.centre, cnic=CNIC)
    assert again.pk not in (kept.pk, merged.pk)
    # The kept record's own CNIC is still taken.
    with pytest.raises(AlreadyRegistered):
        make_candidate(centre=kept.centre, cnic=kept.full_cnic())


def test_the_merge_is_recorded_and_audited_on_both_records(everything):  # noqa: F811 (the fixture imported above)
    merged = everything.person
    kept = twin_of(merged, centre=CentreFactory())
    merge = merge_candidates(kept=kept, merged=merged, by=everything.officer, reason="Same card")

    assert CandidateMerge.objects.get() == merge
    assert merge.kept == kept and merge.merged == merged and merge.merged_by == everything.officer
    assert merge.reason == "Same card"
    entries = AuditEntry.objects.filter(access_kind=AuditEntry.AccessKind.RECORDS_MERGED)
    assert {(e.object_id, e.centre_id) for e in entries} == {
        (kept.pk, kept.centre_id),
        (merged.pk, merged.centre_id),
    }
    details = entries.first().additional_data
    assert details["kept"] == kept.registration_number
    assert details["merged"] == merged.registration_number
    assert details["moved"] == merge.moved
    # No personal value reaches the trail: not the name, not the reason.
    text = str([e.additional_data for e in entries]) + str([e.changes for e in entries])
    assert merged.full_name not in text and "Same card" not in text


def test_the_merged_records_home_centre_goes_on_serving_the_person():
    lahore, sialkot = CentreFactory(), CentreFactory()
    merged = make_candidate(centre=sialkot, full_name="Imran Khan")
    kept = twin_of(merged, centre=lahore)
    officer = UserFactory(centre=sialkot, role="registration_officer")
    merge = merge_candidates(kept=kept, merged=merged, by=officer, reason="Same person")

    link = CentreLink.objects.get(candidate=kept)
    assert link.centre == sialkot and link.consent_text == merged.consent_text
    assert merging.MergeCarried.HOME_CENTRE_LINK in merge.carried_over
    assert list(Candidate.objects.visible_to(officer)) == [kept]


def test_links_to_one_centre_are_kept_once(centre):
    other, third = CentreFactory(), CentreFactory()
    merged = make_candidate(centre=centre, full_name="Imran Khan")
    kept = twin_of(merged, centre=other)
    officer = UserFactory(centre=centre, role="registration_officer")
    text = merged.consent_text
    # Both served by a third centre; the merged one also by the kept one's home centre.
    CentreLink.objects.create(candidate=merged, centre=third, consent_text=text, linked_by=officer)
    CentreLink.objects.create(candidate=kept, centre=third, consent_text=text, linked_by=officer)
    CentreLink.objects.create(candidate=merged, centre=other, consent_text=text, linked_by=officer)

    merge = merge_candidates(kept=kept, merged=merged, by=officer, reason="Same person")

    centres = sorted(CentreLink.objects.filter(candidate=kept).values_list("centre", flat=True))
    assert centres == sorted([third.pk, centre.pk])
    assert merge.dropped == {"candidates.centrelink": 2}


def test_a_language_or_trade_on_both_records_keeps_the_better(centre):
    trade = ensure_occupation()
    merged = make_candidate(
        centre=centre,
        full_name="Imran Khan",
        languages=[("ur", "fluent"), ("ar", "basic"), ("ko", "good")],
        occupations=[(trade, 9)],
    )
    kept = twin_of(merged, languages=[("ur", "good"), ("ar", "good")], occupations=[(trade, 4)])
    merge = merge_candidates(kept=kept, merged=merged, by=kept.registered_by, reason="Same")

    levels = dict(CandidateLanguage.objects.filter(candidate=kept).values_list("language", "level"))
    assert levels == {"ur": "fluent", "ar": "good", "ko": "good"}
    assert CandidateOccupation.objects.get(candidate=kept).years == 9
    assert merge.dropped == {
        "candidates.candidatelanguage": 2,
        "candidates.candidateoccupation": 1,
    }


def test_of_two_applications_for_one_job_the_one_further_along_stays(centre):
    officer = UserFactory(centre=centre, role="registration_officer")
    listing, other_listing = make_listing(), make_listing()
    merged = make_candidate(centre=centre, full_name="Imran Khan")
    kept = twin_of(merged)
    further = shortlist_candidate(candidate=merged, listing=listing, by=officer)
    further = change_application_status(application=further, to_status="referred", by=officer)
    shortlist_candidate(candidate=kept, listing=listing, by=officer)
    shortlist_candidate(candidate=merged, listing=other_listing, by=officer)

    merge = merge_candidates(kept=kept, merged=merged, by=officer, reason="Same")

    kept_applications = Application.objects.filter(candidate=kept)
    assert {a.listing_id: a.status for a in kept_applications} == {
        listing.pk: "referred",
        other_listing.pk: "shortlisted",
    }
    # The referred one kept its steps.
    assert kept_applications.get(listing=listing).pk == further.pk
    assert further.status_changes.count() == 2
    assert merge.dropped == {"listings.application": 1}


def _attended(session, candidate, by, *, certificate=False):
    enrolment = mark_attendance(
        enrolment=enrol_candidate(session=session, candidate=candidate, by=by),
        attended=True,
        by=by,
    )
    if certificate:
        issue_certificate(enrolment=enrolment, by=by)
    return enrolment


def test_of_two_enrolments_in_one_session_the_certified_one_stays(centre):
    officer = UserFactory(centre=centre, role="registration_officer")
    session = make_session(centre=centre, starts_at=timezone.now() - datetime.timedelta(days=2))
    merged = make_candidate(centre=centre, full_name="Imran Khan")
    kept = twin_of(merged)
    enrol_candidate(session=session, candidate=kept, by=officer)
    certified = _attended(session, merged, officer, certificate=True)

    merge = merge_candidates(kept=kept, merged=merged, by=officer, reason="Same")

    enrolment = Enrolment.objects.get(candidate=kept)
    assert enrolment.pk == certified.pk
    assert Certificate.objects.get().enrolment == enrolment
    assert merge.dropped == {"orientation.enrolment": 1}


def test_two_certificates_of_one_session_refuse_the_merge(centre):
    officer = UserFactory(centre=centre, role="registration_officer")
    session = make_session(centre=centre, starts_at=timezone.now() - datetime.timedelta(days=2))
    merged = make_candidate(centre=centre, full_name="Imran Khan")
    kept = twin_of(merged)
    _attended(session, merged, officer, certificate=True)
    _attended(session, kept, officer, certificate=True)

    with pytest.raises(CannotMerge, match="certificate"):
        merge_candidates(kept=kept, merged=merged, by=officer, reason="Same")
    assert not CandidateMerge.objects.exists()
    assert Certificate.objects.count() == 2
    assert Candidate.objects.get(pk=merged.pk).merged_into is None


def test_two_appointments_at_one_time_refuse_the_merge_and_name_it(centre):
    counsellor = make_counsellor(centre)
    merged = make_candidate(centre=centre, full_name="Imran Khan")
    kept = twin_of(merged)
    starts_at = timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)
    make_held_appointment(
        counsellor=counsellor, candidate=merged, starts_at=starts_at, status="booked"
    )
    other = make_counsellor(centre)
    make_held_appointment(counsellor=other, candidate=kept, starts_at=starts_at, status="booked")

    with pytest.raises(CannotMerge, match="cancel one"):
        merge_candidates(kept=kept, merged=merged, by=kept.registered_by, reason="Same")
    assert not CandidateMerge.objects.exists()


def test_an_erased_or_merged_record_cannot_be_merged(centre):
    first = make_candidate(centre=centre, full_name="Imran Khan")
    second, third = twin_of(first), twin_of(first)
    by = first.registered_by
    merge_candidates(kept=first, merged=second, by=by, reason="Same")
    with pytest.raises(CannotMerge, match="already merged"):
        merge_candidates(kept=third, merged=second, by=by, reason="Same")
    with pytest.raises(CannotMerge, match="itself"):
        merge_candidates(kept=first, merged=first, by=by, reason="Same")
    anonymise_candidate(candidate=third, by=by, reason=Reason.REQUEST)
    with pytest.raises(CannotMerge, match="erased"):
        merge_candidates(kept=first, merged=third, by=by, reason="Same")


def test_records_merged_earlier_follow_on_to_the_new_survivor(centre):
    first = make_candidate(centre=centre, full_name="Imran Khan")
    second, third = twin_of(first), twin_of(first)
    by = first.registered_by
    merge_candidates(kept=second, merged=third, by=by, reason="Same")
    merge = merge_candidates(kept=first, merged=second, by=by, reason="Same")

    assert Candidate.objects.get(pk=third.pk).merged_into == first
    assert merge.moved["candidates.candidate"] == 1
    # Each merge still says what it did at the time.
    assert CandidateMerge.objects.get(merged=third).kept == second


def test_erasing_the_kept_record_erases_the_tombstones_too(everything):  # noqa: F811 (the fixture imported above)
    merged = everything.person
    kept = twin_of(merged)
    merge_candidates(kept=kept, merged=merged, by=everything.officer, reason="Same")
    anonymise_candidate(candidate=kept, by=everything.officer, reason=Reason.REQUEST)
    tombstone = Candidate.objects.get(pk=merged.pk)
    assert tombstone.is_erased and tombstone.full_name == "Erased" and not tombstone.phone
    assert AuditEntry.objects.filter(
        object_id=merged.pk, access_kind=AuditEntry.AccessKind.ANONYMISED
    ).exists()


def test_every_relation_the_database_constrains_has_a_clash_rule():
    """A model added later with a unique or exclusion constraint on the person needs a
    rule, or every merge stops (a test here, rather than a refusal at a desk)."""
    constrained = {relation.label for relation in merging.constrained_relations()}
    assert constrained >= {
        "candidates.centrelink",
        "candidates.candidatelanguage",
        "candidates.candidateoccupation",
        "listings.application",
        "orientation.enrolment",
        "counselling.appointment",
    }
    merging.check_clash_rules()
    # Every relation to a person moves, the merges' own records and the names' copy aside.
    moved = {relation.label for relation in merging.relations_to_move()}
    assert "candidates.candidatemerge" not in moved and "candidates.namesearchentry" not in moved
    assert {"complaints.complaint", "orientation.quizresult", "candidates.candidate"} <= moved


def test_subject_access_on_the_kept_record_lists_what_the_tombstone_keeps(everything):  # noqa: F811 (the fixture imported above)
    from apps.privacy.services import personal_data_of

    merged = everything.person
    kept = twin_of(merged)
    merge_candidates(kept=kept, merged=merged, by=everything.officer, reason="Same")
    data = personal_data_of(candidate=kept, requested_by=everything.officer)
    (tombstone,) = data["records_merged_into_this"]
    assert tombstone["registration_number"] == merged.registration_number
    assert tombstone["full_name"] == merged.full_name
    # Everything else of the person is now the kept record's own.
    assert len(data["counselling_appointments"]) == 2 and len(data["orientation"]) == 1
