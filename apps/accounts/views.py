from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.views.generic import ListView

from .forms import LoginForm
from .models import User


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


class TeamListView(PermissionRequiredMixin, ListView):
    """The staff and kiosk accounts of the manager's own centre."""

    permission_required = "accounts.view_user"
    template_name = "accounts/team_list.html"
    context_object_name = "members"

    def get_queryset(self):
        return (
            User.objects.visible_to(self.request.user)
            .filter(is_active=True)
            .select_related("centre", "province")
            .prefetch_related("groups")
            .order_by("last_name", "first_name", "username")
        )
