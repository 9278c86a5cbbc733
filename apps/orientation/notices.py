"""The text message that confirms a place reserved in an orientation session.

Sent once the place has committed, and only to a person who agreed to text messages
(Candidate.messages_agreed_at), in the language they read. It names their first name,
the centre, the day and the time, nothing more, since a phone is often shared. A
failure is logged by the enrolment's id and the error's type, never with a name or a
number, and never takes the place back.
"""

import logging

from django.db import transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from apps.notifications.backends import Message, NotificationFailed, get_backend

from .models import Enrolment

logger = logging.getLogger(__name__)


def send_place_confirmation_after_commit(enrolment) -> None:
    """Confirm `enrolment` by text message once the current transaction commits."""
    if not enrolment.candidate.agrees_to_messages:
        return
    enrolment_id = enrolment.pk
    transaction.on_commit(lambda: _send_committed(enrolment_id))


def _send_committed(enrolment_id) -> None:
    # The place is committed: the page that reserved it must answer whatever happens here.
    try:
        enrolment = Enrolment.objects.select_related("candidate", "session__centre").get(
            pk=enrolment_id
        )
        get_backend().send(place_confirmation(enrolment))
    except NotificationFailed:
        logger.warning("Place confirmation for enrolment %s not sent.", enrolment_id)
    except Exception as error:
        logger.error(
            "Place confirmation for enrolment %s failed: %s", enrolment_id, type(error).__name__
        )


def place_confirmation(enrolment) -> Message:
    """The message confirming `enrolment`'s place, in the person's language."""
    candidate = enrolment.candidate
    language = candidate.preferred_language
    with translation.override(language):
        starts_at = timezone.localtime(enrolment.session.starts_at)
        body = _(
            "%(name)s, your place in the orientation session at %(centre)s is reserved: "
            "%(day)s at %(time)s. Bring your CNIC and your slip."
        ) % {
            "name": (candidate.full_name.split() or [""])[0],
            "centre": enrolment.session.centre.name,
            # Weeks ahead at most: no year, which a text message has no room for.
            "day": formats.date_format(starts_at, "l j F"),
            "time": formats.time_format(starts_at, "H:i"),
        }
        subject = _("Your place in an orientation session")
    return Message(
        phone=str(candidate.phone or ""),
        email=candidate.email or "",
        subject=subject,
        body=body,
        language=language,
    )
