"""The probable duplicates page: pairs of live records with one name in either script,
one date of birth and one home district, for the officers of the centres involved."""

import datetime

import pytest
from django.urls import reverse

from apps.audit.models import AuditEntry
from apps.candidates.merging import merge_candidates
from apps.candidates.models import CentreLink
from apps.privacy.services import Reason, anonymise_candidate
from tests.factories import CentreFactory, DistrictFactory, UserFactory, make_candidate

pytestmark = pytest.mark.django_db

URL = reverse("candidates:probable_duplicates")
BORN = datetime.date(1991, 3, 14)


def person(centre, name="Muhammad Aslam", *, born=BORN, district=None, **fields):
    return make_candidate(
        centre=centre,
        full_name=name,
        date_of_birth=born,
        home_district=district or centre.district,
        **fields,
    )


def pairs_on(response) -> set[frozenset[str]]:
    """The pairs a page shows, as sets of registration numbers."""
    return {
        frozenset((pair.first.registration_number, pair.second.registration_number))
        for pair in response.context["page"]
    }


def pair(a, b) -> frozenset[str]:
    return frozenset((a.registration_number, b.registration_number))


def test_the_same_name_in_urdu_and_latin_letters_pairs(client_for, centre):
    urdu = person(centre, "محمد اسلم")
    latin = person(centre, "Muhammad Aslam")
    response = client_for("registration_officer").get(URL)
    assert response.status_code == 200
    assert pairs_on(response) == {pair(urdu, latin)}
    page = response.content.decode()
    assert urdu.registration_number in page and latin.registration_number in page
    assert urdu.cnic_masked in page
    # Never a full CNIC: only the masked ones are on the page.
    assert urdu.full_cnic().replace("-", "") not in page.replace("-", "")


def test_another_day_district_or_name_is_no_pair(client_for, centre):
    first = person(centre, "Muhammad Aslam")
    person(centre, "Muhammad Aslam", born=BORN + datetime.timedelta(days=1))
    person(centre, "Muhammad Aslam", district=DistrictFactory())
    person(centre, "Muhammad Akram")
    twin = person(centre, "Mohammad Aslam")
    assert pairs_on(client_for("centre_manager").get(URL)) == {pair(first, twin)}


def test_erased_and_merged_records_are_no_pair(client_for, centre):
    first, second, third = (person(centre) for _ in range(3))
    anonymise_candidate(candidate=third, by=third.registered_by, reason=Reason.REQUEST)
    assert pairs_on(client_for("registration_officer").get(URL)) == {pair(first, second)}
    merge_candidates(kept=first, merged=second, by=first.registered_by, reason="Same")
    assert pairs_on(client_for("registration_officer").get(URL)) == set()


def test_three_records_of_one_person_make_three_pairs_each_once(client_for, centre):
    a, b, c = (person(centre) for _ in range(3))
    response = client_for("registration_officer").get(URL)
    assert pairs_on(response) == {pair(a, b), pair(a, c), pair(b, c)}
    assert len(response.context["page"]) == 3


def test_a_pair_across_centres_shows_the_other_centres_record_without_a_link(client_for, centre):
    other_centre = CentreFactory(district=centre.district)
    mine = person(centre)
    theirs = person(other_centre, "محمد اسلم")
    client = client_for("registration_officer")
    response = client.get(URL)
    assert pairs_on(response) == {pair(mine, theirs)}
    (shown,) = response.context["page"]
    cards = {card.registration_number: card for card in shown.cards}
    assert cards[mine.registration_number].visible
    assert not cards[theirs.registration_number].visible
    page = response.content.decode()
    assert reverse("candidates:detail", args=[mine.registration_number]) in page
    assert reverse("candidates:detail", args=[theirs.registration_number]) not in page
    assert theirs.full_name in page and other_centre.name in page
    # Who saw which record of another centre, without any name.
    entry = AuditEntry.objects.get(access_kind=AuditEntry.AccessKind.NETWORK_LOOKUP)
    assert entry.actor == client.user and entry.centre_id == centre.pk
    assert entry.additional_data == {
        "page": "probable_duplicates",
        "records": [theirs.registration_number],
    }


def test_an_uninvolved_centre_sees_none_of_the_pair(client_for, centre):
    first_centre, second_centre = CentreFactory(), CentreFactory()
    a = person(first_centre, district=centre.district)
    b = person(second_centre, district=centre.district)
    assert pairs_on(client_for("registration_officer").get(URL)) == set()
    # A centre linked to one of them sees the pair.
    CentreLink.objects.create(
        candidate=a,
        centre=centre,
        consent_text=a.consent_text,
        linked_by=UserFactory(centre=centre, role="registration_officer"),
    )
    response = client_for("registration_officer").get(URL)
    assert pairs_on(response) == {pair(a, b)}
    (shown,) = response.context["page"]
    assert [card.visible for card in shown.cards] == [True, False]


def test_a_superuser_chooses_a_centre_and_sees_its_pairs(client_for):
    a = person(CentreFactory())
    b = person(CentreFactory(district=a.home_district))
    client = client_for("superuser")
    unchosen = client.get(URL)
    assert pairs_on(unchosen) == set() and 'data-testid="choose-a-centre"' in unchosen.text
    response = client.get(URL, {"centre": b.centre.code})
    assert pairs_on(response) == {pair(a, b)}
    assert all(card.visible for card in response.context["page"][0].cards)


def test_pages_of_pairs_newest_first_in_a_bounded_number_of_queries(
    client_for, centre, django_assert_max_num_queries, settings
):
    from apps.candidates import views_duplicates

    settings.DEBUG = False
    names = ["Imran Khan", "Bilal Ahmed", "Ayesha Bibi"]
    pairs = [(person(centre, name), person(centre, name)) for name in names]
    client = client_for("registration_officer")
    page_size = views_duplicates.PAGE_SIZE
    views_duplicates.PAGE_SIZE = 2
    try:
        with django_assert_max_num_queries(12):
            first = client.get(URL)
        second = client.get(URL, {"page": 2})
        beyond = client.get(URL, {"page": 9})
    finally:
        views_duplicates.PAGE_SIZE = page_size
    assert first.context["page"].paginator.count == 3
    assert pairs_on(first) == {pair(*pairs[2]), pair(*pairs[1])}
    assert pairs_on(second) == {pair(*pairs[0])}
    assert beyond.context["page"].number == 2


def test_the_page_reads_in_urdu(client_for, centre):
    person(centre, "محمد اسلم")
    person(centre, "Muhammad Aslam")
    client = client_for("registration_officer")
    client.cookies["django_language"] = "ur"
    response = client.get(URL)
    assert response.status_code == 200
    assert 'lang="ur"' in response.content.decode()
