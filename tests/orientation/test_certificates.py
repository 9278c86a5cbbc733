"""Completion certificates: the PDF, the public check of a code and revoking.

The PDF: a real one-page PDF with the name, number and code, never the CNIC, made from
local files only. The check: valid, revoked or unknown (forged codes too) with the
initials and the session and nothing more; typing is forgiven; guessing is slowed per
browser session. Each staff view: it works; the permitted roles may; another centre's
is 404; a missing one is 404; other roles 403; anonymous goes to login."""

import datetime
import logging
import re
import shutil
import subprocess
import zlib

import pytest
from django.test import Client, RequestFactory
from django.utils import timezone

from apps.core.pdf import static_dir, static_files_only_fetcher_class
from apps.orientation import services
from apps.orientation.certificates import grouped_code, name_initials, verification_url
from apps.orientation.models import CODE_ALPHABET, Certificate, new_certificate_code
from apps.orientation.views.certificates import VERIFY_MISSES_ALLOWED
from tests.factories import CentreFactory, make_candidate, make_session

pytestmark = pytest.mark.django_db

VERIFY = "/orientation/verify/"


def issued_certificate(centre=None, *, full_name="Muhammad Imran", **session_fields):
    """A certificate for a person who attended a session that began four hours ago."""
    session = make_session(
        centre=centre or CentreFactory(),
        starts_at=timezone.now() - datetime.timedelta(hours=4),
        **session_fields,
    )
    person = make_candidate(centre=session.centre, full_name=full_name)
    enrolment = services.enrol_candidate(session=session, candidate=person, by=session.facilitator)
    enrolment = services.mark_attendance(enrolment=enrolment, attended=True, by=session.facilitator)
    return services.issue_certificate(enrolment=enrolment, by=session.facilitator)


def revoked(certificate, reason="Issued in error: the person left before the end."):
    return services.revoke_certificate(
        certificate=certificate, by=certificate.issued_by, reason=reason
    )


@pytest.fixture
def certificate(centre):
    return issued_certificate(centre, title="Going to Saudi Arabia", country="SA")


def pdf_url(certificate):
    return f"/orientation/certificates/{certificate.pk}/pdf/"


def revoke_url(certificate):
    return f"/orientation/certificates/{certificate.pk}/revoke/"


def page_count(pdf: bytes) -> int:
    """Pages of a PDF whose objects may sit in compressed streams (WeasyPrint's do)."""
    parts = [pdf]
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            parts.append(zlib.decompress(stream.group(1)))
        except zlib.error:
            continue  # an image or a font: no page objects in there
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", b"\n".join(parts)))


def pdf_text(pdf: bytes) -> str | None:
    """The PDF's text by poppler's pdftotext, or None where it is not installed."""
    if shutil.which("pdftotext") is None:
        return None
    done = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode()


# --- The PDF -------------------------------------------------------------------------


def test_the_pdf_is_one_page_with_name_number_and_code(client_for, certificate):
    response = client_for("registration_officer").get(pdf_url(certificate))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'inline; filename="certificate-{certificate.code}.pdf"'
    )
    assert "no-store" in response["Cache-Control"]
    pdf = response.content
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    if text is not None:
        person = certificate.enrolment.candidate
        assert "Muhammad Imran" in text
        assert person.registration_number in text
        assert grouped_code(certificate.code) in text
        assert "Going to Saudi Arabia" in text
        assert "Certificate of completion" in text
        # The address the QR code encodes is printed under it (over two lines).
        address = f"http://testserver/orientation/verify/?code={certificate.code}"
        assert address in "".join(text.split())
        assert "REVOKED" not in text


def test_the_pdf_never_shows_the_cnic(client_for, certificate):
    person = certificate.enrolment.candidate
    cnic_digits = person.full_cnic().replace("-", "")

    pdf = client_for("centre_manager").get(pdf_url(certificate)).content

    for shown in (person.full_cnic(), cnic_digits, person.cnic_masked):
        assert shown.encode() not in pdf
    text = pdf_text(pdf)
    if text is not None:
        squeezed = re.sub(r"\D", "", text)
        assert cnic_digits not in squeezed
        assert person.cnic_masked not in text


