"""The orientation panel of a person's record page (registered in OrientationConfig.ready)."""

from .models import Enrolment, QuizResult


def candidate_panel_context(candidate, user) -> dict:
    """The person's sessions at any centre (the record is the user's to see) and their
    quiz results."""
    may_see_orientation = user.has_perm("orientation.view_enrolment")
    return {
        # Each with its certificate and centre, in one query.
        "orientation_enrolments": Enrolment.objects.filter(candidate=candidate)
        .select_related("session__centre", "certificate")
        .order_by("-session__starts_at")[:20]
        if may_see_orientation
        else [],
        "quiz_results": QuizResult.objects.filter(candidate=candidate)
        .select_related("page")
        .order_by("-taken_at")[:20]
        if may_see_orientation
        else [],
        "may_see_orientation": may_see_orientation,
    }
