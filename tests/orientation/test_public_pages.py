"""Reading orientation content without an account (and at the kiosk): only published
pages appear anywhere (browse, search, guide, page, leaflet); search works in English
(by stem) and Urdu and ranks title matches first; a missing Urdu version is announced;
staff alone see that a page is due for review; the pages cost a fixed number of queries."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext

from apps.orientation.models import COUNTRY_SECTIONS, Attachment, QuizChoice, QuizQuestion
from tests.factories import UserFactory, make_page

pytestmark = pytest.mark.django_db

INDEX = "/orientation/"
SMALL_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
FALLBACK_NOTICE = "This page is not yet available in Urdu. It is shown in English."


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def editors(db):
    return {
        "author": UserFactory(role="orientation_editor"),
        "reviewer": UserFactory(role="orientation_editor"),
    }


@pytest.fixture
def new_page(editors):
    """new_page(country=..., topic=..., status=...) with the same two editors each time."""

    def make(status="published", **fields):
        reviewer = editors["reviewer"] if status == "published" else None
        return make_page(author=editors["author"], reviewer=reviewer, status=status, **fields)

    return make


def leaflet_for(page, title="Checklist", language="ur") -> Attachment:
    attachment = Attachment(
        page=page, title_en=title, title_ur="چیک لسٹ", language=language, size=2048
    )
    attachment.file.save("checklist.pdf", ContentFile(SMALL_PDF), save=True)
    return attachment


def results(response) -> list[str]:
    return [page.slug for page in response.context["page"]] if "page" in response.context else []


def in_urdu(client):
    client.cookies["django_language"] = "ur"
    return client


# --- Only published content is public -------------------------------------------------


@pytest.mark.parametrize("status", ["draft", "in_review", "archived"])
def test_an_unpublished_page_is_nowhere(client, new_page, status):
    hidden = new_page(
        status=status,
        slug="hidden-page",
        country="QA",
        topic="wages",
        title_en="Qatar wages zebrafinch",
        body_en="Overtime zebrafinch rules.",
        body_ur="اوور ٹائم زیبرافنچ",
    )
    leaflet = leaflet_for(hidden)

    index = client.get(INDEX)
    assert index.status_code == 200
    assert [guide.country.code for guide in index.context["guide_countries"]] == []
    assert b"zebrafinch" not in index.content
    assert results(client.get(INDEX, {"q": "zebrafinch"})) == []
    assert results(in_urdu(client).get(INDEX, {"q": "زیبرافنچ"})) == []
    assert results(client.get(INDEX, {"country": "QA"})) == []
    assert client.get("/orientation/countries/QA/").status_code == 404
    assert client.get(f"/orientation/pages/{hidden.slug}/").status_code == 404
    assert client.get(f"/orientation/leaflets/{leaflet.pk}/").status_code == 404


@pytest.mark.parametrize("status", ["draft", "in_review", "archived"])
def test_an_unpublished_general_topic_is_nowhere(client, new_page, status):
    new_page(slug="safe", country="", topic="safe_migration", title_en="Go safely")
    hidden = new_page(
        status=status, slug="fraud", country="", topic="fraud", title_en="Spotting zebrafinch"
    )
    index = client.get(INDEX)
    assert [page.slug for page in index.context["topics"]] == ["safe"]
    assert b"zebrafinch" not in index.content
    assert client.get(f"/orientation/pages/{hidden.slug}/").status_code == 404


def test_a_published_page_is_everywhere(client, new_page):
    page = new_page(slug="qa-wages", country="QA", topic="wages", title_en="Wages in Qatar")
    leaflet = leaflet_for(page)

    index = client.get(INDEX)
    assert [guide.country.code for guide in index.context["guide_countries"]] == ["QA"]
    assert b'href="/orientation/countries/QA/"' in index.content
    assert results(client.get(INDEX, {"q": "wages"})) == ["qa-wages"]
    guide = client.get("/orientation/countries/QA/")
    assert [section.slug for section in guide.context["sections"]] == ["qa-wages"]
    assert client.get("/orientation/pages/qa-wages/").status_code == 200
    assert client.get(f"/orientation/leaflets/{leaflet.pk}/").status_code == 200


def test_a_guide_shows_only_its_published_sections_in_order(client, new_page):
    new_page(slug="sa-complaints", topic="complaints", title_en="How to complain")
    new_page(slug="sa-wages", topic="wages", title_en="Wages")
    new_page(slug="sa-entry", topic="entry_permit", title_en="Entry")
    new_page(slug="sa-health", topic="health", title_en="Health draft", status="draft")
    new_page(slug="ae-wages", country="AE", topic="wages", title_en="Other country")

    response = client.get("/orientation/countries/SA/")

    assert [section.slug for section in response.context["sections"]] == [
        "sa-entry",
        "sa-wages",
        "sa-complaints",
    ]
    assert b"Health draft" not in response.content
    assert b"Other country" not in response.content


# --- Addresses that do not exist ------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/orientation/countries/ZZ/",  # no such country
        "/orientation/countries/FR/",  # a country without a guide
        "/orientation/countries/SAU/",
        "/orientation/pages/no-such-page/",
        "/orientation/leaflets/999999/",
    ],
)
def test_unknown_addresses_answer_404(client, new_page, url):
    new_page(slug="sa-entry")
    assert client.get(url).status_code == 404


def test_a_country_code_in_small_letters_leads_to_the_guide(client, new_page):
    new_page(slug="sa-entry")
    response = client.get("/orientation/countries/sa/")
    assert response.status_code == 302
    assert response["Location"] == "/orientation/countries/SA/"


def test_a_leaflet_whose_file_is_gone_answers_404(client, new_page, media_root):
    leaflet = leaflet_for(new_page(slug="sa-entry"))
    (media_root / leaflet.file.name).unlink()
    assert client.get(f"/orientation/leaflets/{leaflet.pk}/").status_code == 404


# --- Search ---------------------------------------------------------------------------


@pytest.fixture
def searchable(new_page):
    return {
        "permit": new_page(
            slug="sa-entry",
            topic="entry_permit",
            title_en="Entry to Saudi Arabia",
            title_ur="سعودی عرب میں داخلہ",
            body_en="Your employer applies for the work permit.",
            body_ur="آجر آپ کے ورک پرمٹ کے لیے درخواست دیتا ہے۔",
        ),
        "money": new_page(
            slug="sa-money",
            topic="money_home",
            title_en="Sending money home",
            title_ur="گھر پیسے بھیجنا",
            body_en="Use a bank or an exchange company.",
            body_ur="بینک یا ایکسچینج کمپنی استعمال کریں۔",
        ),
        "fraud": new_page(
            slug="fraud",
            country="",
            topic="fraud",
            title_en="Spotting fraud",
            title_ur="دھوکہ دہی کی پہچان",
            body_en="An agent who asks for money for a permit is a fraud.",
            body_ur="جو ایجنٹ پرمٹ کے لیے پیسے مانگے وہ دھوکہ باز ہے۔",
        ),
    }


def test_search_finds_english_words_by_their_stem(client, searchable):
    assert set(results(client.get(INDEX, {"q": "permits"}))) == {"sa-entry", "fraud"}
    assert results(client.get(INDEX, {"q": "applying"})) == ["sa-entry"]
    assert results(client.get(INDEX, {"q": "banks"})) == ["sa-money"]


def test_search_finds_urdu_words(client, searchable):
    assert results(in_urdu(client).get(INDEX, {"q": "بینک"})) == ["sa-money"]
    assert set(results(client.get(INDEX, {"q": "پرمٹ"}))) == {"sa-entry", "fraud"}


def test_search_finds_a_word_by_its_beginning(client, searchable):
    assert results(client.get(INDEX, {"q": "exchan"})) == ["sa-money"]


def test_search_ignores_words_of_unpublished_pages(client, searchable, new_page):
    new_page(
        status="draft",
        slug="sa-wages-draft",
        topic="wages",
        title_en="Wages",
        body_en="Kafala zebrafinch sponsorship permit.",
    )
    assert results(client.get(INDEX, {"q": "zebrafinch"})) == []
    assert "sa-wages-draft" not in results(client.get(INDEX, {"q": "permit"}))


def test_a_title_match_ranks_first(client, new_page):
    new_page(
        slug="sa-wages",
        topic="wages",
        title_en="Wages and deductions",
        body_en="Ask for a payslip. " + "Remittance of wages is your right. " * 3,
    )
    new_page(
        slug="sa-money",
        topic="money_home",
        title_en="Remittance: sending money home",
        body_en="Use a bank.",
    )
    assert results(client.get(INDEX, {"q": "remittance"})) == ["sa-money", "sa-wages"]


def test_search_narrows_by_country_and_topic(client, searchable, new_page):
    new_page(slug="ae-entry", country="AE", topic="entry_permit", body_en="A permit too.")
    assert set(results(client.get(INDEX, {"q": "permit", "country": "AE"}))) == {"ae-entry"}
    assert results(client.get(INDEX, {"q": "permit", "topic": "fraud"})) == ["fraud"]
    # Filters alone browse: every published page of that topic, any country.
    assert results(client.get(INDEX, {"topic": "entry_permit"})) == ["ae-entry", "sa-entry"]


def test_the_snippet_marks_the_match_and_cannot_inject_html(client, new_page):
    new_page(
        slug="sa-entry",
        title_en="Work <b>permit</b> <script>alert('title')</script>",
        body_en=(
            'Your <img src=x onerror="alert(1)"> employer applies for the **permit**. '
            "<script>alert('body')</script> Never pay <a href='javascript:x()'>them</a>."
        ),
    )
    response = client.get(INDEX, {"q": "permit"})
    content = response.content.decode()
    snippet = re.search(r'data-testid="snippet">(.*?)</p>', content, re.DOTALL).group(1)
    assert "<mark>permit</mark>" in snippet
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0
    assert "alert(" not in snippet.replace("alert(&#x27;body&#x27;)", "")
    assert "<img" not in content
    assert "onerror=" not in content
    assert "<script>alert" not in content
    assert "&lt;b&gt;permit&lt;/b&gt;" in content


@pytest.mark.parametrize(
    "words",
    [
        "",
        "   ",
        "!!!",
        "'\"&|:*()<>!",
        "a & | b ! ( c",
        "\x00",
        "permit\x00",
        "<script>alert(1)</script>",
        "x" * 5000,
        "-",
        '"unclosed quote',
        "or or or",
    ],
)
def test_any_query_gets_a_page_never_an_error(client, searchable, words):
    response = client.get(INDEX, {"q": words})
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


@pytest.mark.parametrize(
    "params", [{"country": "ZZ"}, {"topic": "nonsense"}, {"country": "<b>"}, {"page": "x"}]
)
def test_junk_filters_get_a_page_never_an_error(client, searchable, params):
    assert client.get(INDEX, params).status_code == 200


@pytest.mark.parametrize("words", ["!!!", "--", "'\"", "<>"])
def test_symbols_alone_find_nothing(client, searchable, words):
    response = client.get(INDEX, {"q": words})
    assert results(response) == []
    assert b'data-testid="no-results"' in response.content


def test_no_match_says_so(client, searchable):
    response = client.get(INDEX, {"q": "snowboarding"})
    assert results(response) == []
    assert b'data-testid="no-results"' in response.content
    # The guides stay in reach.
    assert b'href="/orientation/countries/SA/"' in response.content


def test_results_come_twenty_to_a_page(client, editors):
    countries = ["SA", "AE", "QA"]
    for country in countries:
        for topic in COUNTRY_SECTIONS[:9]:
            make_page(
                author=editors["author"],
                reviewer=editors["reviewer"],
                slug=f"{country}-{topic}".lower(),
                country=country,
                topic=topic,
                body_en="Read this before you travel.",
            )
    first = client.get(INDEX, {"q": "travel"})
    assert first.context["page"].paginator.count == 27
    assert len(results(first)) == 20
    second = client.get(INDEX, {"q": "travel", "page": 2})
    assert len(results(second)) == 7
    assert b"page=2" in first.content and b"q=travel" in first.content


# --- A page ---------------------------------------------------------------------------


def test_a_page_shows_its_text_rendered_and_sanitised(client, new_page):
    new_page(
        slug="sa-entry",
        title_en="Entry and work permit",
        body_en="# Documents\n\nYou need a **work visa**.<script>alert(1)</script>",
    )
    response = client.get("/orientation/pages/sa-entry/")
    content = response.content.decode()
    assert content.count("<h1") == 1
    assert "<h2>Documents</h2>" in content
    assert "<strong>work visa</strong>" in content
    assert "alert(1)" not in content


def test_an_urdu_reader_gets_the_urdu_text(client, new_page):
    new_page(slug="sa-entry", title_ur="داخلہ اور ورک پرمٹ", body_ur="آپ کو **ورک ویزا** چاہیے۔")
    response = in_urdu(client).get("/orientation/pages/sa-entry/")
    content = response.content.decode()
    assert "داخلہ اور ورک پرمٹ" in content
    assert "<strong>ورک ویزا</strong>" in content
    assert 'data-testid="fallback-notice"' not in content
    assert 'class="orientation-text" lang="en"' not in content


def test_a_missing_urdu_version_is_announced_and_marked_english(client, new_page):
    new_page(
        slug="sa-wages",
        topic="wages",
        title_en="Wages and deductions",
        title_ur="",
        body_en="Ask for a **payslip**.",
        body_ur="",
    )
    response = in_urdu(client).get("/orientation/pages/sa-wages/")
    content = response.content.decode()
    with translation.override("ur"):
        notice = gettext(FALLBACK_NOTICE)
    assert 'data-testid="fallback-notice"' in content
    assert notice in content
    assert '<div class="orientation-text" lang="en" dir="ltr">' in content
    assert "<strong>payslip</strong>" in content
    # In English nothing needs announcing.
    client.cookies["django_language"] = "en"
    assert FALLBACK_NOTICE not in client.get("/orientation/pages/sa-wages/").content.decode()


def test_a_page_says_when_it_was_last_reviewed(client, new_page):
    reviewed = timezone.make_aware(datetime.datetime(2026, 3, 4, 10, 0))
    new_page(slug="sa-entry", last_reviewed_at=reviewed)
    content = client.get("/orientation/pages/sa-entry/").content.decode()
    assert "Last reviewed: 4 March 2026" in content


@pytest.mark.parametrize(
    ("role", "sees_note"),
    [
        (None, False),
        ("kiosk", False),
        ("counsellor", True),
        ("orientation_editor", True),
        ("registration_officer", True),
    ],
)
def test_only_staff_see_that_a_page_is_due_for_review(client_for, new_page, role, sees_note):
    new_page(slug="old", last_reviewed_at=timezone.now() - datetime.timedelta(days=400))
    new_page(slug="fresh", topic="wages")
    client = client_for(role)
    old = client.get("/orientation/pages/old/").content.decode()
    fresh = client.get("/orientation/pages/fresh/").content.decode()
    assert ('data-testid="due-for-review"' in old) is sees_note
    assert 'data-testid="due-for-review"' not in fresh


def test_a_page_lists_its_leaflets_with_language_and_size(client, new_page):
    page = new_page(slug="sa-entry")
    leaflet = leaflet_for(page, title="Work permit checklist", language="ur")
    content = client.get("/orientation/pages/sa-entry/").content.decode()
    assert f'href="/orientation/leaflets/{leaflet.pk}/"' in content
    assert "Work permit checklist" in content
    assert "Urdu" in content
    assert "2.0\xa0KB" in content


def test_the_kiosk_names_leaflets_without_opening_them(client_for, new_page):
    leaflet = leaflet_for(new_page(slug="sa-entry"))
    content = client_for("kiosk").get("/orientation/pages/sa-entry/").content.decode()
    assert "Checklist" in content
    assert f"/orientation/leaflets/{leaflet.pk}/" not in content


def test_a_page_with_questions_links_to_its_quiz(client, new_page):
    with_quiz = new_page(slug="sa-entry")
    new_page(slug="sa-wages", topic="wages")
    question = QuizQuestion.objects.create(page=with_quiz, text_en="Who pays for the permit?")
    QuizChoice.objects.create(question=question, text_en="The employer", is_correct=True)
    assert (
        b'href="/orientation/pages/sa-entry/quiz/"'
        in client.get("/orientation/pages/sa-entry/").content
    )
    assert b"/quiz/" not in client.get("/orientation/pages/sa-wages/").content


def test_a_guide_section_links_to_the_published_sections_around_it(client, new_page):
    new_page(slug="sa-entry", topic="entry_permit")
    new_page(slug="sa-contract", topic="contract_rights", status="draft")
    new_page(slug="sa-wages", topic="wages")
    new_page(slug="sa-health", topic="health")

    middle = client.get("/orientation/pages/sa-wages/")
    assert (middle.context["previous"].slug, middle.context["next"].slug) == (
        "sa-entry",
        "sa-health",
    )
    first = client.get("/orientation/pages/sa-entry/")
    assert (first.context["previous"], first.context["next"].slug) == (None, "sa-wages")
    assert b'rel="prev"' not in first.content


def test_the_kiosk_reads_inside_its_frame(client_for, new_page):
    new_page(slug="sa-entry")
    client = client_for("kiosk")
    for url in (INDEX, "/orientation/countries/SA/", "/orientation/pages/sa-entry/"):
        content = client.get(url).content.decode()
        assert 'id="kiosk-reset-form"' in content, url
        assert 'data-testid="kiosk-main-menu"' in content, url
        assert "Staff login" not in content


def test_the_kiosk_menu_leads_to_the_orientation_pages(client_for):
    content = client_for("kiosk").get("/kiosk/menu/").content.decode()
    assert 'data-testid="menu-orientation"' in content
    assert 'href="/orientation/"' in content


# --- The leaflet itself ---------------------------------------------------------------


def test_a_leaflet_opens_as_a_pdf_in_the_browser(client, new_page):
    leaflet = leaflet_for(new_page(slug="sa-entry"), title='Permit "checklist"/../x; 2026')
    response = client.get(f"/orientation/leaflets/{leaflet.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == 'inline; filename="permit-checklistx-2026-ur.pdf"'
    assert b"".join(response.streaming_content) == SMALL_PDF


# --- Cost -----------------------------------------------------------------------------


def count_queries(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params or {}).status_code == 200
    return len(queries)


def guides(editors, countries, sections):
    for country in countries:
        for topic in COUNTRY_SECTIONS[:sections]:
            make_page(
                author=editors["author"],
                reviewer=editors["reviewer"],
                slug=f"{country}-{topic}".lower(),
                country=country,
                topic=topic,
                body_en="Before you travel, read this.",
            )


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (INDEX, None),
        (INDEX, {"q": "travel"}),
        (INDEX, {"q": "travel", "country": "SA", "topic": "wages"}),
        (INDEX, {"topic": "wages"}),
        ("/orientation/countries/SA/", None),
        ("/orientation/pages/sa-wages/", None),
    ],
)
def test_the_pages_cost_the_same_queries_however_much_content(
    client, editors, url, params, django_assert_max_num_queries
):
    guides(editors, ["SA", "AE"], 3)
    make_page(
        author=editors["author"], reviewer=editors["reviewer"], slug="f", country="", topic="fraud"
    )
    few = count_queries(client, url, params)
    guides(editors, ["QA", "MY", "KR"], 8)
    make_page(
        author=editors["author"], reviewer=editors["reviewer"], slug="r", country="", topic="return"
    )
    with django_assert_max_num_queries(few):
        client.get(url, params or {})
    assert few <= 4
