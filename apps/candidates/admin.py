"""The admin for candidates follows the staff pages' rules: scoped to the user's
centre, identifiers shown masked only, and no way to edit an encrypted column."""

from django.contrib import admin

from apps.centres.scoping import scoped_to_centre
from apps.core.admin import ReadOnlyAdmin

from .models import (
    Candidate,
    CandidateLanguage,
    CandidateOccupation,
    ConsentText,
    IdentifierDisclosure,
    RegistrationAttempt,
    SkillCertificate,
    WorkAbroad,
)


class ScopedToCentreAdmin(admin.ModelAdmin):
    centre_lookup = "centre"

    def get_queryset(self, request):
        return scoped_to_centre(super().get_queryset(request), request.user, self.centre_lookup)


class LanguageInline(admin.TabularInline):
    model = CandidateLanguage
    extra = 0


class OccupationInline(admin.TabularInline):
    model = CandidateOccupation
    extra = 0
    autocomplete_fields = ("occupation",)


class CertificateInline(admin.TabularInline):
    model = SkillCertificate
    extra = 0


class WorkAbroadInline(admin.TabularInline):
    model = WorkAbroad
    extra = 0
    autocomplete_fields = ("occupation",)


@admin.register(Candidate)
class CandidateAdmin(ScopedToCentreAdmin):
    list_display = (
        "registration_number",
        "full_name",
        "cnic_masked",
        "sex",
        "home_district",
        "status",
        "channel",
        "created_at",
    )
    list_filter = ("status", "channel", "sex", "education")
    list_select_related = ("home_district",)
    search_fields = ("registration_number", "full_name")
    date_hierarchy = "created_at"
    # "12 results (1,000,000 total)": the total alone was a count of every person.
    show_full_result_count = False
    readonly_fields = (
        "registration_number",
        "centre",
        "cnic_masked",
        "passport_masked",
        "consent_text",
        "consented_at",
        "registered_by",
        "documents_seen_by",
        "documents_seen_at",
        "verified_by",
        "verified_at",
        "created_at",
        "updated_at",
    )
    exclude = ("registration_year", "registration_sequence")
    inlines = (LanguageInline, OccupationInline, CertificateInline, WorkAbroadInline)
    autocomplete_fields = ("home_district",)


@admin.register(RegistrationAttempt)
class RegistrationAttemptAdmin(ScopedToCentreAdmin):
    list_display = ("candidate", "centre", "channel", "attempted_at")
    list_select_related = ("candidate", "centre")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(IdentifierDisclosure)
class IdentifierDisclosureAdmin(ReadOnlyAdmin, ScopedToCentreAdmin):
    centre_lookup = "candidate__centre"
    list_display = ("disclosed_at", "viewer", "candidate", "field")
    list_select_related = ("viewer", "candidate")


@admin.register(ConsentText)
class ConsentTextAdmin(admin.ModelAdmin):
    list_display = ("version", "language", "published_at")

    def get_readonly_fields(self, request, obj=None):
        # A published text is what people agreed to: it is never edited, only superseded.
        return ("version", "language", "text", "published_at") if obj else ()
