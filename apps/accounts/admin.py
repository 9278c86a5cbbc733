from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    list_display = ("username", "first_name", "last_name", "centre", "is_active", "is_staff")
    list_filter = ("centre", "groups", "is_active", "is_staff", "is_superuser")
    list_select_related = ("centre",)
    fieldsets = (
        *UserAdmin.fieldsets[:1],
        (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
        (_("Centre and role"), {"fields": ("centre", "groups")}),
        (
            _("Access"),
            {"fields": ("is_active", "is_staff", "is_superuser", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("username", "centre", "password1", "password2")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)
