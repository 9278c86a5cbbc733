"""The centre manager's pages of the register: the working days each kind of complaint
may take at the centre (the national ones unless changed), and the rule for agencies
that draw upheld complaints. It works; another centre's rows are untouched; nothing
typed is lost on an error; a refusal of the database becomes a message; Urdu."""

import threading

import pytest
from django.conf import settings
from django.db import connection

from apps.complaints import services
from apps.complaints.forms.register import DeadlineRowForm
from apps.complaints.models import DEFAULT_DEADLINES, ComplaintDeadline, ComplaintPolicy, Kind
from tests.complaints.register_data import file_at
from tests.factories import TEST_PASSWORD, CentreFactory, UserFactory

pytestmark = pytest.mark.django_db
DEADLINES, POLICY = "/complaints/deadlines/", "/complaints/policy/"


@pytest.fixture
def manager(centre):
    return UserFactory(centre=centre, role="centre_manager")


@pytest.fixture
def manager_client(client, manager):
    assert client.login(username=manager.username, password=TEST_PASSWORD)
    return client


def national_rows():
    for kind, (acknowledge, resolve, escalate) in DEFAULT_DEADLINES.items():
        ComplaintDeadline.objects.get_or_create(
            centre=None,
            kind=kind,
            defaults={
                "acknowledge_days": acknowledge,
                "resolve_days": resolve,
                "escalate_days": escalate,
            },
        )


def the_table(centre, **rows):
    """The form as the page sends it: every kind's effective days, changed by `rows`
    (kind -> (acknowledge, resolve, escalate) or "national")."""
    data = {
        "deadlines-TOTAL_FORMS": str(len(Kind.values)),
        "deadlines-INITIAL_FORMS": str(len(Kind.values)),
        "deadlines-MIN_NUM_FORMS": "0",
        "deadlines-MAX_NUM_FORMS": "1000",
    }
    for n, entry in enumerate(services.centre_deadlines(centre)):
        days = rows.get(entry.kind, entry.days)
        data[f"deadlines-{n}-kind"] = entry.kind
        if days == "national":
            data[f"deadlines-{n}-national"] = "on"
            days = entry.days
        for name, value in zip(DeadlineRowForm.DAYS, days, strict=True):
            data[f"deadlines-{n}-{name}"] = str(value)
    return data


def test_the_table_shows_every_kind_with_the_national_days(manager_client):
    national_rows()
    response = manager_client.get(DEADLINES)
    assert response.status_code == 200
    page = response.content.decode()
    for label in ("Fees above the legal limit", "Passport or documents kept back"):
        assert label in page
    assert len(response.context["rows"]) == len(Kind.values)


def test_saving_sets_the_centres_own_days_only_where_changed(manager_client, centre):
    national_rows()
    other = CentreFactory()
    response = manager_client.post(DEADLINES, the_table(centre, documents=("۱", "8", "3")))
    assert response.status_code == 302
    own = ComplaintDeadline.objects.get(centre=centre)
    assert (own.kind, own.acknowledge_days, own.resolve_days, own.escalate_days) == (
        Kind.DOCUMENTS,
        1,
        8,
        3,
    )
    assert not ComplaintDeadline.objects.filter(centre=other).exists()
    assert ComplaintDeadline.objects.filter(centre=None).count() == len(Kind.values)
    # A complaint filed now counts with the centre's days; one filed before keeps its dates.
    assert services.deadline_days(centre=centre, kind=Kind.DOCUMENTS) == (1, 8, 3)
    assert services.deadline_days(centre=other, kind=Kind.DOCUMENTS) == (1, 10, 5)


def test_back_to_national_removes_the_centres_row(manager_client, centre):
    national_rows()
    earlier = file_at(centre, kind=Kind.DOCUMENTS)
    ComplaintDeadline.objects.create(
        centre=centre, kind=Kind.DOCUMENTS, acknowledge_days=2, resolve_days=9, escalate_days=4
    )
    page = manager_client.get(DEADLINES).content.decode()
    assert "Back to the national days" in page
    response = manager_client.post(DEADLINES, the_table(centre, documents="national"))
    assert response.status_code == 302
    assert not ComplaintDeadline.objects.filter(centre=centre).exists()
    resolve_by = earlier.resolve_by
    earlier.refresh_from_db()
    assert earlier.resolve_by == resolve_by


