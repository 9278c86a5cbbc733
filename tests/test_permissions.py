"""One table: every page of the portal against every role -> what the role gets.

200: allowed. 403: logged in, but the role does not include the page. 404: the object
is outside the account's scope.
login: an anonymous visitor is sent to the login page. redirect: sent elsewhere.
New pages add a row here; a page missing from the table fails the completeness test.
"""

import datetime

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from apps.counselling.selectors import free_slots
from apps.orientation.models import Enrolment
from tests.factories import (
    CentreFactory,
    make_appointment,
    make_candidate,
    make_complaint,
    make_counsellor,
    make_listing,
    make_page,
    make_session,
)

ROLES = [
    None,
    "kiosk",
    "registration_officer",
    "counsellor",
    "district_labour_officer",
    "centre_manager",
    "orientation_editor",
    "superuser",
    # Above the centres: numbers only (the reports), never a person's record.
    "provincial_officer",
    "national_officer",
    # A centre's complaints register: reads and handles complaints, nothing else.
    "complaints_officer",
]

A, D, L, R = 200, 403, "login", "redirect"

# url -> expected outcome per role, in the order of ROLES above.
# "{own}" is the logged-in user's centre code; "{other}" another centre's (404 there).
PERMISSION_TABLE = {
    "/": (A, A, A, A, A, A, A, A, A, A, A),
    # The load balancer's health check (and the benchmark's bare view).
    "/healthz": (A, A, A, A, A, A, A, A, A, A, A),
    "/centres/": (A, A, A, A, A, A, A, A, A, A, A),
    "/centres/{own}/": (A, A, A, A, A, A, A, A, A, A, A),
    "/workspace/": (L, R, A, A, A, A, A, A, A, A, A),
    "/centres/mine/": (L, D, A, A, A, A, D, R, D, D, A),
    "/centres/{own}/edit/": (L, D, D, D, D, A, D, A, D, D, D),
    "/accounts/team/": (L, D, D, D, D, A, D, A, D, D, D),
    "/kiosk/": (L, A, D, D, D, D, D, A, D, D, D),
    "/kiosk/menu/": (L, A, D, D, D, D, D, A, D, D, D),
    # A screen's recorded reading: for the kiosk, and for the editors who upload them.
    "/kiosk/recordings/{recording}/": (L, A, D, D, D, D, A, A, D, D, D),
    "/accounts/login/": (A, R, R, R, R, R, R, R, R, R, R),
    # A new account's one-time link: the token decides, whoever asks (a used or made-up
    # one shows that it no longer works).
    "/accounts/set-password/{uid}/{token}/": (A, A, A, A, A, A, A, A, A, A, A),
    "/candidates/": (L, D, A, A, D, A, D, A, D, D, D),
    "/candidates/register/": (L, D, A, D, D, D, D, R, D, D, D),
    # A person of another centre, found by an exact number and linked with their
    # agreement; the link page needs this session's look-up first (else back to it).
    "/candidates/network/find/": (L, D, A, D, D, D, D, A, D, D, D),
    "/candidates/network/link/{candidate}/": (L, D, R, D, D, D, D, R, D, D, D),
    "/candidates/{candidate}/": (L, D, A, A, D, A, D, A, D, D, D),
    "/candidates/{candidate}/edit/": (L, D, A, D, D, D, D, A, D, D, D),
    # One person, one record: the desk merges, the manager oversees.
    "/candidates/duplicates/probable/": (L, D, A, D, D, A, D, A, D, D, D),
    "/candidates/duplicates/{candidate}/{twin}/merge/": (L, D, A, D, D, D, D, A, D, D, D),
    "/candidates/merges/{merge}/": (L, D, A, D, D, A, D, A, D, D, D),
    # What the occupation fields of those two pages suggest as one types.
    "/occupations/suggestions/": (L, D, A, D, D, D, D, A, D, D, D),
    "/kiosk/register/identity/": (L, A, D, D, D, D, D, A, D, D, D),
    "/kiosk/register/review/": (L, R, D, D, D, D, D, R, D, D, D),
    "/kiosk/slip/": (L, R, D, D, D, D, D, R, D, D, D),
    "/" + settings.ADMIN_URL: (R, R, R, R, A, R, A, A, R, R, R),
    # The editorial back office: editors and superusers; a labour officer is refused.
    "/" + settings.ADMIN_URL + "orientation/page/": (R, R, R, R, D, R, A, A, R, R, R),
    # Opening a centre makes accounts of every role: superusers only.
    "/" + settings.ADMIN_URL + "network/open-centre/": (R, R, R, R, D, R, D, A, R, R, R),
    "/jobs/": (A, A, A, A, A, A, A, A, A, A, A),
    "/jobs/{listing}/": (A, A, A, A, A, A, A, A, A, A, A),
    # Is this agent licensed? Public: anyone may ask (rate-limited per client).
    "/jobs/agents/check/": (A, A, A, A, A, A, A, A, A, A, A),
    "/jobs/{listing}/interest/": (L, A, D, D, D, D, D, A, D, D, D),
    "/jobs/{listing}/matches/": (L, D, A, D, D, D, D, A, D, D, D),
    "/jobs/{listing}/applications/": (L, D, A, D, D, D, D, A, D, D, D),
    # What the agency and employer fields of a complaint suggest as one types: whoever
    # may take a complaint in (national lists, no centre's data).
    "/jobs/agencies/suggestions/": (L, D, A, A, D, D, D, A, D, D, A),
    "/jobs/employers/suggestions/": (L, D, A, A, D, D, D, A, D, D, A),
    "/counselling/": (L, D, A, A, D, A, D, A, D, D, D),
    "/counselling/book/": (L, D, A, A, D, D, D, A, D, D, D),
    "/counselling/book/{candidate}/": (L, D, A, A, D, D, D, A, D, D, D),
    "/counselling/appointments/{appointment}/": (L, D, A, A, D, A, D, A, D, D, D),
    "/counselling/appointments/{appointment}/cancel/": (L, D, A, A, D, D, D, A, D, D, D),
    "/counselling/appointments/{appointment}/reschedule/": (L, D, A, A, D, D, D, A, D, D, D),
    "/counselling/appointments/{appointment}/calendar.ics": (L, D, A, A, D, A, D, A, D, D, D),
    "/counselling/my/day/": (L, D, D, A, D, D, D, D, D, D, D),
    "/counselling/my/week/": (L, D, D, A, D, D, D, D, D, D, D),
    # Case records: a counsellor of the centre, nobody else, not even a superuser.
    "/counselling/cases/{candidate}/": (L, D, D, A, D, D, D, D, D, D, D),
    "/counselling/availability/": (L, D, D, A, D, D, D, D, D, D, D),
    "/counselling/closures/": (L, D, D, D, D, A, D, A, D, D, D),
    "/counselling/kiosk/": (L, A, D, D, D, D, D, A, D, D, D),
    "/counselling/kiosk/time/": (L, R, D, D, D, D, D, R, D, D, D),
    "/counselling/kiosk/booked/": (L, R, D, D, D, D, D, R, D, D, D),
    # Report an agent at the kiosk: later screens send back to the first one unanswered,
    # the slip to the start when nothing was filed.
    "/complaints/kiosk/report/what/": (L, A, D, D, D, D, D, A, D, D, D),
    "/complaints/kiosk/report/who/": (L, R, D, D, D, D, D, R, D, D, D),
    "/complaints/kiosk/report/promise/": (L, R, D, D, D, D, D, R, D, D, D),
    "/complaints/kiosk/report/money/": (L, R, D, D, D, D, D, R, D, D, D),
    "/complaints/kiosk/report/you/": (L, R, D, D, D, D, D, R, D, D, D),
    "/complaints/kiosk/report/details/": (L, R, D, D, D, D, D, R, D, D, D),
    "/complaints/kiosk/report/check/": (L, R, D, D, D, D, D, R, D, D, D),
    "/complaints/kiosk/report/slip/": (L, R, D, D, D, D, D, R, D, D, D),
    # A complaint's status by its number and four CNIC digits: anyone (rate-limited).
    "/complaints/status/": (A, A, A, A, A, A, A, A, A, A, A),
    # Orientation: reading and checking a certificate are public.
    "/orientation/": (A, A, A, A, A, A, A, A, A, A, A),
    "/orientation/countries/{country}/": (A, A, A, A, A, A, A, A, A, A, A),
    "/orientation/pages/{page}/": (A, A, A, A, A, A, A, A, A, A, A),
    "/orientation/pages/{page}/quiz/": (A, A, A, A, A, A, A, A, A, A, A),
    "/orientation/verify/": (A, A, A, A, A, A, A, A, A, A, A),
    # Walk-ins reserve a place themselves, at the kiosk or on the public site.
    "/orientation/sessions/upcoming/": (A, A, A, A, A, A, A, A, A, A, A),
    "/orientation/sessions/upcoming/{session}/reserve/": (A, A, A, A, A, A, A, A, A, A, A),
    "/orientation/sessions/reserved/": (R, R, R, R, R, R, R, R, R, R, R),
    "/orientation/sessions/": (L, D, A, A, D, A, D, A, D, D, D),
    "/orientation/sessions/new/": (L, D, D, A, D, A, D, A, D, D, D),
    "/orientation/sessions/{session}/": (L, D, A, A, D, A, D, A, D, D, D),
    "/orientation/sessions/{session}/edit/": (L, D, D, A, D, A, D, A, D, D, D),
    # Attendance is the session's facilitator's alone (another account here); to an
    # account at no centre the session is outside its scope, so it is not found.
    "/orientation/sessions/{session}/attendance/": (L, D, D, D, D, D, D, D, 404, 404, D),
    "/orientation/certificates/{certificate}/pdf/": (L, D, A, A, D, A, D, A, D, D, D),
    "/orientation/certificates/{certificate}/revoke/": (L, D, D, D, D, A, D, A, D, D, D),
    # A complaint referred to an authority: those who handle the centre's complaints, not
    # even a superuser (the letter names the complainant). The forms post here from the
    # complaint's page; a mistake comes back on these pages.
    "/complaints/{complaint}/escalate/": (L, D, D, A, D, D, D, D, D, D, A),
    "/complaints/{complaint}/escalations/{escalation}/answer/": (L, D, D, A, D, D, D, D, D, D, A),
    "/complaints/{complaint}/escalations/{escalation}/letter.pdf": (
        (L, D, D, A, D, D, D, D, D, D, A)
    ),
    # Reports and the audit trail: the centre's manager (and a superuser, every centre);
    # the reports also for the provincial and national officers, across their centres.
    "/reports/": (L, D, D, D, D, A, D, A, A, A, D),
    "/reports/people-served.csv": (L, D, D, D, D, A, D, A, A, A, D),
    "/reports/monthly/{month}/": (L, D, D, D, D, A, D, A, A, A, D),
    "/audit/": (L, D, D, D, D, A, D, A, D, D, D),
    # Read-only in the admin, for superusers (managers are not back-office staff).
    "/" + settings.ADMIN_URL + "audit/auditentry/": (R, R, R, R, D, R, D, A, R, R, R),
    # Data protection: the desk answers a subject-access request; erasure is the manager's.
    "/privacy/{candidate}/": (L, D, A, D, D, A, D, A, D, D, D),
    "/privacy/{candidate}/personal-data.json": (L, D, A, D, D, A, D, A, D, D, D),
    "/privacy/{candidate}/erase/": (L, D, D, D, D, A, D, A, D, D, D),
    # The complaints register: read by the counsellors and complaints officers of the
    # centre, never by a superuser (a complaint naming a person is confidential); the
    # desk takes complaints in and sees the slip of its own once (none here: redirect).
    "/complaints/": (L, D, D, A, D, D, D, D, D, D, A),
    "/complaints/overdue/": (L, D, D, A, D, D, D, D, D, D, A),
    "/complaints/{complaint}/": (L, D, D, A, D, D, D, D, D, D, A),
    "/complaints/{complaint}/edit/": (L, D, D, A, D, D, D, D, D, D, A),
    "/complaints/{other_complaint}/": (L, D, D, 404, D, D, D, D, D, D, 404),
    "/complaints/{other_complaint}/edit/": (L, D, D, 404, D, D, D, D, D, D, 404),
    "/complaints/new/": (L, D, A, A, D, D, D, R, D, D, A),
    "/complaints/new/?person={candidate}": (L, D, A, A, D, D, D, R, D, D, A),
    "/complaints/new/?person={other_candidate}": (L, D, 404, 404, D, D, D, R, D, D, 404),
    "/complaints/filed/": (L, D, R, R, D, D, D, R, D, D, R),
    # The centre's deadlines and its rule for agencies: its manager's.
    "/complaints/deadlines/": (L, D, D, D, D, A, D, R, D, D, D),
    "/complaints/policy/": (L, D, D, D, D, A, D, R, D, D, D),
}


