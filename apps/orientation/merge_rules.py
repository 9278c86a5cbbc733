"""How a merge of two records of one person settles their orientation enrolments
(registered in OrientationConfig.ready; apps/candidates/merging.py)."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from apps.candidates.merging import CannotMerge

from .models import Certificate, Enrolment


def _worth(enrolment) -> tuple:
    """What makes an enrolment worth keeping: a certificate, then attendance, then
    attendance marked at all, then being the earlier enrolment."""
    has_certificate = Certificate.objects.filter(enrolment=enrolment).exists()
    return (
        has_certificate,
        enrolment.attended is True,
        enrolment.attended is not None,
        -enrolment.enrolled_at.timestamp(),
    )


def enrolments(kept, merged) -> int:
    """One enrolment per person and session: of two, the one with the certificate (or
    the attendance) stays. Two certificates of one session cannot both stay, nor can
    one be removed (its code may be on paper somewhere): refused."""
    ours = {e.session_id: e for e in Enrolment.objects.filter(candidate=kept)}
    let_go = 0
    for theirs in Enrolment.objects.filter(
        candidate=merged, session_id__in=list(ours)
    ).select_related("session"):
        mine = ours[theirs.session_id]
        mine_worth, theirs_worth = _worth(mine), _worth(theirs)
        if mine_worth[0] and theirs_worth[0]:
            raise CannotMerge(
                _(
                    "Both records hold a certificate of the orientation session of %(date)s: "
                    "they cannot be merged here. Ask an administrator."
                )
                % {"date": date_format(timezone.localtime(theirs.session.starts_at), "DATE_FORMAT")}
            )
        (mine if theirs_worth > mine_worth else theirs).delete()
        let_go += 1
    return let_go
