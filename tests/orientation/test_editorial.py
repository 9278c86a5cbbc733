"""The editorial back office for orientation content (the admin): who reaches it, the
page form and its constraints, the workflow steps and their refusals, the editing rules
of each status, the preview, and the quiz questions with their answers."""

import datetime

import pytest
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from apps.orientation.admin import PageEditingRulesMixin
from apps.orientation.forms.editorial import QuizChoiceFormSet, reject_html
from apps.orientation.models import (
    Certificate,
    Enrolment,
    Page,
    QuizChoice,
    QuizQuestion,
    QuizResult,
)
from tests.factories import TEST_PASSWORD, UserFactory, make_candidate, make_page, make_session

pytestmark = pytest.mark.django_db

ADMIN = "/" + settings.ADMIN_URL
ORIENTATION = ADMIN + "orientation/"
PAGES = ORIENTATION + "page/"
QUESTIONS = ORIENTATION + "quizquestion/"
STEP = "_workflow_step"


@pytest.fixture
def database_refusals(monkeypatch):
    """The constraint messages the admin got from IntegrityErrors (the database's word)."""
    seen = []
    original = PageEditingRulesMixin.constraint_message

    def spy(self, error):
        message = original(self, error)
        seen.append(message)
        return message

    monkeypatch.setattr(PageEditingRulesMixin, "constraint_message", spy)
    return seen


@pytest.fixture
def editor(db):
    return UserFactory(role="orientation_editor", first_name="Ayesha", last_name="Writer")


@pytest.fixture
def second_editor(db):
    return UserFactory(role="orientation_editor", first_name="Bilal", last_name="Reviewer")


def logged_in(client, user):
    assert client.login(username=user.username, password=TEST_PASSWORD)
    return client


