"""The back office holds only the national complaint deadlines, for superusers: each
centre's manager sets the centre's own on the staff page. Complaints themselves are not
here at all: only those who handle complaints at the centre read them."""

from django.contrib import admin

from .models import ComplaintDeadline


@admin.register(ComplaintDeadline)
class NationalDeadlineAdmin(admin.ModelAdmin):
    fields = ("kind", "acknowledge_days", "resolve_days", "escalate_days")
    list_display = ("kind", "acknowledge_days", "resolve_days", "escalate_days")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(centre__isnull=True)

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_superuser

    # A kind always has its national row: the register falls back to it.
    def has_delete_permission(self, request, obj=None):
        return False
