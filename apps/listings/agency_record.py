"""What other apps add to a recruitment agency's record and to publishing a listing,
without listings importing them: the complaints register (above listings) registers its
functions here from ComplaintsConfig.ready, as the record page's panels do
(apps/candidates/detail_panels.py).

- Complaint numbers: a function that annotates a queryset of agencies with
  `complaints_open`, `complaints_upheld` and `complaints_not_upheld` (counted across
  every centre: a licence is national), and one that says how many upheld complaints
  put an agency up for licence review as a given user sees it.
- Publish guards: functions that say why a listing may not be newly published (an
  agency up for licence review where the district's centres say so); a listing
  already published stays.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet


@dataclass(frozen=True)
class ComplaintNumbers:
    """How the admin counts an agency's complaints (one source, registered once)."""

    annotate: Callable[[QuerySet], QuerySet]
    review_threshold: Callable[[object], int]


_complaint_numbers: list[ComplaintNumbers] = []

# (listing) -> why it may not be newly published, in words; "" if it may.
PublishGuard = Callable[[object], str]

_publish_guards: list[PublishGuard] = []


def set_complaint_numbers(numbers: ComplaintNumbers) -> None:
    """Count agencies' complaints with `numbers` (the last one set is used)."""
    _complaint_numbers[:] = [numbers]


def complaint_numbers() -> ComplaintNumbers | None:
    """The registered source of complaint numbers; None when no app counts them."""
    return _complaint_numbers[0] if _complaint_numbers else None


def add_publish_guard(guard: PublishGuard) -> None:
    """Ask `guard` before any listing is newly published (once, however often called)."""
    if guard not in _publish_guards:
        _publish_guards.append(guard)


def publish_refusals(listing) -> list[str]:
    """Why the registered guards refuse to publish `listing` now, in words."""
    return [problem for guard in _publish_guards if (problem := guard(listing))]
