"""How a merge of two records of one person settles their appointments (registered in
CounsellingConfig.ready; apps/candidates/merging.py)."""

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from apps.candidates.merging import CannotMerge

from .models import Appointment


def appointments(kept, merged) -> int:
    """A person is at one appointment at a time (appointment_no_overlap_for_person):
    two active appointments of the two records at the same time are two bookings of
    one visit, or a mistake, which only the desk can tell. Refused, naming the time;
    the desk cancels one and merges again. Nothing is let go here."""
    clash = (
        Appointment.objects.active()
        .filter(candidate=merged)
        .filter(
            Exists(
                Appointment.objects.active().filter(
                    candidate=kept,
                    starts_at__lt=OuterRef("ends_at"),
                    ends_at__gt=OuterRef("starts_at"),
                )
            )
        )
        .order_by("starts_at")
        .first()
    )
    if clash is not None:
        raise CannotMerge(
            _(
                "Both records have a counselling appointment at %(time)s: cancel one of "
                "them, then merge."
            )
            % {"time": date_format(timezone.localtime(clash.starts_at), "SHORT_DATETIME_FORMAT")}
        )
    return 0
