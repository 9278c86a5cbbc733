"""Writes about orientation: the editorial steps of a page, enrolment within capacity,
attendance, and certificates. The admin, the staff pages and seed_demo come through
here, so each rule is written once."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from apps.candidates.models import Candidate
from apps.candidates.services import violated_constraint

from .models import Certificate, Enrolment, OrientationSession, Page, new_certificate_code
from .notices import send_place_confirmation_after_commit


class StepNotAllowed(Exception):
    """The editorial or session step is not possible now; the message says why, in the
    language of the request (pages show it as it is)."""


class SessionFull(Exception):
    """Every place of the session is taken."""


class AlreadyEnrolled(Exception):
    pass


class TooFewPlaces(Exception):
    """A session's places cannot drop below the people already enrolled."""

    def __init__(self, enrolled: int):
        super().__init__(f"{enrolled} enrolled")
        self.enrolled = enrolled


# --- Editorial workflow ----------------------------------------------------------


@transaction.atomic
def submit_for_review(*, page: Page, by) -> Page:
    """Draft → in review."""
    page = Page.objects.select_for_update().get(pk=page.pk)
    if page.status != Page.Status.DRAFT:
        raise StepNotAllowed(_("Only a draft can be sent for review."))
    page.status = Page.Status.IN_REVIEW
    page.submitted_at = timezone.now()
    page.save(update_fields=["status", "submitted_at", "updated_at"])
    return page


@transaction.atomic
def publish_page(*, page: Page, by) -> Page:
    """In review → published, by an editor who did not write the page (the database
    refuses a page reviewed by its own author)."""
    page = Page.objects.select_for_update().get(pk=page.pk)
    if page.status != Page.Status.IN_REVIEW:
        raise StepNotAllowed(_("Only a page in review can be published."))
    if page.author_id == by.pk:
        raise StepNotAllowed(_("Another editor must review this page."))
    now = timezone.now()
    page.status = Page.Status.PUBLISHED
    page.reviewer = by
    page.published_at = page.published_at or now
    page.last_reviewed_at = now
    page.save(
        update_fields=["status", "reviewer", "published_at", "last_reviewed_at", "updated_at"]
    )
    return page


@transaction.atomic
def send_back_to_draft(*, page: Page, by) -> Page:
    """In review → draft (the reviewer asks for changes), or published → draft (taken
    off the public site to be reworked)."""
    page = Page.objects.select_for_update().get(pk=page.pk)
    if page.status not in (Page.Status.IN_REVIEW, Page.Status.PUBLISHED):
        raise StepNotAllowed(_("Only a page in review or published can go back to draft."))
    page.status = Page.Status.DRAFT
    page.save(update_fields=["status", "updated_at"])
    return page


@transaction.atomic
def mark_reviewed(*, page: Page, by) -> Page:
    """A published page checked again and still right: its review date starts anew."""
    page = Page.objects.select_for_update().get(pk=page.pk)
    if page.status != Page.Status.PUBLISHED:
        raise StepNotAllowed(_("Only a published page can be marked as reviewed."))
    if page.author_id == by.pk:
        raise StepNotAllowed(_("Another editor must review this page."))
    page.reviewer = by
    page.last_reviewed_at = timezone.now()
    page.save(update_fields=["reviewer", "last_reviewed_at", "updated_at"])
    return page


@transaction.atomic
def archive_page(*, page: Page, by) -> Page:
    """Any status → archived: off the public site for good, kept for the record."""
    page = Page.objects.select_for_update().get(pk=page.pk)
    if page.status == Page.Status.ARCHIVED:
        return page
    page.status = Page.Status.ARCHIVED
    page.archived_at = timezone.now()
    page.save(update_fields=["status", "archived_at", "updated_at"])
    return page


# --- Sessions --------------------------------------------------------------------


@transaction.atomic
def change_session(*, form) -> OrientationSession:
    """Save a changed session (a bound, valid model form). The session row is locked as
    enrol_candidate locks it, so no enrolment slips in between the count and the save."""
    OrientationSession.objects.select_for_update().filter(pk=form.instance.pk).first()
    enrolled = form.instance.enrolments.count() if form.instance.pk else 0
    if form.cleaned_data["capacity"] < enrolled:
        raise TooFewPlaces(enrolled)
    return form.save()


@transaction.atomic
def cancel_session(*, session: OrientationSession, by) -> bool:
    """Cancel a scheduled session (False if it is held or cancelled already). The people
    enrolled keep their enrolment on record; the staff tell them."""
    session = OrientationSession.objects.select_for_update().get(pk=session.pk)
    if session.status != OrientationSession.Status.SCHEDULED:
        return False
    session.status = OrientationSession.Status.CANCELLED
    session.save(update_fields=["status"])
    return True


