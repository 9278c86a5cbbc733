"""The counselling panel of a person's record page (registered in CounsellingConfig.ready)."""

from .models import Appointment, may_read_case_records


def candidate_panel_context(candidate, user) -> dict:
    """The person's last appointments at any centre (the record is the user's to see:
    their own centre's person or one linked to it; case records stay with each centre),
    and whether the user may open the person's case record."""
    may_see_appointments = user.has_perm("counselling.view_appointment")
    return {
        "counselling_appointments": Appointment.objects.filter(candidate=candidate)
        .select_related("counsellor__user__centre")
        .order_by("-starts_at")[:20]
        if may_see_appointments
        else [],
        "may_see_appointments": may_see_appointments,
        "may_read_case": may_read_case_records(user),
    }
