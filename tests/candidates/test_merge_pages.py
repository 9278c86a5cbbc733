"""The merge page, the page of a merge done, and a merged record's own page: per role,
per centre, with real requests. Another centre's pair answers 404."""

import datetime

import pytest
from django.urls import reverse

from apps.candidates.merging import merge_candidates
from apps.candidates.models import Candidate, CandidateMerge
from tests.factories import CentreFactory, DistrictFactory, UserFactory, make_candidate

pytestmark = pytest.mark.django_db

BORN = datetime.date(1988, 11, 2)


def person(centre, name="Bilal Ahmed", **fields):
    fields.setdefault("date_of_birth", BORN)
    fields.setdefault("home_district", centre.district)
    return make_candidate(centre=centre, full_name=name, **fields)


def merge_url(first, second):
    return reverse(
        "candidates:merge_records", args=[first.registration_number, second.registration_number]
    )


def confirm(kept, merged, **changes):
    data = {
        "kept": kept.registration_number,
        "confirmation": merged.registration_number,
        "reason": "Both cards checked at the desk: one CNIC was mistyped.",
    }
    data.update(changes)
    return data


@pytest.fixture
def across_centres(centre):
    """A probable pair: one record at the `centre` fixture, one at another centre."""
    other = CentreFactory(district=centre.district)
    return person(centre), person(other, "بلال احمد")


# --- The merge page ------------------------------------------------------------------


def test_an_officer_of_the_centre_merges_two_of_its_records(client_for, centre):
    first, second = person(centre), person(centre)
    client = client_for("registration_officer")
    assert client.get(merge_url(first, second)).status_code == 200

    response = client.post(merge_url(first, second), confirm(kept=first, merged=second))

    merge = CandidateMerge.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("candidates:merge", args=[merge.pk])
    assert (merge.kept, merge.merged, merge.merged_by) == (first, second, client.user)
    page = client.get(response.url).content.decode()
    assert second.registration_number in page and "one CNIC was mistyped" in page


def test_the_confirmation_must_name_the_record_merged_away(client_for, centre):
    first, second = person(centre), person(centre)
    client = client_for("registration_officer")
    wrong = client.post(
        merge_url(first, second),
        confirm(kept=first, merged=second, confirmation=first.registration_number),
    )
    assert wrong.status_code == 200 and wrong.context["form"].errors["confirmation"]
    assert not CandidateMerge.objects.exists()
    # Typed as on the slip: lower case, without the zeros, in Urdu digits.
    code, year, sequence = second.registration_number.split("-")
    typed = f"{code.lower()}-{year}-{int(sequence)}".translate(
        str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    )
    done = client.post(
        merge_url(first, second), confirm(kept=first, merged=second, confirmation=typed)
    )
    assert done.status_code == 302 and CandidateMerge.objects.get().merged == second


def test_a_reason_is_required(client_for, centre):
    first, second = person(centre), person(centre)
    response = client_for("registration_officer").post(
        merge_url(first, second), confirm(kept=first, merged=second, reason="")
    )
    assert response.status_code == 200 and response.context["form"].errors["reason"]
    assert not CandidateMerge.objects.exists()


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_an_officer_of_either_centre_merges_a_pair_across_centres(
    client_for, centre, across_centres, side
):
    mine, theirs = across_centres
    kept, merged = (mine, theirs) if side == "mine" else (theirs, mine)
    client = client_for("registration_officer")
    page = client.get(merge_url(mine, theirs))
    assert page.status_code == 200
    html = page.content.decode()
    # Another centre's record: name, number, centre and masked CNIC, no link, no phone.
    assert theirs.full_name in html and theirs.cnic_masked in html
    assert reverse("candidates:detail", args=[theirs.registration_number]) not in html
    assert str(theirs.phone.national_number) not in html

    response = client.post(merge_url(mine, theirs), confirm(kept=kept, merged=merged))

    assert response.status_code == 302
    # Whichever was kept, the officer's centre serves the person now.
    assert list(Candidate.objects.visible_to(client.user)) == [kept]


def test_an_officer_of_an_uninvolved_centre_gets_404(client_for, across_centres):
    a, b = across_centres
    client = client_for("registration_officer", centre=CentreFactory())
    assert client.get(merge_url(a, b)).status_code == 404
    assert client.post(merge_url(a, b), confirm(kept=a, merged=b)).status_code == 404
    assert not CandidateMerge.objects.exists()


def test_another_centres_record_that_is_no_probable_twin_answers_404(client_for, centre):
    """A typed number of a stranger's record cannot join it to one of the centre's."""
    mine = person(centre)
    stranger = person(CentreFactory(), "Someone Else", home_district=DistrictFactory())
    client = client_for("registration_officer")
    assert client.get(merge_url(mine, stranger)).status_code == 404
    assert (
        client.post(merge_url(mine, stranger), confirm(kept=mine, merged=stranger)).status_code
        == 404
    )


def test_two_records_of_the_centre_merge_even_when_they_differ(client_for, centre):
    """The desk, with the person there, may know better than the rule (a misspelt name)."""
    first = person(centre)
    second = person(centre, "Bilaal Ahmad Khan", date_of_birth=BORN.replace(year=1989))
    page = client_for("registration_officer").get(merge_url(first, second))
    assert page.status_code == 200 and page.context["probable_duplicates"] is False


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("registration_officer", 200),
        ("centre_manager", 403),
        ("counsellor", 403),
        ("kiosk", 403),
        ("district_labour_officer", 403),
        ("superuser", 200),
    ],
)
def test_the_merge_page_per_role(client_for, centre, role, expected):
    first, second = person(centre), person(centre)
    assert client_for(role).get(merge_url(first, second)).status_code == expected


