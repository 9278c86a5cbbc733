"""Opening a centre: the office, its staff's accounts and its counsellors' hours at once.

The centre is found by its code, and each account by a username made from the code and
the role (officer.fsl, counsellor1.fsl...), so that opening a centre again finds all of
it and creates nothing: no second account, no second link. What is missing (a
counsellor more than last time) is added. The details of a centre that is open already
are never overwritten: its manager may have corrected them since.

Two openings of one centre at the same moment give one centre. Openings in one district
queue behind a lock on the district's row (the "has it a labour officer yet?" question
needs it), and the unique code and usernames settle any race the lock does not cover:
the loser starts again and finds the winner's centre.
"""

import datetime
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from phonenumber_field.phonenumber import PhoneNumber

from apps.accounts import roles
from apps.accounts.models import User
from apps.accounts.password_links import password_link_path
from apps.accounts.roles import Role
from apps.accounts.services import create_account_without_password
from apps.centres.models import Centre, District
from apps.counselling.models import WeeklyAvailability
from apps.counselling.services import start_counselling

Weekday = WeeklyAvailability.Weekday
WORKING_WEEK = (
    Weekday.MONDAY,
    Weekday.TUESDAY,
    Weekday.WEDNESDAY,
    Weekday.THURSDAY,
    Weekday.FRIDAY,
)
DEFAULT_OPENING_HOURS_EN = "Monday to Friday, 9:00 to 17:00"
DEFAULT_OPENING_HOURS_UR = "پیر تا جمعہ، صبح 9 بجے سے شام 5 بجے تک"
# A centre's name when the opening gives none: its kind and its district.
DEFAULT_NAMES = {
    Centre.Kind.DISTRICT_LABOUR_OFFICE: ("District Labour Office {}", "ضلعی لیبر آفس {}"),
    Centre.Kind.MIGRANT_RESOURCE_CENTRE: (
        "Migrant Resource Centre {}",
        "مائیگرنٹ ریسورس سینٹر {}",
    ),
}
# The most accounts of one role an opening makes: a typing slip, not an office.
MOST_OF_A_ROLE = 20


def default_names(kind: str, district: District) -> tuple[str, str]:
    """The English and Urdu names of a centre of `kind` in `district`."""
    english, urdu = DEFAULT_NAMES[kind]
    return english.format(district.name_en), urdu.format(district.name_ur or district.name_en)


@dataclass(frozen=True)
class CentreOpening:
    """What to open: the centre's public details and how many of each account it needs.
    A centre manager is always made, and a district labour officer where the district
    has none."""

    code: str
    district: District
    address_en: str
    address_ur: str
    helpline: PhoneNumber | str  # "+924199200001" will do
    kind: str = Centre.Kind.DISTRICT_LABOUR_OFFICE
    name_en: str = ""
    name_ur: str = ""
    email: str = ""
    opening_hours_en: str = DEFAULT_OPENING_HOURS_EN
    opening_hours_ur: str = DEFAULT_OPENING_HOURS_UR
    officers: int = 1
    counsellors: int = 1
    kiosks: int = 1
    counselling_days: tuple[int, ...] = tuple(WORKING_WEEK)
    counselling_from: datetime.time = datetime.time(9, 0)
    counselling_until: datetime.time = datetime.time(13, 0)


@dataclass(frozen=True)
class NewAccount:
    username: str
    role: Role
    link_path: str  # the one-time page where its password is set; shown once, never stored

    @property
    def is_device(self) -> bool:
        return self.role == roles.KIOSK


@dataclass
class OpeningResult:
    centre: Centre
    centre_created: bool
    accounts: list[NewAccount] = field(default_factory=list)

    @property
    def already_open(self) -> bool:
        """Nothing was created: the centre and every account it asks for existed."""
        return not self.centre_created and not self.accounts


class OpeningRefused(Exception):
    """The opening cannot be done as asked (its code or a username is someone else's)."""

    def __init__(self, message, *, opening: CentreOpening):
        super().__init__(message)
        self.message = message
        self.opening = opening


