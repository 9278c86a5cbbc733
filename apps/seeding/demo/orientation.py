"""Orientation for seed_demo: the country guides and general topics in English and Urdu
(texts in orientation_content), their quizzes, the Lahore centre's orientation sessions of the
coming weeks, and one session held last week with its certificates.

Everything goes through the real services: pages are written by editor.lahore and
published by editor2.lahore (nobody reviews their own page), people are enrolled within
capacity, attendance is marked after the session began, certificates are issued and one
is revoked. A few pages stay at other steps of the workflow so that every status shows.

Safe to run again. Pages are found by slug (an existing page is left as it is: an
editor may have changed it), questions by page and order, the past session by centre,
title and status. Upcoming sessions are planned relative to today: a session is added
only if the centre has no session of that title on the planned day and none of that
title still to come, so a run on the same day adds nothing, and a run weeks later
schedules the sessions anew once the earlier ones have passed.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from apps.accounts.models import User
from apps.candidates.models import Candidate
from apps.centres.models import Centre
from apps.orientation import services
from apps.orientation.models import (
    COUNTRY_SECTIONS,
    GENERAL_TOPICS,
    Certificate,
    OrientationSession,
    Page,
    QuizChoice,
    QuizQuestion,
)

from .orientation_content import (
    ARCHIVED,
    COUNTRIES,
    GENERAL,
    GUIDES,
    QUIZZES,
    SECTION_SLUGS,
    SECTION_TITLES,
)

AUTHOR = "editor.lahore"
REVIEWER = "editor2.lahore"

# Pages left at an earlier step, so the editors' lists show drafts and pages in review.
DRAFTS = frozenset({"malaysia-culture-and-law", "south-korea-sending-money-home"})
IN_REVIEW = frozenset({"qatar-culture-and-law", "uae-health"})
# Published, but last reviewed thirteen months ago: flagged as due for review.
OVERDUE = "saudi-arabia-wages-and-deductions"
OVERDUE_AGE = datetime.timedelta(days=396)

CENTRE = "LHR"
VENUE = "Training hall, Migrant Resource Centre Lahore"
ORGANISER = "manager.lahore"
DESK = "officer.lahore"
WORKING_DAYS = range(5)
SESSION_HOURS = 3

# (title, destination or "" for all, language, days from today, starting hour, places,
#  facilitator, people to enrol)
UPCOMING_SESSIONS = [
    ("Before you go: safe and legal migration", "", "ur", 2, 10, 40, "counsellor.lahore", 5),
    ("Going to Saudi Arabia", "SA", "ur", 4, 10, 40, "counsellor.lahore", 4),
    ("Going to the UAE", "AE", "en", 7, 14, 30, "counsellor2.lahore", 3),
    ("Going to Qatar", "QA", "ur", 9, 10, 30, "counsellor.lahore", 3),
    ("Going to Malaysia", "MY", "ur", 14, 10, 25, "counsellor2.lahore", 3),
    ("Going to South Korea (EPS)", "KR", "ur", 16, 10, 20, "counsellor.lahore", 3),
]
PAST_SESSION = ("Safe migration and your rights abroad", "", "ur", -7, 10, 30, "counsellor.lahore")
# Of the people enrolled in the past session, in order of name: who did not come, and
# whose certificate was revoked afterwards.
PAST_PEOPLE = 6
ABSENT = 5
REVOKED = 4
REVOCATION_REASON = (
    "Issued in error: the person left after the first hour and did not complete the session."
)


@dataclass(frozen=True)
class OrientationDemo:
    """What seed_orientation made, and the codes to try on the verification page."""

    pages_created: int
    sessions_created: int
    valid_code: str | None
    revoked_code: str | None


@transaction.atomic
def seed_orientation() -> OrientationDemo:
    """Load the demo pages, quizzes, sessions and certificates (needs seed_demo's
    accounts and people); a second run the same day creates nothing."""
    staff = _demo_staff()
    known = set(Page.objects.values_list("slug", flat=True))
    new_pages = [spec for spec in demo_pages() if spec["slug"] not in known]
    pages_created = sum(_seed_page(spec, staff[AUTHOR], staff[REVIEWER]) for spec in new_pages)
    _seed_quizzes()
    centre = Centre.objects.get(code=CENTRE)
    now = timezone.now()
    sessions_created = sum(
        _seed_upcoming_session(row, centre, staff, now) for row in UPCOMING_SESSIONS
    )
    past, created = _seed_past_session(centre, staff, now)
    valid, revoked = _demo_codes(past)
    return OrientationDemo(
        pages_created=pages_created,
        sessions_created=sessions_created + created,
        valid_code=valid.code if valid else None,
        revoked_code=revoked.code if revoked else None,
    )


def _demo_staff() -> dict[str, User]:
    """The demo accounts the orientation demo acts as, by username."""
    facilitators = {row[6] for row in [*UPCOMING_SESSIONS, PAST_SESSION]}
    usernames = {AUTHOR, REVIEWER, ORGANISER, DESK, *facilitators}
    staff = User.objects.in_bulk(usernames, field_name="username")
    missing = usernames - staff.keys()
    if missing:
        raise LookupError(f"seed_demo's accounts are missing: {', '.join(sorted(missing))}")
    return staff


def demo_pages() -> list[dict]:
    """Every demo page as Page fields plus its target status, the archived page first
    (it was published before its replacement was written)."""
    pages = [{**ARCHIVED, "status": Page.Status.ARCHIVED}]
    for code, (prefix, name_en, name_ur) in COUNTRIES.items():
        for topic in COUNTRY_SECTIONS:
            text = GUIDES[code][topic]
            title_en, title_ur = SECTION_TITLES[topic]
            slug = f"{prefix}-{SECTION_SLUGS[topic]}"
            pages.append(
                {
                    "slug": slug,
                    "country": code,
                    "topic": topic,
                    "title_en": text.get("title_en", title_en.format(country=name_en)),
                    "title_ur": text.get("title_ur", title_ur.format(country=name_ur)),
                    "summary_en": text["summary_en"],
                    "summary_ur": text["summary_ur"],
                    "body_en": text["body_en"],
                    "body_ur": text["body_ur"],
                    "status": _status_of(slug),
                }
            )
    for topic in GENERAL_TOPICS:
        text = GENERAL[topic]
        pages.append({**text, "country": "", "topic": topic, "status": _status_of(text["slug"])})
    for page in pages:
        page["body_en"] = page["body_en"].strip()
        page["body_ur"] = page["body_ur"].strip()
    return pages


def _status_of(slug: str) -> str:
    if slug in DRAFTS:
        return Page.Status.DRAFT
    if slug in IN_REVIEW:
        return Page.Status.IN_REVIEW
    return Page.Status.PUBLISHED


def _seed_page(spec: dict, author, reviewer) -> int:
    """Write the page as a draft and take it through the editorial steps to its status;
    0 if another live page on its country and topic is there (an editor wrote one)."""
    fields = dict(spec)
    target = fields.pop("status")
    live_on_topic = (
        Page.objects.filter(country=fields["country"], topic=fields["topic"])
        .exclude(status=Page.Status.ARCHIVED)
        .exists()
    )
    if live_on_topic and target != Page.Status.ARCHIVED:
        return 0
    # The database checks the rest (lengths, the topic fits the country, one live page).
    page = Page.objects.create(author=author, **fields)
    if target == Page.Status.DRAFT:
        return 1
    if target == Page.Status.ARCHIVED and live_on_topic:
        # Its replacement is live already: publishing it again is not possible.
        services.archive_page(page=page, by=author)
        return 1
    page = services.submit_for_review(page=page, by=author)
    if target == Page.Status.IN_REVIEW:
        return 1
    page = services.publish_page(page=page, by=reviewer)
    if target == Page.Status.ARCHIVED:
        services.archive_page(page=page, by=reviewer)
    elif page.slug == OVERDUE:
        # Demo data: a review a year and a month ago, so "due for review" shows.
        reviewed = timezone.now() - OVERDUE_AGE
        Page.objects.filter(pk=page.pk).update(
            created_at=reviewed,
            submitted_at=reviewed,
            published_at=reviewed,
            last_reviewed_at=reviewed,
        )
    return 1


def _seed_quizzes() -> None:
    """Each quiz's questions and answers; a question already there is left alone."""
    pages = {page.slug: page for page in Page.objects.filter(slug__in=QUIZZES)}
    for slug, questions in QUIZZES.items():
        page = pages.get(slug)
        if page is None:
            continue
        for order, (text_en, text_ur, answers) in enumerate(questions, start=1):
            question, _created = QuizQuestion.objects.get_or_create(
                page=page, order=order, defaults={"text_en": text_en, "text_ur": text_ur}
            )
            if question.choices.exists():
                continue
            QuizChoice.objects.bulk_create(
                QuizChoice(
                    question=question,
                    order=position,
                    text_en=answer_en,
                    text_ur=answer_ur,
                    is_correct=is_correct,
                )
                for position, (answer_en, answer_ur, is_correct) in enumerate(answers, start=1)
            )