def page_form(page: Page | None = None, **overrides) -> dict:
    """What the page's change form posts: its text fields and an empty leaflet list."""
    data = {
        "country": page.country.code if page else "AE",
        "topic": page.topic if page else "wages",
        "slug": page.slug if page else "uae-wages",
        "title_en": page.title_en if page else "Wages and deductions",
        "summary_en": page.summary_en if page else "",
        "body_en": page.body_en if page else "Your wage is paid **monthly**.",
        "title_ur": page.title_ur if page else "",
        "summary_ur": page.summary_ur if page else "",
        "body_ur": page.body_ur if page else "",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def change_url(page):
    return f"{PAGES}{page.pk}/change/"


def shown(response) -> str:
    return response.content.decode()


# --- Who reaches the orientation back office -----------------------------------------


@pytest.mark.parametrize("role", ["orientation_editor", "superuser"])
def test_editors_and_superusers_reach_the_orientation_admin(client_for, role):
    client = client_for(role)
    page = make_page()
    assert f'href="{ORIENTATION}"' in shown(client.get(ADMIN))
    for url in (PAGES, PAGES + "add/", change_url(page), QUESTIONS, QUESTIONS + "add/"):
        assert client.get(url).status_code == 200, url
    assert client.get(f"{PAGES}{page.pk}/preview/").status_code == 200


def test_a_district_labour_officer_sees_no_orientation_section_and_gets_403(client_for):
    client = client_for("district_labour_officer")
    page = make_page()
    index = client.get(ADMIN)
    assert index.status_code == 200
    assert f'href="{ORIENTATION}"' not in shown(index)
    assert "orientation" not in shown(index).lower()
    for url in (
        PAGES,
        PAGES + "add/",
        change_url(page),
        f"{PAGES}{page.pk}/preview/",
        QUESTIONS,
        QUESTIONS + "add/",
        ORIENTATION + "orientationsession/",
        ORIENTATION + "certificate/",
    ):
        assert client.get(url).status_code == 403, url
    assert client.post(PAGES + "add/", page_form()).status_code == 403
    assert not Page.objects.filter(slug="uae-wages").exists()
    # The app's index page does not exist for someone with none of its models.
    assert client.get(ORIENTATION).status_code == 404


@pytest.mark.parametrize("role", ["counsellor", "centre_manager", "registration_officer", "kiosk"])
def test_roles_outside_the_back_office_are_sent_to_the_login(client_for, role):
    client = client_for(role)
    page = make_page()
    for url in (PAGES, change_url(page), QUESTIONS):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/login/" in response["Location"]


def test_sessions_certificates_and_results_are_read_only_for_superusers_only(client_for):
    session = make_session()
    candidate = make_candidate(centre=session.centre)
    enrolment = Enrolment.objects.create(
        session=session,
        candidate=candidate,
        enrolled_by=session.facilitator,
        attended=True,
        attendance_marked_by=session.facilitator,
        attendance_marked_at=timezone.now(),
    )
    records = {
        "orientationsession": session,
        "enrolment": enrolment,
        "certificate": Certificate.objects.create(
            enrolment=enrolment, code="ABCDEFGHJKMN", issued_by=session.facilitator
        ),
        "quizresult": QuizResult.objects.create(
            candidate=candidate, page=make_page(), correct=1, total=2
        ),
    }
    editor_client = client_for("orientation_editor")
    assert "Orientation sessions" not in shown(editor_client.get(ORIENTATION))
    for model, record in records.items():
        assert editor_client.get(f"{ORIENTATION}{model}/").status_code == 403, model
        assert editor_client.get(f"{ORIENTATION}{model}/{record.pk}/change/").status_code == 403
    editor_client.logout()
    superuser = client_for("superuser")
    for model, record in records.items():
        assert superuser.get(f"{ORIENTATION}{model}/").status_code == 200, model
        view = superuser.get(f"{ORIENTATION}{model}/{record.pk}/change/")
        assert view.status_code == 200, model
        assert 'name="_save"' not in shown(view)
        assert superuser.get(f"{ORIENTATION}{model}/add/").status_code == 403, model
        assert superuser.get(f"{ORIENTATION}{model}/{record.pk}/delete/").status_code == 403
    assert "ABCDEFGHJKMN" in shown(superuser.get(f"{ORIENTATION}certificate/"))


# --- The page form ------------------------------------------------------------------


def test_a_new_page_is_a_draft_by_its_author_whatever_is_posted(client, editor):
    logged_in(client, editor)
    response = client.post(PAGES + "add/", page_form(status="published", author=UserFactory().pk))
    assert response.status_code == 302
    page = Page.objects.get(slug="uae-wages")
    assert page.status == Page.Status.DRAFT
    assert page.author == editor
    assert page.reviewer is None


def test_the_form_offers_the_workflow_only_as_steps(client, editor):
    logged_in(client, editor)
    page = make_page(author=editor, status="draft")
    html = shown(client.get(change_url(page)))
    assert 'name="status"' not in html
    assert 'value="submit"' in html
    assert 'value="publish"' not in html
    assert "Markdown" in html
    assert 'dir="rtl"' in html  # the Urdu text boxes


def test_a_topic_that_does_not_fit_the_country_is_a_form_error(client, editor):
    logged_in(client, editor)
    response = client.post(PAGES + "add/", page_form(country="", topic="wages"))
    assert response.status_code == 200
    assert "page takes a guide section; a general topic has no country" in shown(response)
    assert 'value="Wages and deductions"' in shown(response)  # nothing typed is lost
    assert not Page.objects.filter(slug="uae-wages").exists()


def test_the_database_check_alone_still_comes_back_as_a_form_error(
    client, editor, monkeypatch, database_refusals
):
    # Without Django's own constraint validation, the database refuses the row.
    monkeypatch.setattr(Page, "validate_constraints", lambda self, exclude=None: None)
    logged_in(client, editor)
    response = client.post(PAGES + "add/", page_form(country="AE", topic="fraud"))
    assert response.status_code == 200
    assert len(database_refusals) == 1
    assert "page takes a guide section; a general topic has no country" in shown(response)
    assert 'value="Wages and deductions"' in shown(response)
    assert not Page.objects.filter(slug="uae-wages").exists()


def test_a_second_live_page_on_the_same_topic_is_refused_in_words(
    client, editor, database_refusals
):
    make_page(country="AE", topic="wages", status="published")
    logged_in(client, editor)
    response = client.post(PAGES + "add/", page_form(country="AE", topic="wages"))
    assert response.status_code == 200
    assert "There is already a page on this topic for this country" in shown(response)
    # Its condition reads the status, which is not on the form: the database decides.
    assert len(database_refusals) == 1
    assert not Page.objects.filter(slug="uae-wages").exists()


def test_an_archived_page_on_the_topic_does_not_block_a_new_one(client, editor):
    make_page(country="AE", topic="wages", status="archived")
    logged_in(client, editor)
    assert client.post(PAGES + "add/", page_form()).status_code == 302
    assert Page.objects.filter(slug="uae-wages", status="draft").exists()


def test_html_in_the_markdown_is_refused(client, editor):
    logged_in(client, editor)
    response = client.post(PAGES + "add/", page_form(body_en='Hello <script>alert("x")</script>'))
    assert response.status_code == 200
    assert "Remove the HTML" in shown(response)
    assert not Page.objects.filter(slug="uae-wages").exists()


@pytest.mark.parametrize(
    "markdown",
    [
        "See <https://beoe.gov.pk> or write to <help@example.org>.",
        "A wage < 1500 riyals is too low; 3 > 2.",
        "**Bold**, a [link](https://example.org) and\n\n- a list",
    ],
)
def test_markdown_without_html_is_accepted(markdown):
    reject_html(markdown)


@pytest.mark.parametrize(
    "markdown",
    [
        "<b>bold</b>",
        '<img src="x" onerror="alert(1)">',
        "Text <!-- hidden --> text",
        "<br/>",
        "</p>",
    ],
)
def test_html_in_markdown_is_refused(markdown):
    with pytest.raises(ValidationError):
        reject_html(markdown)


# --- Workflow steps -------------------------------------------------------------------


def test_the_author_saves_and_sends_a_draft_for_review_in_one_click(client, editor):
    page = make_page(author=editor, status="draft")
    logged_in(client, editor)
    response = client.post(
        change_url(page), page_form(page, title_en="Entry permit, revised", **{STEP: "submit"})
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_en == "Entry permit, revised"
    assert page.status == Page.Status.IN_REVIEW
    assert page.submitted_at is not None
    html = shown(client.get(response["Location"]))
    assert "was sent for review" in html


def test_the_author_cannot_publish_their_own_page(client, editor):
    page = make_page(author=editor, status="in_review")
    logged_in(client, editor)
    html = shown(client.get(change_url(page)))
    assert 'value="publish"' not in html
    assert "another editor reviews and publishes it" in html
    response = client.post(change_url(page), {STEP: "publish"}, follow=True)
    assert "Another editor must review this page." in shown(response)
    page.refresh_from_db()
    assert page.status == Page.Status.IN_REVIEW
    assert page.reviewer is None


def test_another_editor_publishes_and_is_recorded_as_reviewer(client, editor, second_editor):
    page = make_page(author=editor, status="in_review")
    logged_in(client, second_editor)
    response = client.post(change_url(page), page_form(page, **{STEP: "publish"}), follow=True)
    assert "is published" in shown(response)
    page.refresh_from_db()
    assert page.status == Page.Status.PUBLISHED
    assert page.reviewer == second_editor
    assert page.published_at is not None
    assert page.last_reviewed_at is not None
    # The step is in the page's history too, under the reviewer's name.
    step = LogEntry.objects.filter(object_id=str(page.pk), user=second_editor).latest("pk")
    assert (
        step.get_change_message() == "Changed status, reviewer, published at and last reviewed at."
    )


def test_publishing_needs_the_review_permission(client, editor):
    page = make_page(author=editor, status="in_review")
    writer = UserFactory(is_staff=True)
    writer.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="orientation", codename__in=["view_page", "change_page"]
        )
    )
    logged_in(client, writer)
    assert 'value="publish"' not in shown(client.get(change_url(page)))
    response = client.post(change_url(page), {STEP: "publish"}, follow=True)
    assert "not done" in shown(response)
    page.refresh_from_db()
    assert page.status == Page.Status.IN_REVIEW