def staff_usernames(opening: CentreOpening, *, with_labour_officer: bool) -> list[tuple[str, Role]]:
    """The accounts `opening` asks for, each with the username it always gets: officer,
    manager, dlo and kiosk followed by the code in small letters, a number from the
    second on (officer2.fsl); counsellors numbered from 1, as the large demo names them."""
    code = opening.code.lower()

    def numbered(prefix, count, first=""):
        return [f"{prefix}{first if n == 1 else n}.{code}" for n in range(1, count + 1)]

    plan = [
        (username, roles.REGISTRATION_OFFICER) for username in numbered("officer", opening.officers)
    ]
    plan.append((f"manager.{code}", roles.CENTRE_MANAGER))
    if with_labour_officer:
        plan.append((f"dlo.{code}", roles.DISTRICT_LABOUR_OFFICER))
    plan += [
        (username, roles.COUNSELLOR)
        for username in numbered("counsellor", opening.counsellors, "1")
    ]
    plan += [(username, roles.KIOSK) for username in numbered("kiosk", opening.kiosks)]
    return plan


def open_centre(*, opening: CentreOpening) -> OpeningResult:
    """Create the centre of `opening` and whatever of its staff is missing, in one
    transaction; each new account comes with its one-time password link. Raises
    OpeningRefused if the code is another district's centre or a username is taken."""
    try:
        with transaction.atomic():
            return _open(opening)
    except IntegrityError:
        # Another opening of the same code (in another district, past the lock) or
        # the same username committed first: start again, and find what it made.
        pass
    with transaction.atomic():
        return _open(opening)


@transaction.atomic
def open_centres(*, openings: list[CentreOpening]) -> list[OpeningResult]:
    """Open every one of `openings`, or none: a refused one undoes the others, whose
    links would otherwise be lost unseen."""
    return [open_centre(opening=opening) for opening in openings]


def _open(opening: CentreOpening) -> OpeningResult:
    # The row lock queues openings in one district; a NO KEY lock, so that people
    # registering from the district meanwhile (a foreign key to it) do not wait.
    district = District.objects.select_for_update(no_key=True).get(pk=opening.district.pk)
    centre = Centre.objects.select_related("district").filter(code=opening.code).first()
    centre_created = centre is None
    if centre_created:
        centre = _create_centre(opening, district)
    elif centre.district_id != district.pk:
        raise OpeningRefused(
            _("The code %(code)s is already used by %(centre)s in %(district)s.")
            % {"code": centre.code, "centre": centre.name, "district": centre.district.name},
            opening=opening,
        )
    result = OpeningResult(centre=centre, centre_created=centre_created)
    labour_officer = f"dlo.{opening.code.lower()}"
    district_has_labour_officer = (
        User.objects.filter(
            centre__district=district,
            groups__name=roles.DISTRICT_LABOUR_OFFICER.group_name,
            is_active=True,
        )
        .exclude(username=labour_officer)
        .exists()
    )
    plan = staff_usernames(opening, with_labour_officer=not district_has_labour_officer)
    existing = dict(
        User.objects.filter(username__in=[username for username, _role in plan]).values_list(
            "username", "centre_id"
        )
    )
    for username, role in plan:
        if username in existing:
            if existing[username] != centre.pk:
                raise OpeningRefused(
                    _("The username %(username)s is already used at another centre.")
                    % {"username": username},
                    opening=opening,
                )
            continue
        user = create_account_without_password(username=username, role=role, centre=centre)
        if role == roles.COUNSELLOR:
            start_counselling(
                user=user,
                weekdays=opening.counselling_days,
                starts=opening.counselling_from,
                ends=opening.counselling_until,
            )
        result.accounts.append(
            NewAccount(username=username, role=role, link_path=password_link_path(user))
        )
    return result


def _create_centre(opening: CentreOpening, district: District) -> Centre:
    name_en, name_ur = default_names(opening.kind, district)
    return Centre.objects.create(
        code=opening.code,
        kind=opening.kind,
        district=district,
        name_en=opening.name_en or name_en,
        name_ur=opening.name_ur or name_ur,
        address_en=opening.address_en,
        address_ur=opening.address_ur,
        opening_hours_en=opening.opening_hours_en or DEFAULT_OPENING_HOURS_EN,
        opening_hours_ur=opening.opening_hours_ur or DEFAULT_OPENING_HOURS_UR,
        helpline=opening.helpline,
        email=opening.email,
    )