def test_a_revoked_certificate_is_still_printed_but_stamped(client_for, certificate):
    revoked(certificate)

    response = client_for("counsellor").get(pdf_url(certificate))

    assert response.status_code == 200
    assert page_count(response.content) == 1
    text = pdf_text(response.content)
    if text is not None:
        assert "REVOKED" in text
        # The reason stays in the record, off the paper.
        assert "left before the end" not in text


def test_a_name_in_urdu_and_long_values_still_fit_on_one_page(client_for, centre):
    certificate = issued_certificate(
        centre,
        full_name=("محمد عبدالرحمن چوہدری " * 8)[:150],
        title=("Going to the Kingdom of Saudi Arabia: your contract and your rights " * 3)[:150],
    )

    response = client_for("centre_manager").get(pdf_url(certificate))

    assert page_count(response.content) == 1


def test_the_qr_code_encodes_the_absolute_verification_address():
    request = RequestFactory().get("/", secure=True)

    assert verification_url(request, "ABCDEFGHJKMN") == (
        "https://testserver/orientation/verify/?code=ABCDEFGHJKMN"
    )


def test_rendering_loads_static_files_and_nothing_else(settings):
    fetcher = static_files_only_fetcher_class()()
    font = static_dir() / "vendor/noto-nastaliq-urdu/noto-nastaliq-urdu-arabic-400-normal.woff2"

    # Served as plain OpenType: decompressed once, not at every certificate.
    assert fetcher.fetch(font.as_uri()).read()[:4] in (b"\x00\x01\x00\x00", b"OTTO")
    for url in (
        "https://fonts.example.org/nastaliq.woff2",
        "http://127.0.0.1/",
        "data:text/css,body{}",
        "file:///etc/passwd",
        (static_dir() / ".." / "manage.py").as_uri(),
        (static_dir() / "vendor" / "missing.woff2").as_uri(),
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


@pytest.mark.parametrize("role", ["registration_officer", "counsellor", "centre_manager"])
def test_centre_staff_may_print_their_centres_certificates(client_for, certificate, role):
    assert client_for(role).get(pdf_url(certificate)).status_code == 200


def test_another_centres_certificate_is_404(client_for):
    elsewhere = issued_certificate(CentreFactory())

    assert client_for("centre_manager").get(pdf_url(elsewhere)).status_code == 404


def test_a_missing_certificate_is_404(client_for):
    assert (
        client_for("centre_manager").get("/orientation/certificates/999999/pdf/").status_code == 404
    )


@pytest.mark.parametrize("role", ["kiosk", "district_labour_officer", "orientation_editor"])
def test_other_roles_may_not_print_certificates(client_for, certificate, role):
    assert client_for(role).get(pdf_url(certificate)).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in_for_the_pdf(client, certificate):
    response = client.get(pdf_url(certificate))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


# --- The public check ------------------------------------------------------------------


def test_name_initials():
    assert name_initials("Muhammad Imran") == "M. I."
    assert name_initials("  muhammad   imran  khan ") == "M. I. K."
    assert name_initials("M. Imran") == "M. I."
    assert name_initials("محمد عمران") == "م. ع."
    assert name_initials("") == ""


def test_codes_are_grouped_for_reading():
    assert grouped_code("ABCDEFGHJKMN") == "ABCD-EFGH-JKMN"


def test_a_valid_code_shows_initials_and_session_and_nothing_more(client, certificate):
    person = certificate.enrolment.candidate
    session = certificate.enrolment.session

    response = client.get(VERIFY, {"code": certificate.code})

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert 'data-testid="verify-valid"' in html
    assert "M. I." in html
    assert "Going to Saudi Arabia" in html
    assert "Saudi Arabia" in html
    assert session.centre.name in html
    assert str(timezone.localtime(session.starts_at).year) in html
    for secret in ("Imran", person.registration_number, person.full_cnic(), person.cnic_masked):
        assert secret not in html


def test_a_revoked_code_says_revoked_with_its_date_but_not_why(client, certificate):
    revoked(certificate)

    html = client.get(VERIFY, {"code": certificate.code}).content.decode()

    assert 'data-testid="verify-revoked"' in html
    assert 'data-testid="verify-valid"' not in html
    assert "M. I." in html
    revoked_on = timezone.localdate(Certificate.objects.get(pk=certificate.pk).revoked_at)
    assert f"{revoked_on.day} {revoked_on:%B %Y}" in html
    assert "left before the end" not in html
    assert "Imran" not in html


def test_a_well_formed_random_code_is_unknown(client, certificate):
    forged = new_certificate_code()
    assert forged != certificate.code

    html = client.get(VERIFY, {"code": forged}).content.decode()

    assert 'data-testid="verify-unknown"' in html
    assert "M. I." not in html


def test_a_code_with_one_character_changed_is_unknown(client, certificate):
    changed = next(ch for ch in CODE_ALPHABET if ch != certificate.code[5])
    forged = certificate.code[:5] + changed + certificate.code[6:]

    html = client.get(VERIFY, {"code": forged}).content.decode()

    assert 'data-testid="verify-unknown"' in html
    assert "Going to Saudi Arabia" not in html


@pytest.mark.parametrize(
    "typed",
    [
        lambda code: code.lower(),
        lambda code: grouped_code(code),
        lambda code: " ".join(grouped_code(code).split("-")).lower(),
        lambda code: f"  {code[:6]} - {code[6:]}  ",
    ],
)
def test_spaces_dashes_and_small_letters_are_forgiven(client, certificate, typed):
    html = client.get(VERIFY, {"code": typed(certificate.code)}).content.decode()

    assert 'data-testid="verify-valid"' in html


def test_the_page_without_a_code_only_asks_for_one(client):
    html = client.get(VERIFY).content.decode()

    assert 'name="code"' in html
    assert "verify-valid" not in html
    assert "verify-unknown" not in html
    assert "code-error" not in html


@pytest.mark.parametrize("typed", ["", "  - -  ", "A" * 41])
def test_an_empty_or_overlong_code_gets_a_message_and_is_kept(client, typed):
    html = client.get(VERIFY, {"code": typed}).content.decode()

    assert 'data-testid="code-error"' in html
    assert "verify-unknown" not in html
    if typed.strip():
        assert f'value="{typed}"' in html


def test_guessing_is_stopped_after_too_many_unknown_codes(client, certificate):
    for _attempt in range(VERIFY_MISSES_ALLOWED):
        html = client.get(VERIFY, {"code": new_certificate_code()}).content.decode()
        assert 'data-testid="verify-unknown"' in html

    html = client.get(VERIFY, {"code": certificate.code}).content.decode()

    # Even a real code is not looked up any more in this browser session...
    assert 'data-testid="verify-throttled"' in html
    assert "Too many attempts, try again later." in html
    assert "verify-valid" not in html
    # ...while another browser is not held back.
    html = Client().get(VERIFY, {"code": certificate.code}).content.decode()
    assert 'data-testid="verify-valid"' in html


def test_the_limit_counts_unknown_codes_only(client, certificate):
    for _attempt in range(VERIFY_MISSES_ALLOWED + 5):
        html = client.get(VERIFY, {"code": certificate.code}).content.decode()
        assert 'data-testid="verify-valid"' in html


def test_unknown_codes_are_forgotten_after_an_hour(client, certificate, monkeypatch):
    for _attempt in range(VERIFY_MISSES_ALLOWED):
        client.get(VERIFY, {"code": new_certificate_code()})
    an_hour_later = timezone.now().timestamp() + 60 * 60 + 1
    monkeypatch.setattr("apps.orientation.views.certificates.time.time", lambda: an_hour_later)

    html = client.get(VERIFY, {"code": certificate.code}).content.decode()

    assert 'data-testid="verify-valid"' in html


def test_the_code_is_never_logged(client, certificate, caplog):
    caplog.set_level(logging.DEBUG)

    client.get(VERIFY, {"code": certificate.code})
    client.get(VERIFY, {"code": "ZZZZ-ZZZZ-ZZZZ"})

    assert certificate.code not in caplog.text
    assert "ZZZZ" not in caplog.text


def test_the_check_reads_little(client, certificate, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        client.get(VERIFY, {"code": certificate.code})


def test_the_check_is_in_urdu_right_to_left(client, certificate):
    client.cookies["django_language"] = "ur"

    html = client.get(VERIFY, {"code": certificate.code}).content.decode()

    assert '<html lang="ur" dir="rtl">' in html
    assert 'data-testid="verify-valid"' in html
    assert "M. I." in html


# --- Revoking ------------------------------------------------------------------------


def test_the_manager_revokes_a_certificate_with_a_reason(client_for, certificate):
    client = client_for("centre_manager")

    response = client.post(revoke_url(certificate), {"reason": "  Issued to the wrong person.  "})

    assert response.status_code == 302
    assert response.url == f"/orientation/sessions/{certificate.enrolment.session_id}/"
    certificate.refresh_from_db()
    assert certificate.is_revoked
    assert certificate.revoked_by == client.user
    assert certificate.revocation_reason == "Issued to the wrong person."
    message = str(next(iter(response.wsgi_request._messages)))
    assert grouped_code(certificate.code) in message
    html = Client().get(VERIFY, {"code": certificate.code}).content.decode()
    assert 'data-testid="verify-revoked"' in html


@pytest.mark.parametrize("reason", ["", "   "])
def test_revoking_needs_a_reason(client_for, certificate, reason):
    response = client_for("centre_manager").post(revoke_url(certificate), {"reason": reason})

    assert response.status_code == 200
    assert "Say why the certificate is revoked." in response.content.decode()
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_an_overlong_reason_is_refused_and_kept(client_for, certificate):
    reason = "x" * 301

    response = client_for("centre_manager").post(revoke_url(certificate), {"reason": reason})

    assert response.status_code == 200
    assert reason in response.content.decode()
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_the_revoke_page_shows_the_certificate(client_for, certificate):
    response = client_for("centre_manager").get(revoke_url(certificate))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert grouped_code(certificate.code) in html
    assert 'data-testid="revoke-form"' in html


def test_a_revoked_certificate_stays_revoked_as_it_was(client_for, certificate):
    revoked(certificate, reason="First reason.")
    client = client_for("centre_manager")

    page = client.get(revoke_url(certificate)).content.decode()
    response = client.post(revoke_url(certificate), {"reason": "Second reason."})

    assert 'data-testid="already-revoked"' in page
    assert "First reason." in page
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "First reason."


@pytest.mark.parametrize(
    "role", ["registration_officer", "counsellor", "kiosk", "district_labour_officer"]
)
def test_only_the_manager_may_revoke(client_for, certificate, role):
    client = client_for(role)

    assert client.get(revoke_url(certificate)).status_code == 403
    assert client.post(revoke_url(certificate), {"reason": "Because."}).status_code == 403
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_another_centres_manager_gets_404_and_revokes_nothing(client_for):
    elsewhere = issued_certificate(CentreFactory())
    client = client_for("centre_manager")

    assert client.get(revoke_url(elsewhere)).status_code == 404
    assert client.post(revoke_url(elsewhere), {"reason": "Because."}).status_code == 404
    elsewhere.refresh_from_db()
    assert not elsewhere.is_revoked


def test_revoking_a_missing_certificate_is_404(client_for):
    response = client_for("centre_manager").get("/orientation/certificates/999999/revoke/")

    assert response.status_code == 404


def test_anonymous_visitors_are_sent_to_log_in_to_revoke(client, certificate):
    response = client.post(revoke_url(certificate), {"reason": "Because."})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")
    certificate.refresh_from_db()
    assert not certificate.is_revoked
