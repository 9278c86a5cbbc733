from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Occupation


@admin.register(Occupation)
class OccupationAdmin(TranslationAdmin):
    list_display = ("code", "title", "level", "kiosk_order")
    list_filter = ("level",)
    search_fields = ("code", "title_en", "title_ur")
    ordering = ("code",)
