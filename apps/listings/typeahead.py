"""The suggestions of the agency and employer fields (the forms that take a complaint
in): agencies and employers for what was typed."""

from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from apps.core.autocomplete import MAX_SUGGESTIONS, suggestions_response, typed_text
from apps.core.permissions import require_any_permission

from .models import Employer, RecruitmentAgency

# Whoever may take a complaint in, wherever the form is (a counsellor's case, the desk,
# the register): a permission, not a page, so a new form needs no change here. Every
# agency, licensed or not any more, and every employer, as the forms offer; national
# lists, no centre's data.
OFFERED_TO = ("complaints.add_complaint",)


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
