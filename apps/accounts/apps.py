from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    default = True  # this module also holds django-axes' config, below
    name = "apps.accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from .roles import sync_roles_after_migrate

        # Later apps add permissions the roles need; re-sync after every migrate
        # (and after the test runner's flush, which empties the groups).
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="accounts.sync_roles")

        from django.contrib.auth.signals import user_logged_in

        from .middleware import stamp_last_seen

        user_logged_in.connect(stamp_last_seen, dispatch_uid="accounts.stamp_last_seen")


class LoginLockoutConfig(AxesConfig):
    """django-axes, named in the admin in the reader's language."""

    default = False
    verbose_name = _("Login lockout")