def test_an_error_keeps_what_was_typed(manager_client, centre):
    national_rows()
    response = manager_client.post(
        DEADLINES, the_table(centre, documents=("12", "8", "3"), wages=("3", "x", "22"))
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Acknowledging comes no later than resolving." in page
    assert "Enter a whole number of working days." in page
    assert 'value="12"' in page and 'value="x"' in page
    assert not ComplaintDeadline.objects.filter(centre=centre).exists()


def test_a_refused_table_reaches_the_page_as_a_message(manager_client, centre, monkeypatch):
    national_rows()
    # Past the form's own checks, the database's rule answers in words.
    monkeypatch.setattr(DeadlineRowForm, "clean", lambda self: self.cleaned_data)
    response = manager_client.post(DEADLINES, the_table(centre, documents=("12", "8", "3")))
    assert response.status_code == 200
    assert "acknowledging comes no later than resolving" in response.content.decode()
    assert not ComplaintDeadline.objects.filter(centre=centre).exists()


@pytest.mark.django_db(transaction=True)
def test_two_managers_saving_at_once_make_one_row():
    centre = CentreFactory()
    barrier = threading.Barrier(2)
    results = []

    def save(days):
        try:
            barrier.wait()
            rows = [
                {
                    "kind": Kind.DOCUMENTS,
                    "national": False,
                    **dict(zip(DeadlineRowForm.DAYS, days, strict=True)),
                }
            ]
            results.append(services.set_centre_deadlines(centre=centre, rows=rows))
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(d,)) for d in ((1, 8, 3), (2, 9, 4))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert ComplaintDeadline.objects.filter(centre=centre).count() == 1
    assert sorted(map(len, results)) == [1, 1]


def test_the_deadlines_page_renders_in_urdu(manager_client):
    national_rows()
    manager_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    response = manager_client.get(DEADLINES)
    assert response.status_code == 200
    assert 'lang="ur"' in response.content.decode()
    assert "شکایت" in response.content.decode()


# --- The rule for agencies ------------------------------------------------------------


def test_the_policy_page_shows_the_default_and_saves_the_centres_rule(manager_client, centre):
    response = manager_client.get(POLICY)
    assert response.status_code == 200
    assert 'value="3"' in response.content.decode()
    response = manager_client.post(
        POLICY, {"review_threshold": "۵", "review_blocks_listings": "on"}
    )
    assert response.status_code == 302
    policy = ComplaintPolicy.objects.get(centre=centre)
    assert policy.review_threshold == 5 and policy.review_blocks_listings
    manager_client.post(POLICY, {"review_threshold": "4"})
    policy.refresh_from_db()
    assert policy.review_threshold == 4 and not policy.review_blocks_listings
    assert ComplaintPolicy.objects.count() == 1


def test_a_policy_error_keeps_what_was_typed(manager_client):
    response = manager_client.post(
        POLICY, {"review_threshold": "0", "review_blocks_listings": "on"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "The threshold is at least one complaint." in page
    assert 'value="0"' in page and "checked" in page
    assert not ComplaintPolicy.objects.exists()


def test_the_policy_page_renders_in_urdu(manager_client):
    manager_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    response = manager_client.get(POLICY)
    assert response.status_code == 200
    assert 'lang="ur"' in response.content.decode()


def test_a_superuser_is_sent_back_with_a_word(client):
    from tests.factories import SuperuserFactory

    client.force_login(SuperuserFactory())
    response = client.get(DEADLINES, follow=True)
    assert response.redirect_chain[-1][0] == "/workspace/"
    assert "Only staff of a centre can do this." in response.content.decode()
