"""ISCO-08, the ILO's International Standard Classification of Occupations.

Four levels: 10 major groups (one digit), 43 sub-major (two), 130 minor (three) and
436 unit groups (four). Candidates and job listings are coded with unit groups, so
that people and demand can be matched whatever words each side used.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class OccupationQuerySet(models.QuerySet):
    def units(self):
        """Unit groups: the only level a person's work or a listing is coded with."""
        return self.filter(level=Occupation.Level.UNIT)

    def majors(self):
        return self.filter(level=Occupation.Level.MAJOR)

    def for_kiosk(self):
        """The common trades shown as picture tiles at the kiosk, in their order."""
        return self.units().filter(kiosk_order__isnull=False).order_by("kiosk_order")


class Occupation(models.Model):
    class Level(models.TextChoices):
        MAJOR = "major", _("Major group")
        SUB_MAJOR = "sub-major", _("Sub-major group")
        MINOR = "minor", _("Minor group")
        UNIT = "unit", _("Unit group")

    code = models.CharField(_("ISCO-08 code"), max_length=4, unique=True)
    level = models.CharField(_("level"), max_length=9, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent group"),
    )
    title = models.CharField(_("title"), max_length=200)
    kiosk_order = models.PositiveSmallIntegerField(
        _("position at the kiosk"),
        null=True,
        blank=True,
        help_text=_("Unit groups with a position are offered as tiles at the kiosk."),
    )
    kiosk_icon = models.CharField(_("kiosk icon"), max_length=40, blank=True)
    kiosk_label = models.CharField(
        _("everyday name at the kiosk"),
        max_length=60,
        blank=True,
        help_text=_("A short everyday name for the tile, such as 'Electrician'."),
    )

    objects = OccupationQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("occupation")
        verbose_name_plural = _("occupations")
        constraints = [
            # The code's length is its level: 1 digit major ... 4 digits unit.
            models.CheckConstraint(
                condition=(
                    Q(level="major", code__regex=r"^[0-9]$")
                    | Q(level="sub-major", code__regex=r"^[0-9]{2}$")
                    | Q(level="minor", code__regex=r"^[0-9]{3}$")
                    | Q(level="unit", code__regex=r"^[0-9]{4}$")
                ),
                name="occupation_code_matches_level",
                violation_error_message=_("An ISCO-08 code has one digit per level."),
            ),
            models.CheckConstraint(
                condition=Q(level="major", parent__isnull=True)
                | Q(parent__isnull=False) & ~Q(level="major"),
                name="occupation_only_major_groups_have_no_parent",
            ),
            models.CheckConstraint(
                condition=Q(kiosk_order__isnull=True) | Q(level="unit"),
                name="occupation_kiosk_tiles_are_unit_groups",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def everyday_name(self) -> str:
        """The tile's short name where there is one, else the ISCO title."""
        return self.kiosk_label or self.title

    @property
    def major_code(self) -> str:
        return self.code[:1]