def _appointment_at(centre):
    counsellor = make_counsellor(centre)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    slot = free_slots(counsellor, tomorrow, days=7)[0]
    return make_appointment(counsellor=counsellor, starts_at=slot.starts_at)


def _page_with_a_question():
    page = make_page()
    question = page.questions.create(text_en="Who may charge you a fee?")
    question.choices.create(text_en="A licensed promoter, by bank", is_correct=True)
    question.choices.create(text_en="Any agent, in cash")
    return page


def _certificate_at(centre):
    from apps.orientation import services as orientation

    session = make_session(centre=centre, starts_at=timezone.now() - datetime.timedelta(hours=4))
    enrolment = Enrolment.objects.create(
        session=session, candidate=make_candidate(centre=centre), enrolled_by=session.facilitator
    )
    enrolment = orientation.mark_attendance(
        enrolment=enrolment, attended=True, by=session.facilitator
    )
    return orientation.issue_certificate(enrolment=enrolment, by=session.facilitator)


def make_counsellor_profile(user):
    from apps.counselling.models import Counsellor

    Counsellor.objects.get_or_create(user=user, defaults={"languages": ["ur"]})


def _recording():
    from django.core.files.base import ContentFile

    from apps.kiosk.models import SpokenPrompt

    prompt = SpokenPrompt(screen="kiosk:menu", language="en")
    prompt.recording.save("menu.wav", ContentFile(b"RIFF"))
    return prompt


