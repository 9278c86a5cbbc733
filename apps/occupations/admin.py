from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Occupation


@admin.register(Occupation)
class OccupationAdmin(TranslationAdmin):
    list_display = ("code", "title", "level", "kiosk_order")
    list_filter = ("level",)
    # Needed by the autocomplete fields that choose an occupation; the search itself is
    # get_search_results' (everyday words too, best first).
    search_fields = ("code", "title_en", "title_ur", "search_words_en", "search_words_ur")
    ordering = ("code",)
    autocomplete_fields = ("parent",)

    def get_search_results(self, request, queryset, search_term):
        """What the portal's occupation fields find for the same words ("steel fixer",
        "راج مستری"), best first. The autocomplete of a field limited to unit groups has
        already limited `queryset` to them."""
        if not search_term.strip():
            return queryset, False
        return queryset.matching(search_term), False