@pytest.mark.parametrize(
    ("status", "step", "why"),
    [
        ("draft", "publish", "Only a page in review can be published."),
        ("draft", "mark_reviewed", "Only a published page can be marked as reviewed."),
        ("published", "submit", "Only a draft can be sent for review."),
        ("draft", "send_back", "Only a page in review or published can go back to draft."),
    ],
)
def test_a_step_from_the_wrong_status_is_refused_in_words(
    client, editor, second_editor, status, step, why
):
    page = make_page(author=editor, status=status)
    logged_in(client, second_editor)
    data = page_form(page, **{STEP: step}) if status == "draft" else {STEP: step}
    response = client.post(change_url(page), data, follow=True)
    assert why in shown(response)
    page.refresh_from_db()
    assert page.status == status


def test_a_published_page_is_marked_reviewed_sent_back_and_archived(client, editor, second_editor):
    old = timezone.now() - datetime.timedelta(days=400)
    page = make_page(author=editor, status="published", last_reviewed_at=old)
    logged_in(client, second_editor)
    html = shown(client.get(change_url(page)))
    assert "Due for review" in html
    assert "send it back to draft first" in html

    client.post(change_url(page), {STEP: "mark_reviewed"})
    page.refresh_from_db()
    assert page.last_reviewed_at > old
    assert page.reviewer == second_editor
    assert not page.is_due_for_review()

    client.post(change_url(page), {STEP: "send_back"})
    page.refresh_from_db()
    assert page.status == Page.Status.DRAFT

    client.post(change_url(page), page_form(page, **{STEP: "archive"}))
    page.refresh_from_db()
    assert page.status == Page.Status.ARCHIVED
    assert page.archived_at is not None


