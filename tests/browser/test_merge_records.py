"""One person, one record, in Chromium: an officer finds the two records of one person
(one typed in Urdu, one in Latin letters, at two centres) among the probable duplicates,
merges them, and the old number leads to the record kept; in English on a desk screen
and in Urdu on a phone."""

import datetime

import pytest

from apps.candidates.models import Candidate, CandidateMerge
from tests.browser.conftest import log_in, save_screenshot
from tests.factories import TEST_PASSWORD, CentreFactory, UserFactory, consent_text, make_candidate

pytestmark = pytest.mark.django_db(transaction=True)

BORN = datetime.date(1992, 4, 18)


@pytest.mark.parametrize(("language", "viewport"), [("en", "kiosk-landscape"), ("ur", "phone")])
def test_an_officer_merges_two_records_of_one_person(open_page, live_server, language, viewport):
    consent_text("en")
    lahore = CentreFactory(code="LHR")
    sialkot = CentreFactory(code="SKT", district=lahore.district)
    UserFactory(role="registration_officer", centre=lahore, username="officer.merge")
    mine = make_candidate(centre=lahore, full_name="Muhammad Aslam", date_of_birth=BORN)
    theirs = make_candidate(
        centre=sialkot, full_name="محمد اسلم", date_of_birth=BORN, home_district=lahore.district
    )

    page = open_page(viewport)
    log_in(page, "officer.merge", TEST_PASSWORD)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    page.goto("/candidates/duplicates/probable/")
    assert page.get_by_test_id("pair").count() == 1
    assert page.get_by_test_id("record-card").count() == 2
    save_screenshot(page, f"merge-probable-duplicates-{language}-{viewport}")

    page.get_by_test_id("merge-link").click()
    form = page.get_by_test_id("merge-form")
    assert form.is_visible()
    # Keep this centre's record; confirm with the other's number as on its slip.
    form.locator(f"input[name=kept][value='{mine.registration_number}']").check()
    form.locator("input[name=confirmation]").fill(theirs.registration_number.lower())
    form.locator("textarea[name=reason]").fill("Both cards seen: one CNIC was mistyped.")
    save_screenshot(page, f"merge-records-form-{language}-{viewport}")
    page.get_by_test_id("confirm-merge").click()

    merge = CandidateMerge.objects.get()
    page.wait_for_url(f"**/candidates/merges/{merge.pk}/")
    assert page.get_by_test_id("merge-moved").is_visible()
    save_screenshot(page, f"merge-done-{language}-{viewport}")
    assert Candidate.objects.get(pk=theirs.pk).merged_into_id == mine.pk

    # The merged record's number leads to the record kept, which lists the merge.
    page.goto(f"/candidates/{theirs.registration_number}/")
    page.wait_for_url(f"**/candidates/{mine.registration_number}/")
    assert page.get_by_test_id("merge-received").is_visible()
    save_screenshot(page, f"merge-kept-record-{language}-{viewport}")
