"""A person served at any centre of the network.

An officer finds a person registered at another centre only by an exact number (CNIC,
passport or registration number), never by name or phone, and sees a minimal card. With
the person present and agreeing, the officer links them to the officer's centre
(CentreLink), which from then on sees and serves the whole record as its own. A person
may also ask to move their home centre to the centre serving them; the centre they
leave stays linked, so nothing it did for them is lost. Every look-up, link and move
goes into the audit trail, which names records by their registration number only.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from apps.audit.models import AuditEntry
from apps.audit.services import record_access

from . import identifiers
from .models import Candidate, CentreLink, ConsentText, normalise_registration_number


@dataclass(frozen=True)
class Card:
    """What an officer of any centre may see of a person found by an exact number."""

    registration_number: str
    full_name: str
    home_centre: str
    cnic_masked: str
    served_here: bool  # the officer's centre is the home centre, or is linked


def _exact_numbers(typed: str) -> Q | None:
    """The condition matching `typed` as a CNIC, a passport or a registration number
    (None when it can be none of them)."""
    condition = Q()
    try:
        cnic = identifiers.normalise_cnic(typed)
    except ValueError:
        pass
    else:
        condition |= Q(cnic_hash=identifiers.identifier_hash("cnic", cnic))
    passport = identifiers.normalise_passport(typed)
    if passport:
        condition |= Q(passport_hash=identifiers.identifier_hash("passport", passport))
    number = normalise_registration_number(typed)
    if number is not None:
        condition |= Q(registration_number=number)
    return condition or None


def find_across_centres(*, typed: str, by) -> list[Candidate]:
    """The people of any centre whose CNIC, passport or registration number is exactly
    `typed` (an erased record, or one merged into another, is nobody). The look-up is
    recorded, found or not, with the officer's centre and without the number typed."""
    condition = _exact_numbers(typed)
    found = []
    if condition is not None:
        # Each number is unique, so three people at most. No ORDER BY ... LIMIT: with
        # one, PostgreSQL walked the primary key looking for them instead of reading
        # the unique indexes.
        found = sorted(
            Candidate.objects.filter(
                condition, anonymised_at__isnull=True, merged_into__isnull=True
            ).select_related("centre"),
            key=lambda candidate: candidate.pk,
        )
    if found:
        for candidate in found:
            record_access(
                actor=by, kind=AuditEntry.AccessKind.NETWORK_LOOKUP, obj=candidate, centre=by.centre
            )
    else:
        record_access(
            actor=by,
            kind=AuditEntry.AccessKind.NETWORK_LOOKUP,
            model=Candidate,
            centre=by.centre,
            details={"found": 0},
        )
    return found


def cards_for(found, user) -> list[Card]:
    served_here = set(
        Candidate.objects.visible_to(user)
        .filter(pk__in=[c.pk for c in found])
        .values_list("pk", flat=True)
    )
    return [
        Card(
            registration_number=candidate.registration_number,
            full_name=candidate.full_name,
            home_centre=candidate.centre.name,
            cnic_masked=candidate.cnic_masked,
            served_here=candidate.pk in served_here,
        )
        for candidate in found
    ]


class NotLinkable(Exception):
    """The person cannot be linked here (erased, or this is their home centre)."""


def link_to_centre(*, candidate: Candidate, centre, consent_text: ConsentText, by) -> CentreLink:
    """Link `candidate` to `centre` with the agreement to `consent_text` that `by`
    recorded. Linking twice, or two officers at once, gives the one link."""
    if candidate.is_erased or candidate.centre_id == centre.pk:
        raise NotLinkable
    if consent_text.purpose != ConsentText.Purpose.CENTRE_LINK:
        raise ValueError("A link needs the consent text of its own purpose.")
    try:
        with transaction.atomic():
            link = CentreLink.objects.create(
                candidate=candidate, centre=centre, consent_text=consent_text, linked_by=by
            )
    except IntegrityError:
        existing = CentreLink.objects.filter(candidate=candidate, centre=centre).first()
        if existing is None:
            raise
        return existing
    record_access(
        actor=by,
        kind=AuditEntry.AccessKind.CENTRE_LINK,
        obj=candidate,
        centre=centre,
        details={
            "centre": centre.code,
            "consent": f"{consent_text.version}/{consent_text.language}",
        },
    )
    return link


@transaction.atomic
def move_home_centre(*, candidate: Candidate, to_centre, by) -> Candidate:
    """Make `to_centre`, which serves the person through a link, their home centre, at
    their request. The centre they leave is linked in its place, on the same agreement,
    so that it keeps serving them; the registration number stays the same."""
    candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
    if candidate.is_erased:
        raise NotLinkable
    if candidate.centre_id == to_centre.pk:
        return candidate
    link = (
        CentreLink.objects.select_for_update().filter(candidate=candidate, centre=to_centre).first()
    )
    if link is None:
        raise NotLinkable
    former = candidate.centre
    link.delete()
    CentreLink.objects.get_or_create(
        candidate=candidate,
        centre=former,
        defaults={"consent_text": link.consent_text, "linked_by": by, "linked_at": timezone.now()},
    )
    candidate.centre = to_centre
    candidate.save(update_fields=["centre", "updated_at"])
    record_access(
        actor=by,
        kind=AuditEntry.AccessKind.HOME_CENTRE_MOVE,
        obj=candidate,
        centre=to_centre,
        details={"from": former.code, "to": to_centre.code},
    )
    return candidate
