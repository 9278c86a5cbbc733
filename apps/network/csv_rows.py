"""The openings CSV: one centre a row, read into the same form the admin page uses.

The first line names the columns, in any order; an empty cell takes the default. The
file is UTF-8 (a spreadsheet's byte-order mark is fine), comma-separated.
"""

import csv
import io
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .forms import CentreRowForm
from .services import OpeningRefused, OpeningResult, open_centres

# (column, required, what it holds): the command's help and docs/design.md say the same.
COLUMNS = (
    ("code", True, _("three to five capital letters, unique; starts every registration number")),
    ("district", True, _("the district's name in English or Urdu, as in the district list")),
    ("address_en", True, _("the address in English")),
    ("address_ur", True, _("the address in Urdu")),
    ("helpline", True, _("a Pakistani number with its area code, e.g. 041 99200001")),
    ("kind", False, _("dlo (district labour office, the default) or mrc")),
    (
        "name_en",
        False,
        _("default: District Labour Office <district> (or Migrant Resource Centre)"),
    ),
    ("name_ur", False, _("default: the same in Urdu")),
    ("opening_hours_en", False, _("default: Monday to Friday, 9:00 to 17:00")),
    ("opening_hours_ur", False, _("default: the same in Urdu")),
    ("email", False, _("the centre's address for the public")),
    ("officers", False, _("registration officers, default 1")),
    ("counsellors", False, _("counsellors, default 1")),
    ("kiosks", False, _("kiosk devices, default 1")),
    ("counselling_days", False, _("the counsellors' days, default Mon-Fri (or e.g. Mon,Wed,Fri)")),
    ("counselling_from", False, _("their hours from, default 09:00")),
    ("counselling_until", False, _("their hours until, default 13:00")),
)
REQUIRED = [name for name, required, _meaning in COLUMNS if required]
KNOWN = [name for name, _required, _meaning in COLUMNS]
CELL_DEFAULTS = {
    "kind": "dlo",
    "officers": "1",
    "counsellors": "1",
    "kiosks": "1",
    "counselling_days": "Mon-Fri",
    "counselling_from": "09:00",
    "counselling_until": "13:00",
}
# An upload on the admin page: far more than a province's offices, far less than harm.
MOST_ROWS = 500


class CsvRefused(Exception):
    """The file as a whole cannot be read (its encoding, its columns, its size)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class CsvRow:
    line: int
    form: CentreRowForm

    def errors(self) -> list[tuple[str, str]]:
        """(column, message) of each mistake in the row; the column is "" for the row."""
        return [
            ("" if name == "__all__" else name, str(message))
            for name, messages in self.form.errors.items()
            for message in messages
        ]


@dataclass
class CsvOutcome:
    results: list[OpeningResult]
    mistakes: list[tuple[int, str, str]]  # (line, column or "", message)


def columns_help() -> str:
    """The columns, one a line, for a command's help."""
    return "\n".join(
        f"  {name:<18} {'required' if required else 'optional'}: {meaning}"
        for name, required, meaning in COLUMNS
    )


def read_centre_rows(content: bytes | str) -> list[CsvRow]:
    """Each row of an openings CSV with its form, bound and ready to validate. Raises
    CsvRefused when the file itself cannot be read."""
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CsvRefused(
                _("The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.")
            ) from None
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff"), newline=""))
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    unknown = [name for name in header if name and name not in KNOWN]
    if missing or unknown:
        raise CsvRefused(
            _(
                "The first line must name the columns. Missing: %(missing)s. Unknown: "
                "%(unknown)s. The columns are: %(known)s."
            )
            % {
                "missing": ", ".join(missing) or "-",
                "unknown": ", ".join(unknown) or "-",
                "known": ", ".join(KNOWN),
            }
        )
    reader.fieldnames = header
    rows = []
    for record in reader:
        cells = {
            name: (value or "").strip()
            for name, value in record.items()
            if name and isinstance(value, str)
        }
        if not any(cells.values()):
            continue  # a blank line
        if len(rows) == MOST_ROWS:
            raise CsvRefused(
                _("The file has more than %(most)d centres. Split it into smaller files.")
                % {"most": MOST_ROWS}
            )
        data = {**CELL_DEFAULTS, **{name: value for name, value in cells.items() if value}}
        rows.append(CsvRow(line=reader.line_num, form=CentreRowForm(data=data)))
    if not rows:
        raise CsvRefused(_("The file holds no centre: add one row after the column names."))
    return rows


def open_centres_from_csv(content: bytes | str) -> CsvOutcome:
    """Open every centre of an openings CSV, or none if any row has a mistake (each
    mistake is listed with its line and column). Raises CsvRefused."""
    rows = read_centre_rows(content)
    mistakes = [
        (row.line, column, message)
        for row in rows
        if not row.form.is_valid()
        for column, message in row.errors()
    ]
    if mistakes:
        return CsvOutcome(results=[], mistakes=mistakes)
    openings = [row.form.opening() for row in rows]
    try:
        results = open_centres(openings=openings)
    except OpeningRefused as refused:
        line = next(
            row.line
            for row, opening in zip(rows, openings, strict=True)
            if opening is refused.opening
        )
        return CsvOutcome(results=[], mistakes=[(line, "code", str(refused.message))])
    return CsvOutcome(results=results, mistakes=[])
