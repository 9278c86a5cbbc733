"""The counselling panel of a person's record page (registered in CounsellingConfig.ready)."""

from .models import Appointment, may_read_case_records


def candidate_panel_context(candidate, user) -> dict:
    """The person's last appointments the user may see, and whether the user may open
    the person's case record."""
    may_see_appointments = user.has_perm("counselling.view_appointment")
    return {
        "counselling_appointments": Appointment.objects.visible_to(user)
        .filter(candidate=candidate)
        .select_related("counsellor__user")
        .order_by("-starts_at")[:20]
        if may_see_appointments
        else [],
        "may_see_appointments": may_see_appointments,
        "may_read_case": may_read_case_records(user),
    }
