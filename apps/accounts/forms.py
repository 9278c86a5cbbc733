from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django.contrib.auth.forms import (
    AdminUserCreationForm,
    AuthenticationForm,
    SetPasswordForm,
    UserChangeForm,
)
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .roles import ROLES_BY_GROUP_NAME
from .services import check_role_fits


class LoginForm(AuthenticationForm):
    # Our own wording, so that the Urdu catalogue holds every message a person sees.
    error_messages = {
        "invalid_login": _(
            "That username and password do not match an account. Both are case-sensitive."
        ),
        "inactive": _("This account is switched off. Ask your centre manager."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Username")
        self.fields["password"].label = _("Password")
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Log in"), css_class="btn-lg w-100"))


class OwnPasswordForm(SetPasswordForm):
    """The password a new account's holder chooses through their one-time link."""

    error_messages = {
        "password_mismatch": _("The two passwords are not the same. Type the same one twice."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Your new password")
        self.fields["new_password2"].label = _("The same password again")
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Set my password"), css_class="btn-lg w-100"))


class PortalUserCreationForm(AdminUserCreationForm):
    """The admin's first step for an account: its username, place and password."""

    def _post_clean(self):
        super()._post_clean()
        # A model form checks only the constraints over the fields it shows, and this
        # one has no superuser box: check the place as the database will, so that a
        # missing or double place is a message, not an error page.
        try:
            self.instance.validate_constraints()
        except ValidationError as error:
            self._update_errors(error)


class PortalUserChangeForm(UserChangeForm):
    """The admin's account page: the roles chosen must fit the account's place."""

    def _post_clean(self):
        super()._post_clean()
        if self.instance.is_superuser or not self.instance.workplace:
            return  # a superuser needs no place; a missing place has its own message
        for group in self.cleaned_data.get("groups") or ():
            role = ROLES_BY_GROUP_NAME.get(group.name)
            if role is None:
                continue
            try:
                check_role_fits(role=role, workplace=self.instance.workplace)
            except ValidationError as error:
                self.add_error("groups", error)
