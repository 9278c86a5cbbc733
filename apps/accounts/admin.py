from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from .forms import PortalUserChangeForm, PortalUserCreationForm
from .models import User


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    form = PortalUserChangeForm
    add_form = PortalUserCreationForm
    list_display = ("username", "first_name", "last_name", "works_at", "is_active", "is_staff")
    list_filter = (
        "centre",
        "province",
        "works_nationally",
        "groups",
        "is_active",
        "is_staff",
        "is_superuser",
    )
    list_select_related = ("centre", "province")
    # Where the account works, then its role: a provincial or national officer is placed
    # at a province or nationally, every other role at a centre (forms.py checks both).
    place_fields = ("centre", "province", "works_nationally")
    fieldsets = (
        *UserAdmin.fieldsets[:1],
        (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
        (_("Place and role"), {"fields": (*place_fields, "groups")}),
        (
            _("Access"),
            {"fields": ("is_active", "is_staff", "is_superuser", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("username", *place_fields, "password1", "password2"),
            },
        ),
    )

    @admin.display(description=_("works at"))
    def works_at(self, user):
        return user.workplace_name or "—"

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)
