"""The audit trail page: who may read it, a manager's centre only, the filters, how an
entry reads, and a fixed number of queries."""

import datetime

import pytest
from django.utils import timezone

from apps.audit.middleware import acting_as
from apps.audit.models import AuditEntry
from apps.audit.services import record_access
from apps.candidates.services import mark_documents_seen, verify_candidate
from tests.factories import CentreFactory, UserFactory, make_candidate, make_listing

pytestmark = pytest.mark.django_db

URL = "/audit/"


@pytest.fixture
def officer(centre):
    return UserFactory(
        centre=centre, role="registration_officer", first_name="Amna", last_name="Riaz"
    )


@pytest.fixture
def own_entries(centre, officer):
    """A person registered, corrected and their CNIC shown, at the manager's centre."""
    with acting_as(officer):
        candidate = make_candidate(centre=centre, registered_by=officer, full_name="Sadia Noor")
        candidate.education = "bachelor"
        candidate.full_name = "Sadia Noor Khan"
        candidate.save()
    record_access(actor=officer, kind=AuditEntry.AccessKind.FULL_CNIC, obj=candidate)
    return candidate


@pytest.fixture
def other_centre_entries():
    other = CentreFactory()
    stranger = UserFactory(centre=other, role="registration_officer")
    with acting_as(stranger):
        candidate = make_candidate(centre=other, registered_by=stranger)
    record_access(actor=stranger, kind=AuditEntry.AccessKind.FULL_CNIC, obj=candidate)
    return candidate


def _numbers(response):
    return {row.entry.object_repr for row in response.context["rows"]}


@pytest.mark.parametrize(
    "role", ["registration_officer", "counsellor", "district_labour_officer", "kiosk"]
)
def test_other_roles_get_403(client_for, role):
    assert client_for(role).get(URL).status_code == 403


def test_anonymous_goes_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_a_manager_reads_their_centres_entries_only_whatever_the_filters(
    client_for, own_entries, other_centre_entries
):
    client = client_for("centre_manager")
    stranger_number = other_centre_entries.registration_number
    for params in (
        {},
        {"label": stranger_number},
        {"kind": "candidates.candidate"},
        {"what": "full_cnic"},
        {"centre": other_centre_entries.centre_id},  # not a filter a manager has
        {"actor": AuditEntry.objects.filter(object_repr=stranger_number).first().actor_id},
    ):
        response = client.get(URL, params)
        assert response.status_code == 200
        table = response.text.split('data-testid="audit-trail"', 1)[1]
        assert stranger_number not in table, params
        assert all(row.entry.centre_id == client.user.centre_id for row in response.context["rows"])
    assert own_entries.registration_number in client.get(URL).text


def test_a_superuser_reads_every_centre_and_filters_by_centre(
    client_for, own_entries, other_centre_entries
):
    client = client_for("superuser")
    response = client.get(URL)
    assert {own_entries.registration_number, other_centre_entries.registration_number} <= _numbers(
        response
    )
    response = client.get(URL, {"centre": other_centre_entries.centre_id})
    assert _numbers(response) == {other_centre_entries.registration_number}


def test_an_entry_reads_who_what_and_what_changed_without_personal_values(client_for, own_entries):
    client = client_for("centre_manager")
    text = client.get(URL, {"what": "changed", "kind": "candidates.candidate"}).text
    assert "Amna Riaz" in text and "Registration officer" in text
    assert "Highest education" in text and "Bachelor" in text
    assert "Full name" in text and "changed (value not recorded)" in text
    assert "Sadia" not in text
    link = f'href="/candidates/{own_entries.registration_number}/"'
    assert link in text  # a manager may open the record


def test_entries_of_commands_are_the_systems_and_times_are_local(client_for, centre, settings):
    candidate = make_candidate(centre=centre)  # no request, no actor
    client = client_for("centre_manager")
    response = client.get(URL, {"label": candidate.registration_number, "what": "created"})
    (row,) = response.context["rows"]
    assert row.entry.actor is None and "system" in response.text
    local = timezone.localtime(row.entry.timestamp)
    assert local.utcoffset() == datetime.timedelta(hours=5)  # Asia/Karachi
    assert f"{local:%H:%M}" in response.text


