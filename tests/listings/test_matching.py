"""Matching registered people with a listing, and the applications that follow."""

import datetime
import threading

import pytest
from django.db import connection

from apps.listings import selectors, services
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
TODAY = datetime.date.today()


def born(age):
    return TODAY.replace(year=TODAY.year - age, day=1) - datetime.timedelta(days=40)


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


@pytest.fixture
def crafted(centre, officer):
    """People built so that each differs from the next by one part of the fit."""
    electrician = ensure_occupation("7411", "Building and Related Electricians")
    lineman = ensure_occupation("7413", "Electrical Line Installers")  # same minor group 741
    fitter = ensure_occupation("7421", "Electronics Mechanics")  # same sub-major group 74
    cook = ensure_occupation("5120", "Cooks")

    def person(name, **fields):
        fields.setdefault("date_of_birth", born(30))
        fields.setdefault("languages", [("ur", "fluent"), ("ar", "basic")])
        fields.setdefault("destination_countries", ["SA"])
        fields.setdefault("occupations", [(electrician, 6)])
        return make_candidate(centre=centre, registered_by=officer, full_name=name, **fields)

    return {
        "ideal": person("Ideal Electrician"),
        "no arabic": person("No Arabic", languages=[("ur", "fluent")]),
        "wants qatar": person("Wants Qatar", destination_countries=["QA"]),
        "lineman": person("Related Lineman", occupations=[(lineman, 6)]),
        "fitter": person("Distant Fitter", occupations=[(fitter, 6)]),
        "junior": person("Junior Electrician", occupations=[(electrician, 1)]),
        "too old": person("Too Old", date_of_birth=born(50)),
        "cook": person("Only A Cook", occupations=[(cook, 10)]),
    }


def test_candidates_are_ranked_by_fit_with_reasons(listing, crafted, officer):
    fits = selectors.candidates_ranked_for(listing, officer)
    names = [fit.candidate.full_name for fit in fits]
    assert names == [
        "Ideal Electrician",  # 40 + 18 + 10 + 10 + 5 + 5 + 5
        "Wants Qatar",  # no destination points
        "Related Lineman",  # minor-group match
        "Distant Fitter",  # sub-major-group match
        # Those who miss a stated requirement come last, by score:
        "Too Old",  # 88
        "No Arabic",  # 83
        "Junior Electrician",  # 75: no experience points
    ]
    assert "Only A Cook" not in names
    ideal = fits[0]
    assert ideal.meets_requirements
    assert any("Same trade" in reason.text and reason.met for reason in ideal.reasons)
    junior = next(fit for fit in fits if fit.candidate.full_name == "Junior Electrician")
    assert any(
        "1 years' experience, 3 needed" in r.text and r.is_requirement for r in junior.reasons
    )


def test_only_the_staff_members_own_centre_is_matched(listing, crafted):
    stranger = UserFactory(centre=CentreFactory(), role="registration_officer")
    assert selectors.candidates_ranked_for(listing, stranger) == []


def test_a_candidate_sees_the_open_listings_that_fit(listing, crafted):
    make_listing(title_en="Closed job", status="closed")
    fits = selectors.open_listings_fitting(crafted["ideal"])
    assert [fit.listing for fit in fits] == [listing]
    assert selectors.open_listings_fitting(crafted["cook"]) == []


def test_the_matches_page_lists_and_shortlists(client, listing, crafted, officer):
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    page = client.get(f"/jobs/{listing.pk}/matches/").content.decode()
    assert page.index("Ideal Electrician") < page.index("No Arabic")
    ideal = crafted["ideal"]
    response = client.post(
        f"/jobs/{listing.pk}/matches/{ideal.registration_number}/shortlist/",
        {"next": f"/jobs/{listing.pk}/matches/"},
    )
    assert response.status_code == 302
    application = Application.objects.get(candidate=ideal, listing=listing)
    assert application.status == "shortlisted"
    assert [
        (c.from_status, c.to_status, c.changed_by) for c in application.status_changes.all()
    ] == [("", "shortlisted", officer)]


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