def _working_day(day: datetime.date, step: int) -> datetime.date:
    """`day`, or the nearest working day from it in the direction of `step`."""
    while day.weekday() not in WORKING_DAYS:
        day += datetime.timedelta(days=step)
    return day


def _starts_at(now, days: int, hour: int) -> datetime.datetime:
    today = timezone.localtime(now).date()
    day = _working_day(today + datetime.timedelta(days=days), 1 if days >= 0 else -1)
    naive = datetime.datetime.combine(day, datetime.time(hour))
    return timezone.make_aware(naive)


def _people_going_to(centre, country: str, count: int) -> list[Candidate]:
    people = Candidate.objects.filter(centre=centre).order_by("registration_number")
    if country:
        people = [p for p in people if country in p.destination_countries]
    return list(people[:count])


def _enrol(session, people, by) -> None:
    for person in people:
        try:
            services.enrol_candidate(session=session, candidate=person, by=by)
        except (services.AlreadyEnrolled, services.SessionFull, services.StepNotAllowed):
            # Enrolled by an earlier run, or the place was taken in the demo meanwhile.
            continue


def _seed_upcoming_session(row, centre, staff, now) -> int:
    title, country, language, days, hour, capacity, facilitator, enrol = row
    starts_at = _starts_at(now, days, hour)
    planned = OrientationSession.objects.filter(centre=centre, title=title).filter(
        Q(starts_at__date=timezone.localdate(starts_at))
        | Q(status=OrientationSession.Status.SCHEDULED, starts_at__gte=now)
    )
    session = planned.order_by("starts_at").first()
    created = session is None
    if created:
        session = OrientationSession.objects.create(
            centre=centre,
            title=title,
            country=country,
            language=language,
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=SESSION_HOURS),
            venue=VENUE,
            capacity=capacity,
            facilitator=staff[facilitator],
            created_by=staff[ORGANISER],
        )
    if session.status == OrientationSession.Status.SCHEDULED and session.starts_at > now:
        _enrol(session, _people_going_to(centre, country, enrol), staff[DESK])
    return int(created)