def test_the_author_cannot_mark_their_own_page_reviewed(client, editor):
    page = make_page(author=editor, status="published")
    reviewed = page.last_reviewed_at
    logged_in(client, editor)
    response = client.post(change_url(page), {STEP: "mark_reviewed"}, follow=True)
    assert "Another editor must review this page." in shown(response)
    page.refresh_from_db()
    assert page.last_reviewed_at == reviewed


def test_list_actions_take_the_step_page_by_page(client, editor, second_editor):
    own = make_page(author=editor, status="in_review", country="QA", title_en="Own page")
    other = make_page(author=second_editor, status="in_review", country="MY")
    logged_in(client, editor)
    response = client.post(
        PAGES,
        {"action": "publish_selected", "_selected_action": [own.pk, other.pk]},
        follow=True,
    )
    html = shown(response)
    assert "“Own page”: not done. Another editor must review this page." in html
    assert "1 page: done." in html
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.status == Page.Status.IN_REVIEW
    assert other.status == Page.Status.PUBLISHED
    assert other.reviewer == editor


# --- Editing rules of each status -----------------------------------------------------


def test_any_editor_edits_a_draft(client, editor, second_editor):
    page = make_page(author=editor, status="draft")
    logged_in(client, second_editor)
    assert client.post(change_url(page), page_form(page, title_en="Fixed")).status_code == 302
    page.refresh_from_db()
    assert page.title_en == "Fixed"
    assert page.author == editor


def test_in_review_only_a_reviewer_who_is_not_the_author_edits(client, editor, second_editor):
    page = make_page(author=editor, status="in_review")
    logged_in(client, editor)
    html = shown(client.get(change_url(page)))
    assert "only another editor, as its reviewer, may change it now" in html
    assert 'name="title_en"' not in html
    response = client.post(change_url(page), page_form(page, title_en="Sneaky"), follow=True)
    assert "only another editor, as its reviewer, may change it now" in shown(response)
    page.refresh_from_db()
    assert page.title_en == "Entry and work permit"

    client.logout()
    logged_in(client, second_editor)
    assert client.post(change_url(page), page_form(page, title_en="Typo fixed")).status_code == 302
    page.refresh_from_db()
    assert page.title_en == "Typo fixed"
    assert page.status == Page.Status.IN_REVIEW


def test_a_published_page_is_changed_only_after_going_back_to_draft(client, editor, second_editor):
    page = make_page(author=editor, status="published")
    logged_in(client, second_editor)
    html = shown(client.get(change_url(page)))
    assert 'name="body_en"' not in html
    assert 'value="send_back"' in html
    response = client.post(change_url(page), page_form(page, body_en="Changed"), follow=True)
    assert "send it back to draft first" in shown(response)
    page.refresh_from_db()
    assert page.body_en != "Changed"


def test_an_archived_page_is_read_only_and_offers_no_step(client, editor, second_editor):
    page = make_page(author=editor, status="archived")
    logged_in(client, second_editor)
    html = shown(client.get(change_url(page)))
    assert "This page is archived" in html
    assert f'name="{STEP}"' not in html
    client.post(change_url(page), page_form(page, title_en="Revived"))
    client.post(change_url(page), {STEP: "send_back"})
    page.refresh_from_db()
    assert page.title_en == "Entry and work permit"
    assert page.status == Page.Status.ARCHIVED


# --- The list and the preview ----------------------------------------------------------


