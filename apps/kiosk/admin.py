from django.contrib import admin
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import SpokenPrompt


@admin.register(SpokenPrompt)
class SpokenPromptAdmin(admin.ModelAdmin):
    list_display = ("screen", "language", "uploaded_by", "uploaded_at")
    list_filter = ("language", "screen")
    fields = ("screen", "language", "recording", "player", "uploaded_by", "uploaded_at")
    readonly_fields = ("player", "uploaded_by", "uploaded_at")

    @admin.display(description=_("listen"))
    def player(self, obj):
        if not obj or not obj.pk:
            return "-"
        return format_html(
            '<audio controls preload="none" src="{}"></audio>',
            reverse("kiosk:recording", args=[obj.pk]),
        )

    def save_model(self, request, obj, form, change):
        if "recording" in form.changed_data:
            obj.uploaded_by, obj.uploaded_at = request.user, timezone.now()
        super().save_model(request, obj, form, change)
