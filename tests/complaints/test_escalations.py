"""Escalating a complaint and keeping the answer, through the pages: it works; those who
handle complaints at the centre may; a mistake comes back with what was typed; a closed
complaint is refused; another centre's complaint is 404; a missing one is 404; other
roles 403; anonymous visitors go to log in. The complaint's page shows the escalations
part."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from apps.complaints.models import Complaint, ComplaintEvent, Escalation
from apps.complaints.services import close_complaint, escalate_complaint
from tests.factories import CentreFactory, UserFactory, make_complaint

pytestmark = pytest.mark.django_db


def escalate_url(complaint):
    return f"/complaints/{complaint.reference}/escalate/"


def answer_url(escalation):
    return f"/complaints/{escalation.complaint.reference}/escalations/{escalation.pk}/answer/"


def page_url(complaint):
    return f"/complaints/{complaint.reference}/"


def day(value: datetime.date) -> str:
    return value.strftime("%d/%m/%Y")


def escalation_data(**overrides):
    data = {
        "escalate-authority": "protector",
        "escalate-office": "Protectorate of Emigrants, Lahore",
        "escalate-sent_on": day(timezone.localdate()),
        "escalate-request": "Have the agent return the Rs 450,000 taken in cash.",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def answer_data(escalation, **overrides):
    prefix = f"answer-{escalation.pk}"
    data = {
        f"{prefix}-answer": "The agent was summoned; the money is to be returned in 30 days.",
        f"{prefix}-answered_on": day(timezone.localdate()),
        f"{prefix}-their_reference": "POE/LHR/2026/881",
    }
    data.update({f"{prefix}-{key}": value for key, value in overrides.items()})
    return data


@pytest.fixture
def complaint(centre):
    return make_complaint(centre=centre)


@pytest.fixture
def escalation(complaint):
    handler = UserFactory(centre=complaint.centre, role="complaints_officer")
    return escalate_complaint(
        complaint=complaint,
        authority="opf",
        by=handler,
        office="OPF regional office, Lahore",
        request="Help recover the dues.",
    )


# --- Escalating ----------------------------------------------------------------------


@pytest.mark.parametrize("role", ["counsellor", "complaints_officer"])
def test_a_complaint_is_referred_and_the_page_shows_it(client_for, complaint, role):
    client = client_for(role)
    response = client.post(escalate_url(complaint), escalation_data())

    assert response.status_code == 302
    assert response.url == f"/complaints/{complaint.reference}/#escalations"
    escalation = Escalation.objects.get(complaint=complaint)
    assert (escalation.authority, escalation.office) == (
        "protector",
        "Protectorate of Emigrants, Lahore",
    )
    assert escalation.request == "Have the agent return the Rs 450,000 taken in cash."
    assert escalation.sent_on == timezone.localdate()
    assert escalation.sent_by == client.user
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.ESCALATED
    assert complaint.events.filter(kind=ComplaintEvent.Kind.ESCALATED, by=client.user).exists()


def test_the_escalation_page_shows_the_form_with_today_filled_in(client_for, complaint):
    response = client_for("complaints_officer").get(escalate_url(complaint))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Protector of Emigrants" in page and "Overseas Pakistanis Foundation" in page
    assert day(timezone.localdate()) in page


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"escalate-authority": None}, "Choose the authority to send the complaint to."),
        ({"escalate-request": "  "}, "Say what we ask of them."),
        ({"escalate-sent_on": "31/02/2026"}, "Enter the date as day/month/year"),
        (
            {"escalate-sent_on": day(timezone.localdate() + datetime.timedelta(days=2))},
            "The date cannot be in the future.",
        ),
        (
            {"escalate-sent_on": day(timezone.localdate() - datetime.timedelta(days=40))},
            "The letter cannot be sent before the complaint was taken in",
        ),
    ],
)
def test_a_mistake_comes_back_with_what_was_typed(client_for, complaint, changes, message):
    response = client_for("counsellor").post(escalate_url(complaint), escalation_data(**changes))

    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert "Nothing you typed has been lost." in page
    assert "Protectorate of Emigrants, Lahore" in page
    assert not Escalation.objects.exists()


def test_dates_may_be_typed_in_urdu_digits(client_for, complaint):
    today = timezone.localdate()
    urdu = day(today).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    client_for("counsellor").post(
        escalate_url(complaint), escalation_data(**{"escalate-sent_on": urdu})
    )
    assert Escalation.objects.get().sent_on == today


def test_a_closed_complaint_is_not_referred(client_for, complaint):
    client = client_for("complaints_officer")
    close_complaint(complaint=complaint, outcome="dismissed", by=client.user)
    response = client.post(escalate_url(complaint), escalation_data(), follow=False)

    assert response.status_code == 302
    assert response.url == f"/complaints/{complaint.reference}/#escalations"
    assert not Escalation.objects.exists()
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == ["This complaint is closed: reopen it before referring it on."]


def test_another_centres_complaint_is_not_found(client_for):
    elsewhere = make_complaint(centre=CentreFactory())
    response = client_for("counsellor").post(escalate_url(elsewhere), escalation_data())
    assert response.status_code == 404
    assert not Escalation.objects.exists()


def test_a_missing_complaint_is_not_found(client_for):
    response = client_for("counsellor").post("/complaints/LHR-C-2026-999999/escalate/", {})
    assert response.status_code == 404


@pytest.mark.parametrize(
    "role", ["registration_officer", "centre_manager", "superuser", "kiosk", "national_officer"]
)
def test_those_who_do_not_handle_complaints_are_refused(client_for, complaint, role):
    response = client_for(role).post(escalate_url(complaint), escalation_data())
    assert response.status_code == 403
    assert not Escalation.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, complaint):
    response = client.post(escalate_url(complaint), escalation_data())
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


# --- The answer ----------------------------------------------------------------------


def test_the_answer_is_kept_with_its_day_and_their_reference(client_for, escalation):
    client = client_for("counsellor")
    response = client.post(answer_url(escalation), answer_data(escalation))

    assert response.status_code == 302
    assert response.url == f"/complaints/{escalation.complaint.reference}/#escalations"
    escalation.refresh_from_db()
    assert escalation.answer.startswith("The agent was summoned")
    assert escalation.answered_on == timezone.localdate()
    assert escalation.their_reference == "POE/LHR/2026/881"
    assert ComplaintEvent.objects.filter(
        complaint=escalation.complaint, kind=ComplaintEvent.Kind.ANSWERED, by=client.user
    ).exists()


def test_an_answer_may_come_after_the_complaint_was_closed(client_for, escalation):
    client = client_for("complaints_officer")
    close_complaint(complaint=escalation.complaint, outcome="substantiated", by=client.user)
    client.post(answer_url(escalation), answer_data(escalation))
    escalation.refresh_from_db()
    assert escalation.answered_on == timezone.localdate()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"answer": ""}, "Write what they answered."),
        ({"answered_on": ""}, "Enter the day the answer came."),
        (
            {"answered_on": day(timezone.localdate() - datetime.timedelta(days=1))},
            "The answer cannot come before the letter was sent",
        ),
    ],
)
def test_a_wrong_answer_comes_back_with_what_was_typed(client_for, escalation, changes, message):
    response = client_for("counsellor").post(
        answer_url(escalation), answer_data(escalation, **changes)
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert "POE/LHR/2026/881" in page
    escalation.refresh_from_db()
    assert escalation.answer == "" and escalation.answered_on is None


def test_an_answer_to_another_centres_escalation_is_not_found(client_for):
    elsewhere = make_complaint(centre=CentreFactory())
    escalation = escalate_complaint(
        complaint=elsewhere, authority="police", by=elsewhere.filed_by, request="Register a case."
    )
    response = client_for("counsellor").post(answer_url(escalation), answer_data(escalation))
    assert response.status_code == 404


def test_an_escalation_under_another_complaints_reference_is_not_found(
    client_for, centre, escalation
):
    other = make_complaint(centre=centre)
    url = f"/complaints/{other.reference}/escalations/{escalation.pk}/answer/"
    assert client_for("counsellor").post(url, answer_data(escalation)).status_code == 404


@pytest.mark.parametrize("role", ["registration_officer", "centre_manager", "superuser"])
def test_others_may_not_record_an_answer(client_for, escalation, role):
    response = client_for(role).post(answer_url(escalation), answer_data(escalation))
    assert response.status_code == 403


# --- The part of the complaint's page --------------------------------------------------


def test_the_complaints_page_lists_escalations_with_letters_and_forms(client_for, escalation):
    client = client_for("counsellor")
    client.post(answer_url(escalation), answer_data(escalation))
    response = client.get(page_url(escalation.complaint))

    page = response.content.decode()
    assert "Overseas Pakistanis Foundation" in page
    assert "OPF regional office, Lahore" in page
    assert "Help recover the dues." in page
    assert "The agent was summoned" in page and "POE/LHR/2026/881" in page
    letter = f"/complaints/{escalation.complaint.reference}/escalations/{escalation.pk}/letter.pdf"
    assert f'href="{letter}?lang=en"' in page and f'href="{letter}?lang=ur"' in page
    assert f'action="{answer_url(escalation)}"' in page
    assert f'action="{escalate_url(escalation.complaint)}"' in page


def test_a_closed_complaints_page_offers_no_new_escalation(client_for, escalation):
    client = client_for("complaints_officer")
    close_complaint(complaint=escalation.complaint, outcome="substantiated", by=client.user)
    page = client.get(page_url(escalation.complaint)).content.decode()
    assert f'action="{escalate_url(escalation.complaint)}"' not in page
    assert "This complaint is closed: reopen it before referring it on." in page


def test_after_referring_the_person_lands_on_the_complaints_page(client_for, complaint):
    client = client_for("counsellor")
    response = client.post(escalate_url(complaint), escalation_data(), follow=True)
    assert response.redirect_chain == [(f"/complaints/{complaint.reference}/#escalations", 302)]
    page = response.content.decode()
    assert "Referred to Protector of Emigrants. Print the letter and send it." in page
    assert "Waiting for an answer" in page


def test_the_page_in_urdu(client_for, escalation):
    client = client_for("counsellor")
    client.cookies["django_language"] = "ur"
    page = client.get(page_url(escalation.complaint)).content.decode()
    assert 'dir="rtl"' in page
    assert "Referred to an authority" not in page
    assert "Overseas Pakistanis Foundation" not in page
