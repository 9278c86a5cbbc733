"""The complaints panel of a person's record page (registered in ComplaintsConfig.ready)."""

from .models import Complaint, may_read_complaints


def candidate_panel_context(candidate, user) -> dict:
    """Whether the user may take a complaint in for the person, and the person's
    complaints at the user's centre for those who handle complaints there."""
    may_read = may_read_complaints(user)
    return {
        "may_take_complaint": user.has_perm("complaints.add_complaint")
        and user.centre_id is not None
        and not candidate.is_erased,
        "may_read_person_complaints": may_read,
        "person_complaints": Complaint.objects.visible_to(user)
        .filter(candidate=candidate)
        .only("reference", "kind", "status", "filed_at")[:20]
        if may_read
        else [],
    }