def _escalation_of(complaint):
    from apps.complaints.services import escalate_complaint

    return escalate_complaint(
        complaint=complaint, authority="protector", by=complaint.filed_by, request="Look into it."
    )


def _merge_of(kept, merged):
    from apps.candidates.merging import merge_candidates

    return merge_candidates(kept=kept, merged=merged, by=kept.registered_by, reason="Same card")


def _cases():
    for url, outcomes in PERMISSION_TABLE.items():
        for role, outcome in zip(ROLES, outcomes, strict=True):
            yield pytest.param(url, role, outcome, id=f"{url}-{role or 'anonymous'}")


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "role", "expected"), list(_cases()))
def test_permission_table(client_for, centre, url, role, expected):
    client = client_for(role)
    candidate = make_candidate(centre=centre) if "{candidate}" in url else None
    listing = make_listing() if "{listing}" in url else None
    appointment = _appointment_at(centre) if "{appointment}" in url else None
    page = _page_with_a_question() if "{page}" in url or "{country}" in url else None
    session = make_session(centre=centre) if "{session}" in url else None
    certificate = _certificate_at(centre) if "{certificate}" in url else None
    recording = _recording() if "{recording}" in url else None
    twin = make_candidate(centre=centre) if "{twin}" in url or "{merge}" in url else None
    merge = (
        _merge_of(candidate or make_candidate(centre=centre), twin) if "{merge}" in url else None
    )
    complaint = make_complaint(centre=centre) if "{complaint}" in url else None
    other_complaint = make_complaint(centre=CentreFactory()) if "{other_complaint}" in url else None
    other_candidate = make_candidate(centre=CentreFactory()) if "{other_candidate}" in url else None
    escalation = _escalation_of(complaint) if "{escalation}" in url else None
    if role == "counsellor":
        # The role's pages are a counsellor's: the account has its profile.
        make_counsellor_profile(client.user)
    response = client.get(
        url.format(
            own=centre.code,
            candidate=candidate and candidate.registration_number,
            listing=listing and listing.pk,
            appointment=appointment and appointment.pk,
            page=page and page.slug,
            country=page and page.country,
            session=session and session.pk,
            certificate=certificate and certificate.pk,
            recording=recording and recording.pk,
            twin=twin and twin.registration_number,
            merge=merge and merge.pk,
            complaint=complaint and complaint.reference,
            other_complaint=other_complaint and other_complaint.reference,
            other_candidate=other_candidate and other_candidate.registration_number,
            escalation=escalation and escalation.pk,
            month="2026/11",
            uid="MQ",
            token="made-up-token",
        )
    )
    if expected == L:
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")
    elif expected == R:
        assert response.status_code == 302
        assert "/accounts/login/" not in response.url or role is None
    else:
        assert response.status_code == expected
    if role is not None:
        # A logged-in account's pages stay out of the browser's cache and history.
        assert "no-store" in response.get("Cache-Control", "")


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["centre_manager"])
def test_another_centres_object_answers_404_not_403(client_for, role):
    other = CentreFactory()
    response = client_for(role).get(f"/centres/{other.code}/edit/")
    assert response.status_code == 404


