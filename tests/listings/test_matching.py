"""Matching registered people with a listing, and the applications that follow."""

import threading

import pytest
from django.db import connection

from apps.listings import services
from apps.listings.models import Application, ListingLanguage
from tests.factories import (
    TEST_PASSWORD,
    CentreFactory,
    UserFactory,
    ensure_occupation,
    make_candidate,
    make_listing,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(centre):
    return UserFactory(centre=centre, role="registration_officer")


@pytest.fixture
def listing():
    listing = make_listing(
        occupation=ensure_occupation("7411", "Building and Related Electricians"),
        destination_country="SA",
        min_experience_years=3,
        age_min=21,
        age_max=45,
        education="matric",
    )
    ListingLanguage.objects.create(listing=listing, language="ar", level="basic")
    return listing


def test_the_matches_page_lists_and_shortlists(client, listing, officer, centre):
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    person = make_candidate(
        centre=centre, full_name="Ideal Electrician", occupations=[(listing.occupation, 6)]
    )
    page = client.get(f"/jobs/{listing.pk}/matches/").content.decode()
    assert "Ideal Electrician" in page
    response = client.post(
        f"/jobs/{listing.pk}/matches/{person.registration_number}/shortlist/",
        {"next": f"/jobs/{listing.pk}/matches/"},
    )
    assert response.status_code == 302
    application = Application.objects.get(candidate=person, listing=listing)
    assert application.status == "shortlisted"
    assert [
        (c.from_status, c.to_status, c.changed_by) for c in application.status_changes.all()
    ] == [("", "shortlisted", officer)]
    page = client.get(f"/jobs/{listing.pk}/matches/").content.decode()
    assert 'data-testid="application-status">Shortlisted<' in page


def test_shortlisting_another_centres_candidate_is_404(client, listing, officer):
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    stranger = make_candidate(centre=CentreFactory())
    response = client.post(f"/jobs/{listing.pk}/matches/{stranger.registration_number}/shortlist/")
    assert response.status_code == 404
    assert not Application.objects.exists()


def test_the_matches_page_of_a_hidden_listing_is_404(client, officer):
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    assert client.get(f"/jobs/{make_listing(status='draft').pk}/matches/").status_code == 404


def test_the_matches_page_runs_a_constant_number_of_queries(
    client, listing, officer, centre, django_assert_max_num_queries
):
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    make_candidate(centre=centre, registered_by=officer)
    with django_assert_max_num_queries(30) as few:
        client.get(f"/jobs/{listing.pk}/matches/")
    for _ in range(8):
        make_candidate(centre=centre, registered_by=officer)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(f"/jobs/{listing.pk}/matches/")


class TestApplicationSteps:
    @pytest.fixture
    def application(self, listing, centre, officer):
        candidate = make_candidate(centre=centre, registered_by=officer)
        return services.shortlist_candidate(candidate=candidate, listing=listing, by=officer)

    def test_each_step_is_recorded_with_who_and_when(self, application, officer):
        for step in ("referred", "selected", "departed"):
            services.change_application_status(application=application, to_status=step, by=officer)
        steps = [change.to_status for change in application.status_changes.all()]
        assert steps == ["shortlisted", "referred", "selected", "departed"]
        assert {change.changed_by for change in application.status_changes.all()} == {officer}

    @pytest.mark.parametrize("impossible", ["interested", "selected", "departed", "bogus"])
    def test_an_impossible_step_is_refused(self, application, officer, impossible):
        with pytest.raises(services.StatusChangeNotAllowed):
            services.change_application_status(
                application=application, to_status=impossible, by=officer
            )

    def test_a_closed_path_allows_nothing(self, application, officer):
        services.change_application_status(
            application=application, to_status="withdrawn", by=officer
        )
        with pytest.raises(services.StatusChangeNotAllowed):
            services.change_application_status(
                application=application, to_status="shortlisted", by=officer
            )

    def test_the_status_page_moves_an_application(self, client, application, officer):
        assert client.login(username=officer.username, password=TEST_PASSWORD)
        response = client.post(
            f"/jobs/applications/{application.pk}/status/", {"status": "referred"}, follow=True
        )
        application.refresh_from_db()
        assert application.status == "referred"
        assert "Referred to the agency" in response.content.decode()

    def test_a_refused_step_says_so(self, client, application, officer):
        assert client.login(username=officer.username, password=TEST_PASSWORD)
        response = client.post(
            f"/jobs/applications/{application.pk}/status/", {"status": "departed"}, follow=True
        )
        assert "That step is not possible" in response.content.decode()

    def test_another_centres_staff_get_404(self, client, application):
        stranger = UserFactory(centre=CentreFactory(), role="registration_officer")
        assert client.login(username=stranger.username, password=TEST_PASSWORD)
        response = client.post(
            f"/jobs/applications/{application.pk}/status/", {"status": "referred"}
        )
        assert response.status_code == 404
        listing_page = client.get(f"/jobs/{application.listing_id}/applications/")
        assert list(listing_page.context["applications"]) == []

    def test_a_counsellor_may_not_move_applications(self, client, application, centre):
        counsellor = UserFactory(centre=centre, role="counsellor")
        assert client.login(username=counsellor.username, password=TEST_PASSWORD)
        response = client.post(
            f"/jobs/applications/{application.pk}/status/", {"status": "referred"}
        )
        assert response.status_code == 403


@pytest.mark.django_db(transaction=True)
def test_racing_shortlists_make_one_application():
    from tests.factories import consent_text

    consent_text()
    centre = CentreFactory()
    officer = UserFactory(centre=centre, role="registration_officer")
    candidate = make_candidate(centre=centre, registered_by=officer)
    listing = make_listing()
    barrier = threading.Barrier(6)
    errors = []

    def shortlist():
        try:
            barrier.wait()
            services.shortlist_candidate(candidate=candidate, listing=listing, by=officer)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=shortlist) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Application.objects.filter(candidate=candidate, listing=listing).count() == 1
    assert Application.objects.get().status_changes.count() == 1


def test_the_applications_page_runs_a_constant_number_of_queries(
    client, listing, officer, centre, django_assert_max_num_queries
):
    assert client.login(username=officer.username, password=TEST_PASSWORD)

    def add_application():
        candidate = make_candidate(centre=centre, registered_by=officer)
        application = services.shortlist_candidate(candidate=candidate, listing=listing, by=officer)
        services.change_application_status(
            application=application, to_status="referred", by=officer
        )

    add_application()
    with django_assert_max_num_queries(30) as few:
        client.get(f"/jobs/{listing.pk}/applications/")
    for _ in range(6):
        add_application()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(f"/jobs/{listing.pk}/applications/")
    assert response.content.decode().count('data-testid="application"') == 7