def enrol_candidate(
    *, session: OrientationSession, candidate, by, channel=Enrolment.Channel.DESK
) -> Enrolment:
    """Enrol `candidate` in `session` if a place is free. The session row is locked
    first, so concurrent enrolments queue and never exceed the capacity."""
    try:
        with transaction.atomic():
            session = OrientationSession.objects.select_for_update().get(pk=session.pk)
            if session.status != OrientationSession.Status.SCHEDULED:
                raise StepNotAllowed(_("Only a scheduled session takes enrolments."))
            if session.enrolments.filter(candidate=candidate).exists():
                raise AlreadyEnrolled
            if session.enrolments.count() >= session.capacity:
                raise SessionFull
            return Enrolment.objects.create(
                session=session, candidate=candidate, enrolled_by=by, channel=channel
            )
    except IntegrityError as error:
        if violated_constraint(error) == "enrolment_once_per_session":
            raise AlreadyEnrolled from None
        raise


class NotThesePeople(Exception):
    """The registration number and the CNIC are not of one registered person."""


def reserve_place(
    *, session: OrientationSession, registration_number: str, cnic: str, by, channel
) -> Enrolment:
    """A place for the person who gave their own registration number and CNIC (a
    walk-in at the kiosk, or anyone on the public site), under the desk's capacity rule.

    The person is looked up by both numbers in one query, so that a wrong CNIC, a wrong
    number and an inactive or erased record all fail alike (NotThesePeople). A person
    who agreed to text messages gets one confirming the place."""
    candidate = Candidate.objects.with_slip_and_cnic(registration_number, cnic).first()
    if candidate is None:
        raise NotThesePeople
    enrolment = enrol_candidate(session=session, candidate=candidate, by=by, channel=channel)
    send_place_confirmation_after_commit(enrolment)
    return enrolment


@transaction.atomic
def withdraw_enrolment(*, enrolment: Enrolment, by) -> None:
    """Free the place of someone who will not come (before attendance is marked)."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.attended is not None or hasattr(enrolment, "certificate"):
        raise StepNotAllowed(_("Attendance is already marked for this person."))
    enrolment.delete()


@transaction.atomic
def mark_attendance(*, enrolment: Enrolment, attended: bool, by) -> Enrolment:
    """Record whether the person came (the facilitator, on or after the session's day)."""
    enrolment = Enrolment.objects.select_for_update().select_related("session").get(pk=enrolment.pk)
    if enrolment.session.status == OrientationSession.Status.CANCELLED:
        raise StepNotAllowed(_("The session was cancelled."))
    if enrolment.session.starts_at > timezone.now():
        raise StepNotAllowed(_("Attendance is marked once the session has begun."))
    if hasattr(enrolment, "certificate") and not attended:
        raise StepNotAllowed(_("A certificate was issued: revoke it first."))
    enrolment.attended = attended
    enrolment.attendance_marked_by = by
    enrolment.attendance_marked_at = timezone.now()
    enrolment.save(update_fields=["attended", "attendance_marked_by", "attendance_marked_at"])
    return enrolment


@transaction.atomic
def mark_attendances(*, answers, by) -> None:
    """Mark a whole session's attendance: every (enrolment, attended) pair, or none."""
    for enrolment, attended in answers:
        mark_attendance(enrolment=enrolment, attended=attended, by=by)


@transaction.atomic
def complete_session(*, session: OrientationSession, by) -> list[Certificate]:
    """Mark the session held and issue a certificate to everyone who attended and has
    none yet; returns the new certificates."""
    session = OrientationSession.objects.select_for_update().get(pk=session.pk)
    if session.status == OrientationSession.Status.CANCELLED:
        raise StepNotAllowed(_("The session was cancelled."))
    if session.starts_at > timezone.now():
        raise StepNotAllowed(_("A session is completed once it has begun."))
    if session.enrolments.filter(attended__isnull=True).exists():
        raise StepNotAllowed(_("Mark everyone's attendance first."))
    session.status = OrientationSession.Status.HELD
    session.save(update_fields=["status"])
    issued = []
    for enrolment in session.enrolments.filter(attended=True, certificate__isnull=True):
        issued.append(issue_certificate(enrolment=enrolment, by=by))
    return issued


def issue_certificate(*, enrolment: Enrolment, by) -> Certificate:
    """A certificate with a fresh random code (a clash, one in billions, draws again)."""
    if not enrolment.attended:
        raise StepNotAllowed(_("Only a person who attended gets a certificate."))
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    enrolment=enrolment, code=new_certificate_code(), issued_by=by
                )
        except IntegrityError as error:
            if violated_constraint(error) != "certificate_code_unique":
                raise
    raise RuntimeError("Could not draw a unique certificate code.")


@transaction.atomic
def revoke_certificate(*, certificate: Certificate, by, reason: str) -> Certificate:
    """Revoke a certificate (issued in error, or obtained by fraud); the public check
    then answers 'revoked'."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.is_revoked:
        return certificate
    if not reason.strip():
        raise StepNotAllowed(_("Say why the certificate is revoked."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revocation_reason = reason.strip()
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
    return certificate


def verify_code(code: str):
    """('valid' | 'revoked' | 'unknown', certificate or None) for a typed code."""
    cleaned = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    certificate = (
        Certificate.objects.select_related("enrolment__candidate", "enrolment__session__centre")
        .filter(code=cleaned)
        .first()
    )
    if certificate is None:
        return "unknown", None
    return ("revoked" if certificate.is_revoked else "valid"), certificate
