"""Two desks merging the same person at the same moment, on real PostgreSQL connections:
one merge happens, the other is told so, nothing deadlocks, no page fails."""

import datetime
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from apps.candidates.merging import CannotMerge, merge_candidates
from apps.candidates.models import Candidate, CandidateMerge
from tests.factories import CentreFactory, UserFactory, make_candidate

pytestmark = pytest.mark.django_db(transaction=True)

ROUNDS = 4
BORN = datetime.date(1990, 6, 30)


def pair_at(centre, other=None):
    first = make_candidate(centre=centre, full_name="Nadia Hussain", date_of_birth=BORN)
    second = make_candidate(
        centre=other or centre,
        full_name="نادیہ حسین",
        date_of_birth=BORN,
        home_district=centre.district,
    )
    return first, second


def at_once(*calls):
    """Run the calls in threads released together; each result, or the exception raised."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        try:
            barrier.wait()
            return call()
        except Exception as error:  # the outcome under test
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))


def assert_one_merge_and_one_refusal(outcomes, first, second):
    merges = [o for o in outcomes if isinstance(o, CandidateMerge)]
    refusals = [o for o in outcomes if isinstance(o, CannotMerge)]
    assert len(merges) == 1 and len(refusals) == 1, outcomes
    # The loser waited for the winner's locks and read its merge: no deadlock, no retry.
    assert "already merged" in str(refusals[0])
    merge = merges[0]
    assert CandidateMerge.objects.filter(merged__in=[first, second]).get() == merge
    kept = Candidate.objects.get(pk=merge.kept_id)
    tombstone = Candidate.objects.get(pk=merge.merged_id)
    assert kept.merged_into is None and tombstone.merged_into == kept
    assert kept.languages.count() == 1  # both had Urdu: kept once


def merges_at_once(*orders):
    """Each (kept, merged, by) merged in its own thread, all at the same moment."""
    return at_once(
        *(
            lambda kept=kept, merged=merged, by=by: merge_candidates(
                kept=kept, merged=merged, by=by, reason="Same card"
            )
            for kept, merged, by in orders
        )
    )


def test_the_same_merge_twice_at_once_happens_once():
    centre = CentreFactory()
    officers = [UserFactory(centre=centre, role="registration_officer") for _ in range(2)]
    for _round in range(ROUNDS):
        first, second = pair_at(centre)
        outcomes = merges_at_once(*((first, second, by) for by in officers))
        assert_one_merge_and_one_refusal(outcomes, first, second)


def test_opposite_merges_at_once_give_one_record_without_deadlock():
    centre, other = CentreFactory(), CentreFactory()
    here = UserFactory(centre=centre, role="registration_officer")
    there = UserFactory(centre=other, role="registration_officer")
    for _round in range(ROUNDS):
        first, second = pair_at(centre, other)
        outcomes = merges_at_once((first, second, here), (second, first, there))
        assert_one_merge_and_one_refusal(outcomes, first, second)


def test_two_officers_posting_the_merge_at_once_never_get_an_error_page():
    centre, other = CentreFactory(), CentreFactory()
    clients = []
    for home in (centre, other):
        client = Client()
        client.force_login(UserFactory(centre=home, role="registration_officer"))
        clients.append(client)
    first, second = pair_at(centre, other)
    url = reverse(
        "candidates:merge_records", args=[first.registration_number, second.registration_number]
    )

    def post(client, kept, merged):
        return client.post(
            url,
            {
                "kept": kept.registration_number,
                "confirmation": merged.registration_number,
                "reason": "Checked the card",
            },
        )

    responses = at_once(
        lambda: post(clients[0], first, second),
        lambda: post(clients[1], second, first),
    )
    assert [r.status_code for r in responses] == [302, 302]
    merge = CandidateMerge.objects.get()
    # The winner sees what its merge did; the other is told, on the list or on the
    # record kept (when the merge was done before its request began).
    targets = [r.url for r in responses]
    winner = reverse("candidates:merge", args=[merge.pk])
    assert targets.count(winner) == 1
    (loser,) = [url for url in targets if url != winner]
    assert loser in (
        reverse("candidates:probable_duplicates"),
        reverse("candidates:detail", args=[merge.kept.registration_number]),
    )
