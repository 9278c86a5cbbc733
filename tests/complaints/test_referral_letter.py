"""The referral letter: a real PDF in English and in Urdu (set in Nastaliq), titled with
our reference and the authority; what it says (the letterhead, the complainant with the
full CNIC the authority needs, the party and its licence, the money, what we ask, who
handles it); every printing in the audit trail, never with a personal value; and the
view's checklist: another centre's letter is 404, other roles 403."""

import datetime
import re
import zlib
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from apps.audit.models import AuditEntry
from apps.candidates.models import IdentifierDisclosure
from apps.complaints import letters
from apps.complaints.services import Complainant, escalate_complaint, record_recovery
from tests.audit.helpers import trail_mentions
from tests.factories import (
    AgencyFactory,
    CentreFactory,
    UserFactory,
    make_candidate,
    make_complaint,
)

pytestmark = pytest.mark.django_db

CNIC = "3520299887761"


def letter_url(escalation, language=None):
    url = f"/complaints/{escalation.complaint.reference}/escalations/{escalation.pk}/letter.pdf"
    return f"{url}?lang={language}" if language else url


def pdf_parts(pdf: bytes) -> bytes:
    """The PDF with its compressed streams opened (WeasyPrint compresses its objects)."""
    parts = [pdf]
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            parts.append(zlib.decompress(stream.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


def pdf_titles(pdf: bytes) -> list[str]:
    """Every /Title string of a PDF: the document's title and its bookmarks (the
    letter's headings), as text (literal or UTF-16 hexadecimal strings)."""
    titles = []
    for match in re.finditer(rb"/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]+>)", pdf_parts(pdf)):
        raw = match.group(1)
        if raw.startswith(b"<"):
            data = bytes.fromhex(raw[1:-1].decode())
            titles.append(data.decode("utf-16") if data[:2] == b"\xfe\xff" else data.decode())
        else:
            titles.append(raw[1:-1].decode("latin-1").replace("\\(", "(").replace("\\)", ")"))
    return titles


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf_parts(pdf)))


@pytest.fixture
def handler(centre):
    return UserFactory(
        centre=centre, role="complaints_officer", first_name="Farah", last_name="Naz"
    )


@pytest.fixture
def escalation(centre, handler):
    agency = AgencyFactory(
        name="Crescent Manpower Services", licence_number="3456/LHR", status="suspended"
    )
    person = make_candidate(centre=centre, full_name="Shazia Parveen", cnic=CNIC)
    complaint = make_complaint(
        centre=centre,
        candidate=person,
        against="agency",
        agency=agency,
        other_party="",
        kind="excess_fees",
        promised="A cleaner's job in Dubai at AED 1,500 a month.",
        description="Paid in cash at the agency's office.\nویزا نہیں ملا اور پیسے واپس نہیں کیے۔",
        happened_on=datetime.date(2026, 3, 2),
        amount_paid=Decimal(450000),
        paid_on=datetime.date(2026, 2, 20),
        allowed_fee=Decimal(120000),
        amount_claimed=Decimal(450000),
        destination_country="AE",
    )
    record_recovery(
        complaint=complaint, amount=Decimal(50000), received_on=timezone.localdate(), by=handler
    )
    return escalate_complaint(
        complaint=complaint,
        authority="protector",
        by=handler,
        office="Protectorate of Emigrants, Lahore",
        request="Have the agency refund the Rs 330,000 charged above the allowed fee.",
    )


def html_of(escalation, language, printed_by=None):
    complainant = letters._complainant(escalation.complaint, printed_by=printed_by)
    return letters.render_letter_html(escalation, language=language, complainant=complainant)


