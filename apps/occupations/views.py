"""The suggestions of the occupation fields: ISCO-08 unit groups for what was typed."""

from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from apps.core.autocomplete import MAX_SUGGESTIONS, suggestions_response, typed_text
from apps.core.permissions import require_any_permission

from .models import Occupation


@never_cache
@require_GET
# The pages that offer an occupation to choose: desk registration and the record's edit.
@require_any_permission("candidates.add_candidate", "candidates.change_candidate")
def unit_group_suggestions(request):
    """Unit groups whose names or everyday words (English or Urdu) hold what was typed,
    best first, labelled in the page's language."""
    found = Occupation.objects.units().matching(typed_text(request))[:MAX_SUGGESTIONS]
    return suggestions_response(found)
