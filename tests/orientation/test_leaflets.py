"""PDF leaflets on an orientation page, uploaded in the admin: only a real PDF within the
size limit is stored (a renamed program or web page is refused in words), its size and
uploader are recorded, and editors open it through the admin, never from a public URL."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from apps.orientation.forms.editorial import validate_leaflet
from apps.orientation.models import Attachment, Page
from tests.factories import TEST_PASSWORD, UserFactory, make_page
from tests.orientation.test_editorial import PAGES, page_form

pytestmark = pytest.mark.django_db

SMALL_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 8
WEB_PAGE = b"<html><body><script>alert('x')</script></body></html>"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editor(db):
    return UserFactory(role="orientation_editor")


@pytest.fixture
def draft(editor):
    return make_page(author=editor, status="draft")


@pytest.fixture
def editor_client(client, editor):
    assert client.login(username=editor.username, password=TEST_PASSWORD)
    return client


def upload(name="leaflet.pdf", content=SMALL_PDF, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def with_leaflet(page, file, **overrides) -> dict:
    data = page_form(page)
    data.update(
        {
            "attachments-TOTAL_FORMS": "1",
            "attachments-0-title_en": "Know your contract",
            "attachments-0-title_ur": "اپنا معاہدہ جانیں",
            "attachments-0-language": "ur",
            "attachments-0-file": file,
        }
    )
    data.update(overrides)
    return data


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()]


def post_leaflet(client, page, file):
    return client.post(f"{PAGES}{page.pk}/change/", with_leaflet(page, file))


def test_a_pdf_leaflet_is_stored_with_its_size_and_uploader(
    editor_client, editor, draft, media_root
):
    response = post_leaflet(editor_client, draft, upload())
    assert response.status_code == 302
    leaflet = Attachment.objects.get(page=draft)
    assert leaflet.size == len(SMALL_PDF)
    assert leaflet.uploaded_by == editor
    assert leaflet.language == "ur"
    (stored,) = stored_files(media_root)
    assert stored.read_bytes() == SMALL_PDF
    assert str(stored).startswith(str(media_root))


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (upload("leaflet.exe"), "“leaflet.exe” is not a PDF file: a leaflet must be a .pdf file."),
        (upload("leaflet.html", WEB_PAGE, "text/html"), "“leaflet.html” is not a PDF file"),
        (upload("leaflet.pdf", WINDOWS_PROGRAM), "“leaflet.pdf” is not a real PDF file"),
        (upload("leaflet.pdf", WEB_PAGE), "“leaflet.pdf” is not a real PDF file"),
        (
            upload("leaflet.pdf", SMALL_PDF, "text/html"),
            "was not sent as a PDF (its type is text/html)",
        ),
    ],
    ids=["exe", "html", "renamed-exe", "renamed-html", "wrong-type"],
)
def test_anything_but_a_pdf_is_refused_in_words(editor_client, draft, media_root, file, message):
    response = post_leaflet(editor_client, draft, file)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="Know your contract"' in html  # what was typed stays
    assert not Attachment.objects.exists()
    assert stored_files(media_root) == []


def test_a_leaflet_over_the_limit_is_refused_with_the_limit_in_mb(
    editor_client, draft, settings, media_root
):
    settings.ORIENTATION_LEAFLET_MAX_BYTES = 1024 * 1024
    too_big = SMALL_PDF + b"0" * (1024 * 1024)
    response = post_leaflet(editor_client, draft, upload(content=too_big))
    assert response.status_code == 200
    assert "“leaflet.pdf” is 1.0 MB; a leaflet may be at most 1 MB." in response.content.decode()
    assert not Attachment.objects.exists()
    assert stored_files(media_root) == []


def test_the_default_limit_is_five_mb():
    just_over = SMALL_PDF + b"0" * (5 * 1024 * 1024)
    with pytest.raises(ValidationError, match="at most 5 MB"):
        validate_leaflet(upload(content=just_over))
    validate_leaflet(upload(content=SMALL_PDF + b"0" * (4 * 1024 * 1024)))


def test_changing_a_title_keeps_the_stored_file(editor_client, editor, draft):
    post_leaflet(editor_client, draft, upload())
    leaflet = Attachment.objects.get()
    data = with_leaflet(
        draft,
        "",
        **{
            "attachments-INITIAL_FORMS": "1",
            "attachments-0-id": str(leaflet.pk),
            "attachments-0-page": str(draft.pk),
            "attachments-0-title_en": "Know your contract (2026)",
        },
    )
    del data["attachments-0-file"]
    assert editor_client.post(f"{PAGES}{draft.pk}/change/", data).status_code == 302
    changed = Attachment.objects.get()
    assert changed.title_en == "Know your contract (2026)"
    assert changed.file.name == leaflet.file.name
    assert changed.size == len(SMALL_PDF)


def test_editors_open_a_leaflet_through_the_admin_only(client, editor_client, draft, settings):
    post_leaflet(editor_client, draft, upload())
    leaflet = Attachment.objects.get()
    url = f"{PAGES}{draft.pk}/leaflets/{leaflet.pk}/"
    form = editor_client.get(f"{PAGES}{draft.pk}/change/").content.decode()
    assert f'href="{url}"' in form
    assert settings.MEDIA_URL not in form
    response = editor_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == SMALL_PDF
    # Another page's id does not reach this page's leaflet.
    other = make_page(country="QA")
    assert editor_client.get(f"{PAGES}{other.pk}/leaflets/{leaflet.pk}/").status_code == 404
    editor_client.logout()

    officer = UserFactory(role="district_labour_officer")
    assert client.login(username=officer.username, password=TEST_PASSWORD)
    assert client.get(url).status_code == 403


def test_a_published_pages_leaflets_are_read_only(editor_client, editor, draft, media_root):
    post_leaflet(editor_client, draft, upload())
    leaflet = Attachment.objects.get()
    Page.objects.filter(pk=draft.pk).update(status="archived", archived_at=timezone.now())
    html = editor_client.get(f"{PAGES}{draft.pk}/change/").content.decode()
    assert 'name="attachments-0-file"' not in html
    assert f'href="{PAGES}{draft.pk}/leaflets/{leaflet.pk}/"' in html
    response = post_leaflet(editor_client, draft, upload("another.pdf"))
    assert response.status_code == 302
    assert Attachment.objects.get() == leaflet
    assert len(stored_files(media_root)) == 1
