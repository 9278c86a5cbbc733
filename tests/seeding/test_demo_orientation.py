"""seed_demo's orientation: guides and general topics in both languages through the
editorial workflow, quizzes, Lahore's sessions of the coming weeks, last week's session
with a valid and a revoked certificate; idempotent, on the same day and on later ones."""

import datetime
import html
import io
import re
import zoneinfo
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings

from apps.orientation import services
from apps.orientation.models import (
    COUNTRY_SECTIONS,
    GENERAL_TOPICS,
    Certificate,
    Enrolment,
    OrientationSession,
    Page,
    QuizChoice,
    QuizQuestion,
)
from apps.seeding.demo.orientation import (
    DRAFTS,
    IN_REVIEW,
    OVERDUE,
    PAST_SESSION,
    REVOCATION_REASON,
    UPCOMING_SESSIONS,
    VENUE,
    demo_pages,
    seed_orientation,
)
from apps.seeding.demo.orientation_content import QUIZZES
from tests.factories import consent_text

LOCAL = zoneinfo.ZoneInfo(settings.TIME_ZONE)
# A Monday morning: the demo's dates are worked out from "today".
MONDAY_MORNING = datetime.datetime(2030, 1, 7, 8, 0, tzinfo=LOCAL)
TODAY = MONDAY_MORNING.date()
COUNTRIES = {"SA", "AE", "QA", "MY", "KR"}
# Published without their Urdu text, to show the visible English fallback.
ENGLISH_ONLY = {"malaysia-health", "south-korea-health"}
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """seed_demo's output, run once for this module at MONDAY_MORNING, in a transaction
    rolled back at the module's end. Each test runs in a savepoint of it (the db
    fixture), so none sees another's changes; seeding is slow, the tests are quick."""
    with (
        mock.patch("django.utils.timezone.now", return_value=MONDAY_MORNING),
        override_settings(
            DEMO_DATA_ALLOWED=True,
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        ),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        # The consent texts come from a data migration that a transactional test may
        # have flushed away.
        consent_text("en")
        consent_text("ur")
        out = io.StringIO()
        call_command("seed_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(seeded, db):
    return seeded


@pytest.fixture
def clock():
    """The clock the demo reads (MONDAY_MORNING); clock.move(days) moves it on."""
    with mock.patch("django.utils.timezone.now", return_value=MONDAY_MORNING) as now:
        now.move = lambda days: setattr(
            now, "return_value", MONDAY_MORNING + datetime.timedelta(days=days)
        )
        yield now


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            QuizQuestion,
            QuizChoice,
            OrientationSession,
            Enrolment,
            Certificate,
        )
    }


def test_a_second_run_the_same_day_creates_nothing(demo):
    first = counts()
    assert first["Page"] == 55 and first["OrientationSession"] == 7
    assert first["QuizQuestion"] == 27
    assert first["QuizChoice"] == sum(len(q[2]) for qs in QUIZZES.values() for q in qs)
    assert first["Enrolment"] >= 20 and first["Certificate"] == 5
    again = seed_orientation()
    assert (again.pages_created, again.sessions_created) == (0, 0)
    assert counts() == first
    # The summary prints the same codes on every run.
    assert again.valid_code in demo and again.revoked_code in demo


def test_later_runs_add_sessions_only_once_the_planned_ones_have_passed(demo, clock):
    first = counts()
    clock.move(days=1)
    assert seed_orientation().sessions_created == 0
    assert counts() == first

    # Four weeks on, every planned session is over: the next ones are planned, and
    # last week's session is not held a second time.
    clock.move(days=28)
    assert seed_orientation().sessions_created == len(UPCOMING_SESSIONS)
    assert OrientationSession.objects.filter(title=PAST_SESSION[0]).count() == 1
    assert Certificate.objects.count() == first["Certificate"]


def test_every_guide_section_and_general_topic_in_both_languages(demo):
    live = Page.objects.exclude(status=Page.Status.ARCHIVED)
    assert {(p.country.code, p.topic) for p in live.guides()} == {
        (country, topic) for country in COUNTRIES for topic in COUNTRY_SECTIONS
    }
    assert {p.topic for p in live.general()} == set(GENERAL_TOPICS)
    assert live.filter(slug="saudi-arabia-entry-and-work-permit", country="SA").exists()
    assert live.filter(slug="spotting-fraud", topic="fraud").exists()

    for page in Page.objects.all():
        assert page.title_en and page.summary_en and page.body_en, page.slug
        assert ARABIC_SCRIPT.search(page.title_ur), page.slug
        assert ARABIC_SCRIPT.search(page.summary_ur), page.slug
        if page.slug in ENGLISH_ONLY:
            assert page.body_ur == ""
            assert page.in_language("ur")[3] == "en"
        else:
            assert ARABIC_SCRIPT.search(page.body_ur), page.slug
            assert page.in_language("ur")[3] == "ur"
    assert Page.objects.published().filter(slug__in=ENGLISH_ONLY).count() == len(ENGLISH_ONLY)


def test_pages_are_short_markdown_with_no_html_and_no_made_up_numbers(demo):
    for page in Page.objects.all():
        for body in (page.body_en, page.body_ur):
            assert not re.search(r"<\s*[a-zA-Z/!]", body), page.slug
            # No telephone numbers but the short emergency ones, no invented amounts.
            assert not re.search(r"\d{5,}|\+\d", body), page.slug
        words = len(page.body_en.split())
        if page.status == Page.Status.ARCHIVED:
            continue
        assert (80 if page.country else 200) <= words <= (200 if page.country else 330)


