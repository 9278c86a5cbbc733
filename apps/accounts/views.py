from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from .forms import LoginForm, OwnPasswordForm
from .models import User


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """A one-time link's page (password_links.py): the account's holder chooses a
    password, after which the link no longer works. Django's view keeps the token out of
    the address bar (and so out of any Referer) by moving it into the session first."""

    template_name = "accounts/set_password.html"
    form_class = OwnPasswordForm
    success_url = reverse_lazy("accounts:login")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your password is set. Log in with it now."))
        return response


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