def _all_routes(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin" or str(pattern.pattern).startswith("i18n"):
                continue
            yield from _all_routes(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield "/" + prefix + str(pattern.pattern)


def test_every_page_is_in_the_permission_table():
    table = {
        url.replace("{own}", "<str:code>")
        .replace("{candidate}", "<str:registration_number>")
        .replace("{listing}", "<int:pk>")
        .replace("{appointment}", "<int:pk>")
        .replace("{page}", "<slug:slug>")
        .replace("{country}", "<str:country>")
        .replace("{session}", "<int:pk>")
        .replace("{certificate}", "<int:pk>")
        .replace("{month}", "<int:year>/<int:month>")
        .replace("{recording}", "<int:pk>")
        .replace("{uid}", "<uidb64>")
        .replace("{token}", "<token>")
        .replace("{twin}", "<str:other_number>")
        .replace("{merge}", "<int:pk>")
        .replace("{complaint}", "<complaint_reference:reference>")
        .replace("{escalation}", "<int:pk>")
        for url in PERMISSION_TABLE
    }
    routes = set(_all_routes())
    # POST-only actions have their own tests (logout, reset, submit and the desk checks).
    routes -= {
        "/accounts/logout/",
        "/kiosk/reset/",
        "/kiosk/register/submit/",
        "/candidates/<str:registration_number>/identifier/<str:field>/",
        "/candidates/<str:registration_number>/documents-seen/",
        "/candidates/<str:registration_number>/verify/",
        "/candidates/<str:registration_number>/move-home-centre-here/",
        "/jobs/<int:pk>/matches/<str:registration_number>/shortlist/",
        "/jobs/applications/<int:pk>/status/",
        "/counselling/appointments/<int:pk>/status/",
        "/counselling/cases/<str:registration_number>/notes/",
        "/counselling/cases/<str:registration_number>/follow-ups/",
        "/counselling/cases/<str:registration_number>/referrals/",
        "/counselling/follow-ups/<int:pk>/done/",
        "/counselling/referrals/<int:pk>/status/",
        "/counselling/availability/leave/<int:pk>/delete/",
        "/counselling/closures/<int:pk>/delete/",
        "/orientation/sessions/<int:pk>/enrol/",
        "/orientation/sessions/<int:pk>/complete/",
        "/orientation/enrolments/<int:pk>/withdraw/",
        # A complaint's actions: tests/complaints/test_register_pages.py.
        "/complaints/<complaint_reference:reference>/acknowledge/",
        "/complaints/<complaint_reference:reference>/close/",
        "/complaints/<complaint_reference:reference>/reopen/",
        "/complaints/<complaint_reference:reference>/money/",
        # A leaflet is a file of a published page: tests/orientation/test_public_pages.py.
        "/orientation/leaflets/<int:pk>/",
    }
    routes.discard("/kiosk/register/<slug:step>/")
    assert routes - table == set(), "add these pages to PERMISSION_TABLE"