def test_the_list_shows_the_workflow_and_filters_pages_due_for_review(
    client, editor, second_editor
):
    stale = make_page(
        author=editor,
        reviewer=second_editor,
        country="QA",
        title_en="Qatar wages",
        last_reviewed_at=timezone.now() - datetime.timedelta(days=400),
    )
    make_page(author=editor, country="MY", title_en="Malaysia wages")
    logged_in(client, editor)
    html = shown(client.get(PAGES))
    assert "Qatar" in html
    assert "Bilal Reviewer" in html
    assert "page-status-published" in html
    assert html.count('class="page-due"') == 1
    due = shown(client.get(PAGES + "?due=yes"))
    assert "Qatar wages" in due
    assert "Malaysia wages" not in due
    assert stale.is_due_for_review()


def test_the_list_is_searched_in_both_languages(client, editor):
    make_page(country="QA", title_en="Qatar wages", title_ur="قطر اجرت", slug="qatar-wages")
    make_page(country="MY", title_en="Malaysia wages", title_ur="ملائیشیا", slug="my-wages")
    logged_in(client, editor)
    assert "Malaysia wages" not in shown(client.get(PAGES + "?q=قطر"))
    assert "Qatar wages" in shown(client.get(PAGES + "?q=قطر"))
    assert "Qatar wages" in shown(client.get(PAGES + "?q=qatar-wages"))


def _queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_page_list_takes_as_many_queries_for_many_pages_as_for_few(client, editor):
    countries = ["SA", "AE", "QA", "MY", "KR", "OM", "BH", "KW"]
    for country in countries[:2]:
        make_page(country=country)
    logged_in(client, editor)
    few = _queries_for(client, PAGES)
    for country in countries[2:]:
        make_page(country=country, reviewer=UserFactory())
    assert _queries_for(client, PAGES) == few


def test_the_preview_renders_both_languages_through_the_sanitiser(client, editor):
    page = make_page(
        author=editor,
        status="draft",
        body_en='Keep your **passport**.\n\n<script>alert("x")</script>',
        body_ur="",
    )
    logged_in(client, editor)
    html = shown(client.get(f"{PAGES}{page.pk}/preview/"))
    assert "<strong>passport</strong>" in html
    assert "alert(" not in html
    assert "No Urdu text yet" in html


# --- Quiz questions ----------------------------------------------------------------------


def question_form(page, answers, **overrides) -> dict:
    """The question form with `answers`: a list of (English text, right?)."""
    data = {
        "page": page.pk,
        "order": "1",
        "text_en": "Who keeps your passport?",
        "text_ur": "",
        "choices-TOTAL_FORMS": str(len(answers)),
        "choices-INITIAL_FORMS": "0",
        "choices-MIN_NUM_FORMS": "0",
        "choices-MAX_NUM_FORMS": "6",
    }
    for number, (text, right) in enumerate(answers):
        data[f"choices-{number}-order"] = str(number)
        data[f"choices-{number}-text_en"] = text
        data[f"choices-{number}-text_ur"] = ""
        if right:
            data[f"choices-{number}-is_correct"] = "on"
    data.update(overrides)
    return data


def test_a_question_is_added_with_one_right_answer(client, editor):
    page = make_page(author=editor, status="draft")
    logged_in(client, editor)
    response = client.post(
        QUESTIONS + "add/", question_form(page, [("You", True), ("The agent", False)])
    )
    assert response.status_code == 302
    question = QuizQuestion.objects.get(page=page)
    assert [c.is_correct for c in question.choices.all()] == [True, False]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([("You", False), ("The agent", False)], "Mark exactly one answer as the right one"),
        ([("You", True), ("Me", True), ("Him", False)], "Mark exactly one answer"),
        ([("You", True)], "A question needs 2 to 6 answers; this one has 1."),
        ([(f"Answer {n}", n == 0) for n in range(7)], "A question needs 2 to 6 answers"),
    ],
)
def test_a_question_needs_two_to_six_answers_one_of_them_right(client, editor, answers, message):
    page = make_page(author=editor, status="draft")
    logged_in(client, editor)
    response = client.post(QUESTIONS + "add/", question_form(page, answers))
    assert response.status_code == 200
    assert message in shown(response)
    assert 'value="Who keeps your passport?"' in shown(response)
    assert not QuizQuestion.objects.exists()


def test_two_right_answers_refused_by_the_database_come_back_as_a_message(
    client, editor, monkeypatch, database_refusals
):
    monkeypatch.setattr(QuizChoiceFormSet, "clean", lambda self: None)
    page = make_page(author=editor, status="draft")
    logged_in(client, editor)
    response = client.post(QUESTIONS + "add/", question_form(page, [("You", True), ("Me", True)]))
    assert response.status_code == 200
    assert database_refusals == ["A question has one right answer."]
    assert "A question has one right answer." in shown(response)
    assert not QuizQuestion.objects.exists()


