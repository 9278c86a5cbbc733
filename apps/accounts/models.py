"""Staff and kiosk-device accounts. Migrants do not log in: the kiosk does."""

from functools import cached_property

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from apps.centres.scoping import scoped_to_centre

from .roles import ROLES, Role


class UserQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Accounts a user may see: their own centre's; every centre's for a superuser."""
        return scoped_to_centre(self, user)


class PortalUserManager(UserManager.from_queryset(UserQuerySet)):
    pass


class User(AbstractUser):
    centre = models.ForeignKey(
        "centres.Centre",
        on_delete=models.PROTECT,
        related_name="staff",
        null=True,
        blank=True,
        verbose_name=_("centre"),
        help_text=_("Every account except a superuser's works at one centre."),
    )

    objects = PortalUserManager()

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [
            ("use_kiosk", _("Can run the self-registration kiosk")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_superuser=True) | Q(centre__isnull=False),
                name="user_belongs_to_a_centre",
                violation_error_message=_("Choose the centre this person works at."),
            ),
        ]

    @cached_property
    def group_names(self) -> frozenset[str]:
        """The names of the groups this account belongs to, read once per object (the
        portal's backend reads them with the account itself)."""
        return frozenset(group.name for group in self.groups.all())  # a prefetch serves it

    @property
    def roles(self) -> list[Role]:
        """The portal roles this account holds, from its groups."""
        return [role for role in ROLES if role.group_name in self.group_names]

    @property
    def role_labels(self) -> str:
        if self.is_superuser:
            return str(_("Administrator"))
        return ", ".join(str(role.label) for role in self.roles)

    @cached_property
    def is_kiosk(self) -> bool:
        # Asked a dozen times a page (header, footer, idle timer, views); each has_perm
        # goes through every authentication backend. Kept for the life of this object,
        # as Django keeps the permissions it read.
        return not self.is_superuser and self.has_perm("accounts.use_kiosk")
