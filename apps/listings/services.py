"""Writes about listings and applications: publishing and closing a listing, shortlisting
a candidate, moving an application along, and a kiosk visitor's interest. The admin,
the staff pages and the kiosk all come through here, so each rule is written once."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from apps.candidates.models import Candidate
from apps.candidates.services import violated_constraint

from .models import Application, ApplicationStatusChange, JobListing


class CannotPublish(Exception):
    """The listing may not be published; `problems` says why, in words."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


class StatusChangeNotAllowed(Exception):
    pass


@transaction.atomic
def publish_listing(*, listing: JobListing, by) -> JobListing:
    """Publish `listing` if its agency may recruit today and its deadline is ahead."""
    listing = JobListing.objects.select_for_update().select_related("agency").get(pk=listing.pk)
    if listing.status == JobListing.Status.PUBLISHED:
        return listing
    problems = listing.publish_problems()
    if problems:
        raise CannotPublish(problems)
    listing.status = JobListing.Status.PUBLISHED
    listing.published_at = timezone.now()
    listing.changed_by = by
    listing._change_reason = "Published"
    listing.save()
    return listing


@transaction.atomic
def close_listing(*, listing: JobListing, by) -> JobListing:
    """Close `listing` to new applications (the ones it has go on)."""
    listing = JobListing.objects.select_for_update().get(pk=listing.pk)
    if listing.status == JobListing.Status.CLOSED:
        return listing
    listing.status = JobListing.Status.CLOSED  # save() stamps the dates
    listing.changed_by = by
    listing._change_reason = "Closed"
    listing.save()
    return listing


def _record_change(application, from_status, by):
    ApplicationStatusChange.objects.create(
        application=application,
        from_status=from_status,
        to_status=application.status,
        changed_by=by,
    )


def _open_application(*, candidate, listing, status, source, by) -> tuple[Application, bool]:
    """The pair's application: a new one in `status` (its first step recorded), or the
    existing one. Concurrent calls meet at the unique constraint; the loser reads the
    winner's row."""
    try:
        with transaction.atomic():
            application = Application.objects.create(
                candidate=candidate, listing=listing, status=status, source=source
            )
    except IntegrityError as error:
        if violated_constraint(error) != "application_one_per_candidate_and_listing":
            raise
        return Application.objects.get(candidate=candidate, listing=listing), False
    _record_change(application, "", by)
    return application, True


@transaction.atomic
def shortlist_candidate(*, candidate: Candidate, listing: JobListing, by) -> Application:
    """Shortlist `candidate` for `listing`: a new application, or an interested one moved on."""
    application, created = _open_application(
        candidate=candidate,
        listing=listing,
        status=Application.Status.SHORTLISTED,
        source=Application.Source.STAFF,
        by=by,
    )
    if not created and application.status == Application.Status.INTERESTED:
        return change_application_status(
            application=application, to_status=Application.Status.SHORTLISTED, by=by
        )
    return application


@transaction.atomic
def change_application_status(*, application: Application, to_status: str, by) -> Application:
    """Move `application` one allowed step; every step is recorded with who and when."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if to_status not in application.next_statuses:
        raise StatusChangeNotAllowed(f"{application.status} → {to_status}")
    from_status = application.status
    application.status = to_status
    application.save(update_fields=["status", "updated_at"])
    _record_change(application, from_status, by)
    return application


@transaction.atomic
def record_kiosk_interest(*, listing: JobListing, registration_number: str, cnic: str, device):
    """Record that the person with this registration number and CNIC is interested.

    Returns the application, or None if the two do not belong to one registration.
    Both must match: the registration number alone is printed on a slip anybody may
    find, the CNIC alone is no secret in a village.
    """
    candidate = Candidate.objects.with_slip_and_cnic(registration_number, cnic).first()
    if candidate is None:
        return None
    application, _created = _open_application(
        candidate=candidate,
        listing=listing,
        status=Application.Status.INTERESTED,
        source=Application.Source.KIOSK,
        by=device,
    )
    return application
