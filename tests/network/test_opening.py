"""open_centre: the centre, its staff's accounts with one-time links, the counsellors'
hours; a second opening creates nothing; a code or username of someone else's refused."""

import datetime

import pytest

from apps.accounts.models import User
from apps.centres.models import Centre
from apps.counselling.models import Counsellor, WeeklyAvailability
from apps.network.services import CentreOpening, OpeningRefused, open_centre
from tests.factories import CentreFactory, DistrictFactory, UserFactory

pytestmark = pytest.mark.django_db


def an_opening(district, **overrides) -> CentreOpening:
    fields = {
        "code": "FSL",
        "district": district,
        "address_en": "District Complex, Faisalabad",
        "address_ur": "ڈسٹرکٹ کمپلیکس، فیصل آباد",
        "helpline": "+924199200001",
        **overrides,
    }
    return CentreOpening(**fields)


def rows():
    return {
        model.__name__: model.objects.count()
        for model in (Centre, User, Counsellor, WeeklyAvailability)
    }


@pytest.fixture
def district():
    return DistrictFactory(name="Faisalabad", name_en="Faisalabad", name_ur="فیصل آباد")


def test_opening_creates_the_centre_in_both_languages_and_its_staff(district):
    result = open_centre(opening=an_opening(district, counsellors=2, kiosks=2))

    centre = Centre.objects.get(code="FSL")
    assert result.centre_created and result.centre == centre
    assert centre.kind == Centre.Kind.DISTRICT_LABOUR_OFFICE
    assert (centre.name_en, centre.name_ur) == (
        "District Labour Office Faisalabad",
        "ضلعی لیبر آفس فیصل آباد",
    )
    assert centre.address_ur == "ڈسٹرکٹ کمپلیکس، فیصل آباد"
    assert centre.opening_hours_en and centre.opening_hours_ur
    assert centre.helpline.as_e164 == "+924199200001"
    staff = {user.username: user for user in User.objects.filter(centre=centre)}
    roles = {username: [role.slug for role in user.roles] for username, user in staff.items()}
    assert roles == {
        "officer.fsl": ["registration_officer"],
        "manager.fsl": ["centre_manager"],
        "dlo.fsl": ["district_labour_officer"],
        "counsellor1.fsl": ["counsellor"],
        "counsellor2.fsl": ["counsellor"],
        "kiosk.fsl": ["kiosk"],
        "kiosk2.fsl": ["kiosk"],
    }
    # Nobody knows a password: each holder sets one through their link.
    assert not any(user.has_usable_password() for user in staff.values())
    assert staff["dlo.fsl"].is_staff and not staff["officer.fsl"].is_staff
    assert sorted(account.username for account in result.accounts) == sorted(staff)
    assert all(
        account.link_path.startswith("/accounts/set-password/") for account in result.accounts
    )


def test_counsellors_get_weekday_mornings_unless_told_otherwise(district):
    open_centre(opening=an_opening(district))
    open_centre(
        opening=an_opening(
            district,
            code="FSM",
            counselling_days=(0, 2, 4),
            counselling_from=datetime.time(14, 0),
            counselling_until=datetime.time(17, 30),
        )
    )
    first = Counsellor.objects.get(user__username="counsellor1.fsl")
    assert first.is_active and first.topics and first.languages == ["ur"]
    assert list(first.availabilities.values_list("weekday", "starts", "ends")) == [
        (day, datetime.time(9), datetime.time(13)) for day in range(5)
    ]
    other = Counsellor.objects.get(user__username="counsellor1.fsm")
    assert list(other.availabilities.values_list("weekday", "starts", "ends")) == [
        (day, datetime.time(14), datetime.time(17, 30)) for day in (0, 2, 4)
    ]


def test_opening_the_same_centre_again_changes_nothing_and_makes_no_links(district):
    open_centre(opening=an_opening(district))
    before = rows()

    again = open_centre(opening=an_opening(district, address_en="Another address"))

    assert again.already_open and again.accounts == []
    assert rows() == before
    # A manager's corrections are never overwritten by a second opening.
    assert Centre.objects.get(code="FSL").address_en == "District Complex, Faisalabad"


def test_opening_again_with_more_counsellors_adds_only_the_missing_one(district):
    open_centre(opening=an_opening(district, counsellors=1))

    more = open_centre(opening=an_opening(district, counsellors=2))

    assert not more.centre_created and not more.already_open
    assert [account.username for account in more.accounts] == ["counsellor2.fsl"]
    assert Counsellor.objects.filter(user__centre__code="FSL").count() == 2


def test_a_district_that_has_a_labour_officer_gets_no_second_one(district):
    UserFactory(
        username="dlo.elsewhere",
        centre=CentreFactory(district=district),
        role="district_labour_officer",
    )

    result = open_centre(opening=an_opening(district))

    assert "dlo.fsl" not in [account.username for account in result.accounts]
    assert not User.objects.filter(username="dlo.fsl").exists()


def test_a_code_used_in_another_district_is_refused_and_nothing_is_made(district):
    CentreFactory(code="FSL")
    before = rows()

    with pytest.raises(OpeningRefused, match="The code FSL is already used by"):
        open_centre(opening=an_opening(district))

    assert rows() == before


def test_a_username_of_another_centre_is_refused_and_nothing_is_made(district):
    UserFactory(username="manager.fsl", centre=CentreFactory())
    before = rows()

    with pytest.raises(OpeningRefused, match=r"manager\.fsl is already used at another centre"):
        open_centre(opening=an_opening(district))

    assert rows() == before