# --- The PDF ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["counsellor", "complaints_officer"])
def test_the_letter_is_a_pdf_in_english_titled_with_reference_and_authority(
    client_for, escalation, role
):
    response = client_for(role).get(letter_url(escalation, "en"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reference = escalation.complaint.reference
    assert response["Content-Disposition"] == (
        f'inline; filename="referral-{reference}-protector-en.pdf"'
    )
    assert "no-store" in response["Cache-Control"]
    pdf = response.content
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert 1 <= page_count(pdf) <= 2
    titles = pdf_titles(pdf)
    assert f"Referral of complaint {reference} to Protector of Emigrants" in titles
    assert {"The complainant", "Money", "What we ask of you"} <= set(titles)


def test_the_letter_in_urdu_is_in_urdu_and_set_in_nastaliq(client_for, escalation):
    response = client_for("counsellor").get(letter_url(escalation, "ur"))

    assert response.status_code == 200
    pdf = response.content
    assert pdf.startswith(b"%PDF-")
    assert page_count(pdf) >= 1
    with translation.override("ur"):
        authority = str(escalation.get_authority_display())
    assert authority != "Protector of Emigrants"
    [title] = [t for t in pdf_titles(pdf) if escalation.complaint.reference in t]
    assert authority in title
    # The headings, the PDF's bookmarks, are Urdu words.
    headings = [t for t in pdf_titles(pdf) if t != title]
    assert headings and all(re.search("[\u0600-\u06ff]", t) for t in headings)
    assert b"+Noto-Nastaliq-Urdu" in pdf_parts(pdf)  # the font embedded (a subset)


def test_the_default_letter_is_english_and_another_language_is_not_found(client_for, escalation):
    client = client_for("counsellor")
    response = client.get(letter_url(escalation))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-en.pdf"')
    assert client.get(letter_url(escalation, "fr")).status_code == 404


def test_another_centres_letter_is_not_found(client_for):
    elsewhere = make_complaint(centre=CentreFactory())
    escalation = escalate_complaint(
        complaint=elsewhere, authority="police", by=elsewhere.filed_by, request="Register a case."
    )
    response = client_for("counsellor").get(letter_url(escalation, "en"))
    assert response.status_code == 404
    assert not AuditEntry.objects.filter(access_kind=AuditEntry.AccessKind.REFERRAL_LETTER)


def test_a_missing_letter_is_not_found(client_for, escalation):
    url = f"/complaints/{escalation.complaint.reference}/escalations/999999/letter.pdf"
    assert client_for("counsellor").get(url).status_code == 404


@pytest.mark.parametrize(
    "role", ["registration_officer", "centre_manager", "superuser", "district_labour_officer"]
)
def test_those_who_do_not_handle_complaints_may_not_print_it(client_for, escalation, role):
    assert client_for(role).get(letter_url(escalation, "en")).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, escalation):
    response = client.get(letter_url(escalation, "en"))
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


# --- What it says ----------------------------------------------------------------------


def test_the_letter_says_all_the_authority_needs(escalation, handler, centre):
    page = html_of(escalation, "en", printed_by=handler)
    complaint = escalation.complaint
    # The letterhead: the centre, its address and helpline.
    assert centre.name in page and centre.address in page
    assert centre.helpline.as_national in page
    assert complaint.reference in page
    assert "Protector of Emigrants" in page and "Protectorate of Emigrants, Lahore" in page
    # The complainant, with the full CNIC (the authority identifies people by it).
    assert "Shazia Parveen" in page and "35202-9988776-1" in page
    # The agency, its licence number and its licence's state.
    assert "Crescent Manpower Services" in page and "3456/LHR" in page
    assert "Licence suspended" in page
    # What was promised and what happened, Urdu and English paragraphs each in its way.
    assert "A cleaner&#x27;s job in Dubai" in page
    assert '<p class="para ur">ویزا نہیں ملا' in page
    assert '<p class="para lat">Paid in cash' in page
    assert "2 March 2026" in page
    # The money: paid, allowed, the excess, claimed, recovered.
    for amount in ("450,000", "120,000", "330,000", "50,000"):
        assert amount in page
    assert "Have the agency refund the Rs 330,000" in page
    # Who handles it at the centre.
    assert "Farah Naz" in page and "Complaints officer" in page


def test_the_urdu_letter_reads_right_to_left(escalation, handler):
    page = html_of(escalation, "ur", printed_by=handler)
    assert '<html lang="ur" dir="rtl">' in page
    with translation.override("ur"):
        for words in ("The complainant", "What we ask of you", "Yours faithfully,"):
            assert translation.gettext(words) != words
            assert translation.gettext(words) in page
    # Numbers and references keep their order inside the Urdu text.
    assert "\u2066" + escalation.complaint.reference + "\u2069" in page
    assert "\u206635202-9988776-1\u2069" in page


def test_a_walk_ins_letter_names_them_with_the_cnic_they_gave(centre, handler):
    complaint = make_complaint(
        centre=centre,
        complainant=Complainant(name="Rana Akbar", cnic="34101-2345678-9", phone="+923214445566"),
    )
    escalation = escalate_complaint(complaint=complaint, authority="beoe_cell", by=handler)
    page = html_of(escalation, "en", printed_by=handler)
    assert "Rana Akbar" in page and "34101-2345678-9" in page and "+92 321 4445566" in page
    assert "Sub-agent Rashid" in page and "Not a licensed recruitment agency" in page
    # Nothing asked in words: the letter asks them to look into it.
    assert "Please look into this complaint and let us know what you decide." in page


def test_an_anonymous_tips_letter_names_nobody(centre, handler):
    complaint = make_complaint(centre=centre, complainant=None)
    escalation = escalate_complaint(complaint=complaint, authority="police", by=handler)
    page = html_of(escalation, "en", printed_by=handler)
    assert "did not give their name" in page
    assert "CNIC" not in page


# --- The audit trail -------------------------------------------------------------------


def test_printing_is_recorded_and_the_full_cnic_disclosed(client_for, escalation):
    client = client_for("counsellor")
    client.get(letter_url(escalation, "ur"))

    entry = AuditEntry.objects.get(access_kind=AuditEntry.AccessKind.REFERRAL_LETTER)
    assert entry.actor == client.user
    assert entry.centre_id == escalation.complaint.centre_id
    assert entry.object_repr == escalation.complaint.reference
    assert entry.additional_data == {"language": "ur", "authority": "protector", "full_cnic": True}
    person = escalation.complaint.candidate
    assert IdentifierDisclosure.objects.filter(
        viewer=client.user, candidate=person, field="cnic"
    ).exists()
    assert AuditEntry.objects.filter(
        access_kind=AuditEntry.AccessKind.FULL_CNIC, object_id=person.pk
    ).exists()
    for value in ("Shazia", "9988776", "Crescent", "330,000", "cleaner"):
        assert not trail_mentions(value), value
