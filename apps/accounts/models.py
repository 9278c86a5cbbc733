"""Staff and kiosk-device accounts. Migrants do not log in: the kiosk does."""

from functools import cached_property

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from apps.centres.scoping import scoped_to_centre

from .roles import ROLES, Role, Workplace


class UserQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Accounts a user may see: their own centre's; every centre's for a superuser."""
        return scoped_to_centre(self, user)


class PortalUserManager(UserManager.from_queryset(UserQuerySet)):
    pass


class User(AbstractUser):
    """A staff or kiosk-device account, placed at exactly one of: a centre, a province,
    or the whole country (a superuser may be placed nowhere).

    The place is what every page scopes by (apps/centres/scoping.py), so the database
    holds it to one, not a form: an account at a centre and a province at once would
    be scoped two ways, and one at neither would be nowhere and everywhere. "The whole
    country" is a column of its own rather than "no centre and no province", so that a
    place forgotten is refused instead of read as national. Which roles fit which place
    is said by each role (roles.Role.workplace) and checked where roles are given
    (services.give_role, the admin): groups are rows of another table, out of reach of
    a check constraint."""

    centre = models.ForeignKey(
        "centres.Centre",
        on_delete=models.PROTECT,
        related_name="staff",
        null=True,
        blank=True,
        verbose_name=_("centre"),
        help_text=_("The centre this person works at (most roles)."),
    )
    province = models.ForeignKey(
        "centres.Province",
        on_delete=models.PROTECT,
        related_name="officers",
        null=True,
        blank=True,
        verbose_name=_("province"),
        help_text=_("For a provincial officer only, who reads the numbers of its centres."),
    )
    works_nationally = models.BooleanField(
        _("works nationally"),
        default=False,
        help_text=_("For a national officer only, who reads the numbers of every centre."),
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
                condition=Q(is_superuser=True)
                | Q(centre__isnull=False, province__isnull=True, works_nationally=False)
                | Q(centre__isnull=True, province__isnull=False, works_nationally=False)
                | Q(centre__isnull=True, province__isnull=True, works_nationally=True),
                name="user_works_at_one_place",
                violation_error_message=_(
                    "Choose where this person works: one centre, one province, or the "
                    "whole country (one of them only)."
                ),
            ),
        ]

    @cached_property
    def group_names(self) -> frozenset[str]:
        """The names of the groups this account belongs to, read once per object (the
        portal's backend reads them with the account itself)."""
        return frozenset(group.name for group in self.groups.all())  # a prefetch serves it

    @property
    def workplace(self) -> str:
        """Workplace.CENTRE, PROVINCE or NATION; "" for a superuser placed nowhere."""
        if self.centre_id is not None:
            return Workplace.CENTRE
        if self.province_id is not None:
            return Workplace.PROVINCE
        if self.works_nationally:
            return Workplace.NATION
        return ""

    @property
    def works_above_a_centre(self) -> bool:
        """A provincial or national account: it reads numbers across centres, never a
        person's record."""
        return self.workplace in (Workplace.PROVINCE, Workplace.NATION)

    @property
    def workplace_name(self) -> str:
        """Where the account works, as the header and the team list name it."""
        if self.centre_id is not None:
            return self.centre.name
        if self.province_id is not None:
            return self.province.name
        if self.works_nationally:
            return str(_("Whole country"))
        return ""

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