def test_each_filter_narrows(client_for, centre, officer, own_entries):
    manager = client_for("centre_manager")
    other_officer = UserFactory(centre=centre, role="registration_officer")
    record_access(actor=other_officer, kind=AuditEntry.AccessKind.FULL_PASSPORT, obj=own_entries)

    def kinds(**params):
        return {row.what for row in manager.get(URL, params).context["rows"]}

    assert kinds(what="full_passport") == {"Full passport number shown"}
    assert kinds(what="created") == {"Created"}
    assert kinds(actor=other_officer.pk) == {"Full passport number shown"}
    assert "Full CNIC shown" in kinds(actor=officer.pk)
    assert kinds(kind="candidates.candidate") == {
        "Created",
        "Changed",
        "Full CNIC shown",
        "Full passport number shown",
    }
    assert kinds(kind="reports") == set()
    today = timezone.localdate()
    assert kinds(date_from=today.isoformat(), date_to=today.isoformat())
    assert kinds(date_to=(today - datetime.timedelta(days=1)).isoformat()) == set()
    assert kinds(label="no-such-number") == set()


def test_accounts_of_another_centre_are_not_offered_as_actors(client_for, other_centre_entries):
    response = client_for("centre_manager").get(URL)
    offered = response.context["filter"].form.fields["actor"].queryset
    assert not offered.exclude(centre=response.wsgi_request.user.centre).exists()


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2026-13-45"},
        {"date_to": "yesterday"},
        {"actor": "abc"},
        {"actor": "999999"},
        {"what": "hacked"},
        {"kind": "auth.user"},
        {"page": "last-but-one"},
    ],
)
def test_bad_filter_input_is_a_message_not_a_500(client_for, own_entries, params):
    response = client_for("centre_manager").get(URL, params)
    assert response.status_code == 200
    if "page" not in params:
        assert "Some filters could not be read" in response.text


def test_a_listing_change_is_in_the_acting_officers_centre(client_for, centre, officer):
    listing = make_listing()
    with acting_as(officer):
        listing.vacancies = 99
        listing.save()
    manager = client_for("centre_manager")
    response = manager.get(URL, {"kind": "listings.joblisting"})
    (row,) = response.context["rows"]
    assert row.entry.centre == centre
    assert any(change.new == "99" for change in row.changes)


def test_the_page_runs_a_fixed_number_of_queries(
    client_for, centre, officer, django_assert_max_num_queries
):
    client = client_for("centre_manager")
    with acting_as(officer):
        make_candidate(centre=centre, registered_by=officer)
    with django_assert_max_num_queries(20) as few:
        client.get(URL)
    with acting_as(officer):
        for _n in range(13):  # 4 entries each: over a page
            candidate = make_candidate(centre=centre, registered_by=officer)
            mark_documents_seen(candidate=candidate, by=officer)
            verify_candidate(candidate=candidate, by=officer)
            record_access(actor=officer, kind=AuditEntry.AccessKind.FULL_CNIC, obj=candidate)
    with django_assert_max_num_queries(len(few)):
        response = client.get(URL)
    assert len(response.context["rows"]) == 50  # a full page


def test_the_admin_shows_the_trail_read_only_even_to_a_superuser(client_for, own_entries):
    from django.conf import settings

    client = client_for("superuser")
    base = f"/{settings.ADMIN_URL}audit/auditentry/"
    entry = AuditEntry.objects.filter(action=AuditEntry.Action.UPDATE).first()
    listing = client.get(base)
    assert listing.status_code == 200 and own_entries.registration_number in listing.text
    page = client.get(f"{base}{entry.pk}/change/")
    assert page.status_code == 200
    assert "changed (value not recorded)" in page.text and "Sadia" not in page.text
    assert client.get(f"{base}add/").status_code == 403
    assert client.post(f"{base}{entry.pk}/delete/").status_code == 403
    client.post(base, {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"})
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
