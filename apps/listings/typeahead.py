"""The suggestions of the agency and employer fields (the complaint forms: a grievance on
a case record, a complaint taken in for the register): agencies and employers for what
was typed."""

from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from apps.core.autocomplete import MAX_SUGGESTIONS, suggestions_response, typed_text
from apps.core.permissions import require_any_permission

from .models import Employer, RecruitmentAgency

# The pages that offer them: a grievance taken in on a person's case record, and a
# complaint taken in for the register (and corrected there). Every agency, licensed or
# not any more, and every employer, as the forms offer.
OFFERED_TO = ("counselling.add_grievance", "complaints.add_complaint")


@never_cache
@require_GET
@require_any_permission(*OFFERED_TO)
def agency_suggestions(request):
    """Agencies by name or licence number, best first."""
    found = RecruitmentAgency.objects.matching(typed_text(request))[:MAX_SUGGESTIONS]
    return suggestions_response(found, label=lambda agency: agency.choice_label)


@never_cache
@require_GET
@require_any_permission(*OFFERED_TO)
def employer_suggestions(request):
    """Employers by name, best first, with their country in the page's language."""
    found = Employer.objects.matching(typed_text(request))[:MAX_SUGGESTIONS]
    return suggestions_response(found)
