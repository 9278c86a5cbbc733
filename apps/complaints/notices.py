"""The text message that gives a complainant their reference number.

Sent once the complaint has committed, and only where the person agreed to text
messages: a registered person on their record, anyone else when they filed. It says the
reference and how to check the status, never the agent's name or what happened, since
a phone is often shared. A failure is logged by the complaint's id and the error's type
and never undoes the filing."""

import logging

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from apps.notifications.backends import Message, NotificationFailed, get_backend

from .models import Complaint

logger = logging.getLogger(__name__)


def send_reference_after_commit(complaint) -> None:
    """Text `complaint`'s reference number to the person once the filing commits."""
    if not complaint.may_be_texted:
        return
    complaint_id = complaint.pk
    transaction.on_commit(lambda: _send_committed(complaint_id))


def _send_committed(complaint_id) -> None:
    try:
        complaint = Complaint.objects.select_related("candidate", "centre").get(pk=complaint_id)
        get_backend().send(reference_message(complaint))
    except NotificationFailed:
        logger.warning("Reference message for complaint %s not sent.", complaint_id)
    except Exception as error:
        logger.error(
            "Reference message for complaint %s failed: %s", complaint_id, type(error).__name__
        )


def reference_message(complaint) -> Message:
    """The message with `complaint`'s reference number, in the person's language."""
    language = complaint.language
    with translation.override(language):
        body = _(
            "Your complaint is registered at %(centre)s. Reference: %(reference)s. "
            "Keep it to check the status or to ask about it."
        ) % {"centre": complaint.centre.name, "reference": complaint.reference}
        subject = _("Your complaint's reference number")
    return Message(
        phone=str(complaint.phone_for_texts or ""),
        email=complaint.candidate.email if complaint.candidate_id else "",
        subject=subject,
        body=body,
        language=language,
    )
