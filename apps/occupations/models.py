"""ISCO-08, the ILO's International Standard Classification of Occupations.

Four levels: 10 major groups (one digit), 43 sub-major (two), 130 minor (three) and
436 unit groups (four). Candidates and job listings are coded with unit groups, so
that people and demand can be matched whatever words each side used.
"""

from django.db import models
from django.db.models import Case, F, Func, Q, Value, When
from django.db.models.functions import Coalesce, Lower
from django.utils.translation import gettext_lazy as _

from apps.core.typed_text import ARABIC_KEYBOARD_LETTERS, URDU_LETTERS, folded

# Punctuation a person may type around a word, which no name is searched by.
_AROUND_WORDS = ",.;:()/-،۔"


def _folded_column(name: str):
    """The SQL twin of folded() for one column (spacing aside)."""
    return Func(
        Lower(Coalesce(F(name), Value(""))),
        Value(ARABIC_KEYBOARD_LETTERS),
        Value(URDU_LETTERS),
        function="translate",
        output_field=models.TextField(),
    )


def _one_name_each(name: str):
    """A column of comma-separated words with "|" between the words instead."""
    return Func(
        _folded_column(name),
        Value(r"\s*,\s*"),
        Value("|"),
        Value("g"),
        function="regexp_replace",
        output_field=models.TextField(),
    )


def _between_bars(*names):
    """Names, each between bars ("|mason (bricklayer)|راج مستری|...|7112|"), so that a
    LIKE can tell a whole name and the start of one."""
    # concat_ws('|', '', a, b, '') is '|a|b|'.
    return Func(
        Value("|"),
        Value(""),
        *names,
        Value(""),
        function="concat_ws",
        output_field=models.TextField(),
    )


def _first_word(name: str):
    """The first (most usual) of a column of comma-separated everyday words, folded."""
    return Func(
        _folded_column(name),
        Value(","),
        Value(1),
        function="split_part",
        output_field=models.TextField(),
    )


def _main_names():
    """The names a group is known by first: its kiosk labels, ISCO titles and most
    usual everyday words, in both languages, folded."""
    return [
        _folded_column("kiosk_label_en"),
        _folded_column("kiosk_label_ur"),
        _folded_column("title_en"),
        _folded_column("title_ur"),
        _first_word("search_words_en"),
        _first_word("search_words_ur"),
    ]


class OccupationQuerySet(models.QuerySet):
    def units(self):
        """Unit groups: the only level a person's work or a listing is coded with."""
        return self.filter(level=Occupation.Level.UNIT)

    def majors(self):
        return self.filter(level=Occupation.Level.MAJOR)

    def for_kiosk(self):
        """The common trades shown as picture tiles at the kiosk, in their order."""
        return self.units().filter(kiosk_order__isnull=False).order_by("kiosk_order")

    def matching(self, typed: str):
        """The groups with every typed word (or a part of it) in a title, kiosk label or
        everyday word, in English or Urdu, or in the code; best first: a whole name,
        then a main name that starts so, then any name that does, then a word, the
        kiosk's common trades before the rest. Nothing for nothing typed."""
        # A bar would match the bars between names: it is no part of a word.
        words = [word.strip(_AROUND_WORDS) for word in folded(typed.replace("|", " ")).split()]
        words = [word for word in words if word]
        if not words:
            return self.none()
        typed = " ".join(words)
        found = self.alias(
            main_names=_between_bars(*_main_names()),
            names=_between_bars(
                *_main_names(),
                _one_name_each("search_words_en"),
                _one_name_each("search_words_ur"),
                F("code"),
            ),
        )
        for word in words:
            found = found.filter(names__contains=word)
        return found.alias(
            closeness=Case(
                When(names__contains=f"|{typed}|", then=0),
                When(main_names__contains=f"|{typed}", then=1),
                When(names__contains=f"|{typed}", then=2),
                When(Q(names__contains=f" {typed}") | Q(names__contains=f"({typed}"), then=3),
                default=4,
            )
        ).order_by("closeness", F("kiosk_order").asc(nulls_last=True), "code")


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
    search_words = models.TextField(
        _("everyday words"),
        blank=True,
        help_text=_(
            "Words people use for this work, separated by commas, the most usual first, "
            "such as 'steel fixer, sariya'. A search for any of them finds the group."
        ),
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
        """How a group is offered and shown, in the active language: the name people
        use, then the ISCO title, the code last (people look for the work, not its
        number): "Mason (bricklayer) — Bricklayers and Related Workers · 7112"."""
        everyday = self.kiosk_label or self.first_everyday_word
        if everyday and folded(everyday) != folded(self.title):
            return f"{everyday} — {self.title} · {self.code}"
        return f"{self.title} · {self.code}"

    @property
    def everyday_name(self) -> str:
        """The tile's short name where there is one, else the ISCO title."""
        return self.kiosk_label or self.title

    @property
    def first_everyday_word(self) -> str:
        """The most usual of the everyday words (they are kept most usual first)."""
        first = (self.search_words or "").split(",", 1)[0].strip()
        return first[:1].upper() + first[1:]

    @property
    def major_code(self) -> str:
        return self.code[:1]