def test_the_right_answer_moves_from_one_answer_to_another(client, editor):
    page = make_page(author=editor, status="draft")
    question = QuizQuestion.objects.create(page=page, text_en="Who?")
    first = QuizChoice.objects.create(question=question, order=0, text_en="You")
    second = QuizChoice.objects.create(question=question, order=1, text_en="Me", is_correct=True)
    data = question_form(page, [("You", True), ("Me", False)], text_en="Who?")
    data.update(
        {
            "choices-INITIAL_FORMS": "2",
            "choices-0-id": str(first.pk),
            "choices-0-question": str(question.pk),
            "choices-1-id": str(second.pk),
            "choices-1-question": str(question.pk),
        }
    )
    logged_in(client, editor)
    assert client.post(f"{QUESTIONS}{question.pk}/change/", data).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.is_correct, second.is_correct) == (True, False)


def test_questions_are_added_only_to_pages_the_editor_may_edit(client, editor, second_editor):
    published = make_page(author=editor, status="published")
    logged_in(client, second_editor)
    response = client.post(
        QUESTIONS + "add/", question_form(published, [("You", True), ("Me", False)])
    )
    assert response.status_code == 200
    assert "Select a valid choice" in shown(response)
    assert not QuizQuestion.objects.exists()


def test_the_quiz_of_a_published_page_is_read_only(client, editor, second_editor):
    page = make_page(author=editor, status="published")
    question = QuizQuestion.objects.create(page=page, text_en="Who?")
    QuizChoice.objects.create(question=question, text_en="You", is_correct=True)
    QuizChoice.objects.create(question=question, text_en="Me")
    logged_in(client, second_editor)
    html = shown(client.get(f"{QUESTIONS}{question.pk}/change/"))
    assert "send it back to draft first" in html
    response = client.post(
        f"{QUESTIONS}{question.pk}/change/",
        question_form(page, [("A", True), ("B", False)], text_en="Changed"),
        follow=True,
    )
    assert "send it back to draft first" in shown(response)
    question.refresh_from_db()
    assert question.text_en == "Who?"


def test_questions_of_a_published_page_cannot_be_deleted_in_bulk(client, editor, second_editor):
    page = make_page(author=editor, status="published")
    question = QuizQuestion.objects.create(page=page, text_en="Who?")
    logged_in(client, second_editor)
    assert "delete_selected" not in shown(client.get(QUESTIONS))
    client.post(
        QUESTIONS,
        {"action": "delete_selected", "_selected_action": [question.pk], "post": "yes"},
    )
    assert client.get(f"{QUESTIONS}{question.pk}/delete/").status_code == 403
    assert QuizQuestion.objects.filter(pk=question.pk).exists()


def test_the_page_links_to_its_questions(client, editor):
    page = make_page(author=editor, status="draft", title_en="Fraud page")
    other = make_page(country="QA", title_en="Other page")
    QuizQuestion.objects.create(page=page, text_en="Is a visa free?")
    QuizQuestion.objects.create(page=other, text_en="Unrelated question")
    logged_in(client, editor)
    html = shown(client.get(change_url(page)))
    listed = f"{QUESTIONS}?page__id__exact={page.pk}"
    assert listed in html
    assert f"{QUESTIONS}add/?page={page.pk}" in html
    questions = shown(client.get(listed))
    assert "Is a visa free?" in questions
    assert "Unrelated question" not in questions
    assert "The questions of “Fraud page”" in questions
    assert f'href="{change_url(page)}"' in questions
    assert f"{QUESTIONS}add/?page={page.pk}" in questions
    assert client.get(f"{QUESTIONS}?page__id__exact=x").status_code in (200, 302)
    assert f'value="{page.pk}" selected' in shown(client.get(f"{QUESTIONS}add/?page={page.pk}"))


def test_the_question_list_takes_as_many_queries_for_many_questions(client, editor):
    def add_questions(count):
        for _number in range(count):
            page = make_page(country="", topic="fraud", status="archived")
            question = QuizQuestion.objects.create(page=page, text_en="Q")
            QuizChoice.objects.create(question=question, text_en="A", is_correct=True)

    add_questions(2)
    logged_in(client, editor)
    few = _queries_for(client, QUESTIONS)
    add_questions(6)
    assert _queries_for(client, QUESTIONS) == few
