"""Complaints on an agency's record: how many are open, upheld and not upheld, and when
upheld complaints put the agency up for licence review.

Counted across every centre, because an agency's licence is national: three upheld
complaints at three centres are three on the same licence. Numbers only, never a
complaint's details. The threshold is the viewer's centre's (ComplaintPolicy), else the
default; whether review stops new listings is the setting of the centres of the
listing's district. ComplaintsConfig.ready registers these with listings
(apps/listings/agency_record.py), which cannot import this app.
"""

from django.db.models import Count, IntegerField, Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import ngettext

from .models import Complaint, ComplaintPolicy

UPHELD = Complaint.Outcome.SUBSTANTIATED
NOT_UPHELD = Complaint.Outcome.DISMISSED


def _count_of(condition: Q):
    """A subquery: the agency's complaints that meet `condition` (0 for none)."""
    counted = (
        Complaint.objects.filter(condition, agency=OuterRef("pk"))
        .order_by()
        .values("agency")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_complaint_numbers(agencies):
    """`agencies` with complaints_open, complaints_upheld and complaints_not_upheld, each
    counted across every centre (a subquery per number, served by the agency index)."""
    return agencies.annotate(
        complaints_open=_count_of(Q(status__in=Complaint.OPEN_STATUSES)),
        complaints_upheld=_count_of(Q(outcome=UPHELD)),
        complaints_not_upheld=_count_of(Q(outcome=NOT_UPHELD)),
    )


def review_threshold_for(user) -> int:
    """How many upheld complaints put an agency up for licence review, as `user` sees it:
    their centre's policy, else the default (a superuser, an officer above the centres,
    a centre without a policy)."""
    centre_id = getattr(user, "centre_id", None)
    if getattr(user, "is_superuser", False) or centre_id is None:
        return ComplaintPolicy.DEFAULT_REVIEW_THRESHOLD
    threshold = (
        ComplaintPolicy.objects.filter(centre_id=centre_id)
        .values_list("review_threshold", flat=True)
        .first()
    )
    return threshold or ComplaintPolicy.DEFAULT_REVIEW_THRESHOLD


def upheld_complaints(agency_id) -> int:
    """The agency's upheld complaints, at every centre."""
    return Complaint.objects.filter(agency_id=agency_id, outcome=UPHELD).count()


def upheld_by_agency(agency_ids) -> dict[int, int]:
    """{agency id: upheld complaints at every centre} for `agency_ids` (absent: none)."""
    rows = (
        Complaint.objects.filter(agency_id__in=list(agency_ids), outcome=UPHELD)
        .order_by()
        .values_list("agency_id")
        .annotate(n=Count("pk"))
    )
    return dict(rows)


def review_blocks_listing(listing) -> str:
    """Why `listing` may not be newly published because its agency is up for licence
    review, in words; "" if it may. A centre of the listing's district that has review
    block new listings sets the bar with its threshold (the lowest, if several do)."""
    if listing.agency_id is None or listing.district_id is None:
        return ""
    threshold = ComplaintPolicy.objects.filter(
        centre__district_id=listing.district_id, review_blocks_listings=True
    ).aggregate(lowest=Min("review_threshold"))["lowest"]
    if threshold is None:
        return ""
    upheld = upheld_complaints(listing.agency_id)
    if upheld < threshold:
        return ""
    return ngettext(
        "The agency is up for licence review (%(count)d upheld complaint): it may not "
        "publish new listings in this district until the review is done.",
        "The agency is up for licence review (%(count)d upheld complaints): it may not "
        "publish new listings in this district until the review is done.",
        upheld,
    ) % {"count": upheld}