def test_the_editorial_workflow_with_a_second_editor(demo):
    published = Page.objects.published().select_related("author", "reviewer")
    assert published.count() == 50
    for page in published:
        assert page.author.username == "editor.lahore"
        assert page.reviewer.username == "editor2.lahore"
        assert page.reviewer != page.author
        assert page.published_at and page.submitted_at and page.last_reviewed_at
    assert set(Page.objects.filter(status="draft").values_list("slug", flat=True)) == DRAFTS
    assert set(Page.objects.filter(status="in_review").values_list("slug", flat=True)) == IN_REVIEW
    [archived] = Page.objects.filter(status="archived")
    assert archived.archived_at and archived.country.code == "QA"
    assert list(Page.objects.due_for_review().values_list("slug", flat=True)) == [OVERDUE]
    overdue = Page.objects.get(slug=OVERDUE)
    assert overdue.last_reviewed_at < MONDAY_MORNING - datetime.timedelta(days=365 + 28)


def test_the_sanitiser_renders_every_body_without_dropping_text(demo):
    try:
        from apps.orientation.rendering import render_markdown
    except ImportError:  # pragma: no cover
        pytest.skip("TODO(lead): apps.orientation.rendering.render_markdown is missing")
    for page in Page.objects.all():
        for body in (page.body_en, page.body_ur):
            rendered = str(render_markdown(body))
            text = html.unescape(re.sub(r"<[^>]+>", " ", rendered))
            # Markdown's own marks (list numbers, bullets, bold) are not reading matter.
            source = re.sub(r"^\s*(\d+\.|[-*])\s+", " ", body, flags=re.MULTILINE)
            assert re.findall(r"\w+", text) == re.findall(r"\w+", source), page.slug
            assert "<strong>" in rendered or not body, page.slug


def test_quizzes_for_the_general_topics_and_every_contract_page(demo):
    quiz_pages = Page.objects.filter(questions__isnull=False).distinct()
    assert {p.slug for p in quiz_pages} == {
        *(page["slug"] for page in demo_pages() if page["country"] == ""),
        *(p.slug for p in Page.objects.filter(topic="contract_rights")),
    }
    for page in quiz_pages:
        questions = list(page.questions.prefetch_related("choices"))
        assert [q.order for q in questions] == [1, 2, 3]
        for question in questions:
            assert question.text_en and ARABIC_SCRIPT.search(question.text_ur)
            choices = list(question.choices.all())
            assert 3 <= len(choices) <= 4
            assert sum(c.is_correct for c in choices) == 1
            assert all(c.text_en and ARABIC_SCRIPT.search(c.text_ur) for c in choices)


def test_upcoming_sessions_at_lahore_for_each_destination_and_a_general_one(demo):
    upcoming = list(
        OrientationSession.objects.upcoming().select_related("centre", "facilitator", "created_by")
    )
    assert sorted(s.country.code or "" for s in upcoming) == sorted(["", *COUNTRIES])
    assert [s.language for s in upcoming].count("en") == 1
    for session in upcoming:
        assert session.centre.code == "LHR"
        assert session.starts_at > MONDAY_MORNING
        assert session.starts_at.astimezone(LOCAL).date() <= TODAY + datetime.timedelta(days=21)
        assert session.starts_at.astimezone(LOCAL).weekday() < 5
        assert 20 <= session.capacity <= 40
        assert session.venue == VENUE
        assert session.facilitator.username in {"counsellor.lahore", "counsellor2.lahore"}
        assert session.created_by.username == "manager.lahore"
        enrolled = list(session.enrolments.select_related("candidate__centre"))
        assert 1 <= len(enrolled) <= session.capacity
        for enrolment in enrolled:
            assert enrolment.candidate.centre == session.centre
            if session.country:
                assert session.country in enrolment.candidate.destination_countries


def test_last_weeks_session_was_held_with_a_valid_and_a_revoked_certificate(demo):
    [held] = OrientationSession.objects.filter(status="held")
    assert held.title == PAST_SESSION[0]
    assert TODAY - datetime.timedelta(days=10) <= held.starts_at.astimezone(LOCAL).date() < TODAY
    enrolments = list(held.enrolments.all())
    assert all(e.attended is not None and e.attendance_marked_by for e in enrolments)
    attended = [e for e in enrolments if e.attended]
    assert Certificate.objects.filter(enrolment__in=attended).count() == len(attended) >= 4
    [revoked] = Certificate.objects.filter(revoked_at__isnull=False)
    assert revoked.revocation_reason == REVOCATION_REASON
    assert revoked.revoked_by.username == "manager.lahore"

    valid_code = re.search(r"a valid code:\s+(\w+)", demo).group(1)
    revoked_code = re.search(r"a revoked code:\s+(\w+)", demo).group(1)
    assert services.verify_code(valid_code)[0] == "valid"
    assert services.verify_code(revoked_code) == ("revoked", revoked)
    assert "/orientation/" in demo and "/orientation/verify/" in demo
    assert "editor.lahore" in demo and "Orientation editor" in demo
