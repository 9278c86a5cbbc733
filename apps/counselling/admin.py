"""The back office for counselling: counsellors and their weekly hours, leave and
closures, and a read-only view of the appointment book.

Every list starts from the models' scoping (the user's centre; all for a superuser).
Appointments are booked, moved, cancelled and checked in only through the staff pages,
because the services send the person their notices and record each step. Case records
(notes, follow-ups, referrals) and the notices sent are not here at all:
only counsellors of the centre read them, through their own pages.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import User
from apps.accounts.roles import COUNSELLOR
from apps.candidates.models import CandidateLanguage
from apps.core.admin import ReadOnlyAdmin

from .forms.availability import CounsellorProfileForm
from .models import (
    Appointment,
    AppointmentEvent,
    AvailabilityException,
    Counsellor,
    Topic,
    WeeklyAvailability,
)


class WeeklyAvailabilityInline(admin.TabularInline):
    model = WeeklyAvailability
    extra = 0


@admin.register(Counsellor)
class CounsellorAdmin(admin.ModelAdmin):
    form = CounsellorProfileForm
    fields = ("user", "languages", "topics", "is_active")
    list_display = ("__str__", "centre_name", "language_list", "topic_list", "is_active")
    list_filter = ("is_active",)
    list_select_related = ("user__centre",)
    search_fields = ("user__username", "user__first_name", "user__last_name")
    inlines = (WeeklyAvailabilityInline,)

    def get_queryset(self, request):
        return Counsellor.objects.visible_to(request.user).select_related("user__centre")

    def get_readonly_fields(self, request, obj=None):
        # A profile belongs to one account for good: its appointments name it.
        return ("user",) if obj else ()

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            kwargs["queryset"] = (
                User.objects.visible_to(request.user)
                .filter(groups__name=COUNSELLOR.group_name, counsellor_profile__isnull=True)
                .select_related("centre")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_delete_permission(self, request, obj=None):
        # Appointments and case records name the counsellor: switch "taking
        # appointments" off instead.
        return False

    @admin.display(description=_("centre"), ordering="user__centre__name")
    def centre_name(self, obj):
        return obj.user.centre

    @admin.display(description=_("languages"))
    def language_list(self, obj):
        names = dict(CandidateLanguage.Language.choices)
        return ", ".join(str(names.get(code, code)) for code in obj.languages)

    @admin.display(description=_("topics"))
    def topic_list(self, obj):
        names = dict(Topic.choices)
        return ", ".join(str(names.get(code, code)) for code in obj.topics)


@admin.register(AvailabilityException)
class AvailabilityExceptionAdmin(admin.ModelAdmin):
    list_display = ("starts_at", "ends_at", "reason", "counsellor_or_centre", "note")
    list_filter = ("reason", ("counsellor", admin.EmptyFieldListFilter))
    list_select_related = ("centre", "counsellor__user")
    date_hierarchy = "starts_at"
    search_fields = ("note",)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .visible_to(request.user)
            .select_related("centre", "counsellor__user")
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "counsellor":
            kwargs["queryset"] = Counsellor.objects.visible_to(request.user).select_related("user")
        if db_field.name == "centre" and not request.user.is_superuser:
            kwargs["queryset"] = db_field.related_model.objects.filter(pk=request.user.centre_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("for"))
    def counsellor_or_centre(self, obj):
        return obj.counsellor or _("Whole centre: %(centre)s") % {"centre": obj.centre}


class AppointmentEventInline(admin.TabularInline):
    model = AppointmentEvent
    fields = ("kind", "at", "by", "reason", "previous_starts_at")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("by")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Appointment)
class AppointmentAdmin(ReadOnlyAdmin):
    """Read-only: the pages book, move, cancel and check in, with notices and events."""

    list_display = (
        "starts_at",
        "registration_number",
        "counsellor",
        "topic",
        "mode",
        "status",
        "channel",
    )
    list_filter = ("status", "channel", "topic", "mode", ("starts_at", admin.DateFieldListFilter))
    list_select_related = ("candidate", "counsellor__user")
    search_fields = ("=candidate__registration_number",)
    search_help_text = _("Search by the person's registration number.")
    date_hierarchy = "starts_at"
    show_full_result_count = False  # a count of every appointment, on each search
    inlines = (AppointmentEventInline,)
    fields = (
        "candidate",
        "counsellor",
        ("starts_at", "ends_at"),
        ("mode", "topic"),
        "status",
        ("channel", "booked_by", "booked_at"),
        ("status_changed_by", "status_changed_at"),
        "cancellation_reason",
        "reminder_sent_at",
    )
    readonly_fields = (
        "candidate",
        "counsellor",
        "starts_at",
        "ends_at",
        "mode",
        "topic",
        "status",
        "channel",
        "booked_by",
        "booked_at",
        "status_changed_by",
        "status_changed_at",
        "cancellation_reason",
        "reminder_sent_at",
    )

    def get_queryset(self, request):
        return Appointment.objects.visible_to(request.user).select_related(
            "candidate", "counsellor__user", "booked_by", "status_changed_by"
        )

    @admin.display(description=_("registration number"), ordering="candidate__registration_number")
    def registration_number(self, obj):
        return obj.candidate.registration_number
