"""Where the portal is used: provinces, their districts, and the centres in them."""

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Collate
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from .scoping import scoped_to_centre, scoped_to_oversight


class Province(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self):
        return self.name


# Created by migration centres/0002: Urdu alphabetical order.
URDU_COLLATION = "urdu"


def in_reading_order(field: str):
    """An ordering by the translated `field` ("name", "province__name") in the
    alphabet of the page's language: Urdu names sorted as an Urdu reader looks for
    them, not by their English spelling."""
    if (get_language() or "").startswith("ur"):
        return Collate(f"{field}_ur", URDU_COLLATION)
    return F(f"{field}_en").asc()


class DistrictQuerySet(models.QuerySet):
    def in_reading_order(self):
        """By province, then district, each in the alphabet of the page's language."""
        return self.order_by(in_reading_order("province__name"), in_reading_order("name"))


class District(models.Model):
    province = models.ForeignKey(
        Province, on_delete=models.PROTECT, related_name="districts", verbose_name=_("province")
    )
    name = models.CharField(_("name"), max_length=100)

    objects = DistrictQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        constraints = [
            models.UniqueConstraint(
                fields=["province", "name"],
                name="district_unique_name_in_province",
                violation_error_message=_("This province already has a district of that name."),
            ),
        ]

    def __str__(self):
        return self.name


class CentreQuerySet(models.QuerySet):
    def active(self):
        """Centres open to the public."""
        return self.filter(is_active=True)

    def visible_to(self, user):
        """The centres a staff member may manage: their own; every centre for a superuser."""
        return scoped_to_centre(self, user, centre_field="pk")

    def reported_on_by(self, user):
        """The centres whose numbers a user may read: their own; their province's for a
        provincial officer; every centre for a national officer or a superuser."""
        return scoped_to_oversight(self, user, centre_field="pk")

    def in_reading_order(self):
        """By province, district and name, each in the alphabet of the page's language."""
        return self.order_by(
            in_reading_order("district__province__name"),
            in_reading_order("district__name"),
            in_reading_order("name"),
        )


class Centre(models.Model):
    class Kind(models.TextChoices):
        MIGRANT_RESOURCE_CENTRE = "mrc", _("Migrant Resource Centre")
        DISTRICT_LABOUR_OFFICE = "dlo", _("District labour office")

    code = models.CharField(
        _("code"),
        max_length=5,
        unique=True,
        help_text=_("Three to five capital letters; it starts every registration number."),
    )
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=3, choices=Kind.choices)
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="centres", verbose_name=_("district")
    )
    address = models.TextField(_("address"))
    helpline = PhoneNumberField(_("helpline"), help_text=_("For example 042 99201234."))
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    is_active = models.BooleanField(_("open to the public"), default=True)

    objects = CentreQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("centre")
        verbose_name_plural = _("centres")
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{3,5}$"),
                name="centre_code_three_to_five_capitals",
                violation_error_message=_("The code must be three to five capital letters."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("centres:detail", kwargs={"code": self.code})
