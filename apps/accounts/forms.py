from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.utils.translation import gettext_lazy as _


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