def test_unknown_or_identical_numbers_answer_404(client_for, centre):
    first = person(centre)
    client = client_for("registration_officer")
    assert client.get(merge_url(first, first)).status_code == 404
    url = reverse("candidates:merge_records", args=[first.registration_number, "XXX-2026-000999"])
    assert client.get(url).status_code == 404


def test_a_pair_merged_meanwhile_says_so_and_never_fails(client_for, centre):
    first, second = person(centre), person(centre)
    client = client_for("registration_officer")
    form = client.get(merge_url(first, second))
    assert form.status_code == 200
    # Another desk merges them the other way round first.
    merge_candidates(kept=second, merged=first, by=UserFactory(centre=centre), reason="Same")

    response = client.post(
        merge_url(first, second), confirm(kept=first, merged=second), follow=True
    )

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse(
        "candidates:detail", args=[second.registration_number]
    )
    assert "already merged" in response.content.decode()
    assert CandidateMerge.objects.count() == 1


def test_a_refused_merge_is_a_message_not_an_error(client_for, centre):
    from apps.privacy.services import Reason, anonymise_candidate

    first, second = person(centre), person(centre)
    client = client_for("registration_officer")
    anonymise_candidate(candidate=second, by=second.registered_by, reason=Reason.REQUEST)
    response = client.post(
        merge_url(first, second), confirm(kept=first, merged=second), follow=True
    )
    assert response.status_code == 200
    assert "erased" in response.content.decode()
    assert not CandidateMerge.objects.exists()


# --- A merged record's page, and the page of a merge ----------------------------------


def test_a_merged_records_page_leads_to_the_kept_one(client_for, centre):
    first, second = person(centre), person(centre)
    merge_candidates(kept=first, merged=second, by=first.registered_by, reason="Same")
    client = client_for("counsellor")
    response = client.get(
        reverse("candidates:detail", args=[second.registration_number]), follow=True
    )
    assert response.redirect_chain == [
        (reverse("candidates:detail", args=[first.registration_number]), 302)
    ]
    page = response.content.decode()
    assert f"{second.registration_number} was merged into this record" in page
    # Its other pages are gone: it takes no service.
    edit = reverse("candidates:edit", args=[second.registration_number])
    assert client_for("registration_officer").get(edit).status_code == 404


def test_a_merged_records_page_is_404_for_who_may_not_see_the_kept_one(client_for, centre):
    first, second = person(centre), person(centre)
    merge_candidates(kept=first, merged=second, by=first.registered_by, reason="Same")
    client = client_for("registration_officer", centre=CentreFactory())
    assert (
        client.get(reverse("candidates:detail", args=[second.registration_number])).status_code
        == 404
    )


def test_the_kept_records_page_lists_the_merge_and_its_explanation(client_for, centre):
    first, second = person(centre), person(centre)
    merge = merge_candidates(kept=first, merged=second, by=first.registered_by, reason="Same")
    detail = reverse("candidates:detail", args=[first.registration_number])
    page = client_for("registration_officer").get(detail).content.decode()
    assert second.registration_number in page
    assert reverse("candidates:merge", args=[merge.pk]) in page


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("registration_officer", 200),
        ("centre_manager", 200),
        ("counsellor", 403),
        ("district_labour_officer", 403),
        ("superuser", 200),
    ],
)
def test_the_page_of_a_merge_per_role(client_for, centre, role, expected):
    first, second = person(centre), person(centre)
    merge = merge_candidates(kept=first, merged=second, by=first.registered_by, reason="Same")
    response = client_for(role).get(reverse("candidates:merge", args=[merge.pk]))
    assert response.status_code == expected


def test_the_page_of_a_merge_shows_the_trail_to_the_manager(client_for, centre):
    first, second = person(centre), person(centre)
    merge = merge_candidates(kept=first, merged=second, by=first.registered_by, reason="Same")
    client = client_for("centre_manager")
    page = client.get(reverse("candidates:merge", args=[merge.pk])).content.decode()
    assert f"?label={second.registration_number}" in page
    trail = client.get(reverse("audit:trail"), {"label": second.registration_number})
    assert trail.status_code == 200 and trail.context["page"].paginator.count >= 2


def test_the_page_of_another_centres_merge_answers_404(client_for, centre):
    other = CentreFactory()
    first, second = person(other), person(other)
    merge = merge_candidates(kept=first, merged=second, by=first.registered_by, reason="Same")
    response = client_for("centre_manager").get(reverse("candidates:merge", args=[merge.pk]))
    assert response.status_code == 404


def test_the_merge_pages_read_in_urdu(client_for, centre):
    first, second = person(centre), person(centre, "بلال احمد")
    client = client_for("registration_officer")
    client.cookies["django_language"] = "ur"
    assert client.get(merge_url(first, second)).status_code == 200
    response = client.post(
        merge_url(first, second), confirm(kept=first, merged=second), follow=True
    )
    assert response.status_code == 200
    assert 'lang="ur"' in response.content.decode()