def _seed_past_session(centre, staff, now) -> tuple[OrientationSession, int]:
    """Last week's session: held, attendance marked, certificates issued, one revoked."""
    title, country, language, days, hour, capacity, facilitator_name = PAST_SESSION
    held = (
        OrientationSession.objects.filter(
            centre=centre, title=title, status=OrientationSession.Status.HELD
        )
        .order_by("-starts_at")
        .first()
    )
    if held is not None:
        return held, 0
    facilitator = staff[facilitator_name]
    starts_at = _starts_at(now, days, hour)
    session = OrientationSession.objects.create(
        centre=centre,
        title=title,
        country=country,
        language=language,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=SESSION_HOURS),
        venue=VENUE,
        capacity=capacity,
        facilitator=facilitator,
        created_by=staff[ORGANISER],
    )
    people = sorted(_people_going_to(centre, "", PAST_PEOPLE), key=lambda p: p.full_name)
    _enrol(session, people, staff[DESK])
    enrolments = sorted(
        session.enrolments.select_related("candidate"), key=lambda e: e.candidate.full_name
    )
    for position, enrolment in enumerate(enrolments):
        services.mark_attendance(enrolment=enrolment, attended=position != ABSENT, by=facilitator)
    services.complete_session(session=session, by=facilitator)
    if len(enrolments) > REVOKED:
        certificate = Certificate.objects.get(enrolment=enrolments[REVOKED])
        services.revoke_certificate(
            certificate=certificate,
            by=staff[ORGANISER],
            reason=REVOCATION_REASON,
        )
    return session, 1


def _demo_codes(session) -> tuple[Certificate | None, Certificate | None]:
    """A valid and a revoked certificate of the past session, for the summary."""
    certificates = Certificate.objects.filter(enrolment__session=session).order_by(
        "enrolment__candidate__full_name"
    )
    valid = certificates.filter(revoked_at__isnull=True).first()
    revoked = certificates.filter(revoked_at__isnull=False).first()
    return valid, revoked
