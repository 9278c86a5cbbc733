import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import translation

from apps.occupations.models import Occupation

pytestmark = pytest.mark.django_db


@pytest.fixture
def isco():
    call_command("load_reference_data", verbosity=0)


def test_the_full_hierarchy_is_loaded(isco):
    counts = {level: Occupation.objects.filter(level=level).count() for level in Occupation.Level}
    assert counts == {"major": 10, "sub-major": 43, "minor": 130, "unit": 436}
    welders = Occupation.objects.get(code="7212")
    assert welders.parent.code == "721"
    assert welders.parent.parent.parent.code == "7"
    assert welders.major_code == "7"


def test_kiosk_tiles_and_major_groups_have_urdu_titles(isco):
    tiles = list(Occupation.objects.for_kiosk())
    assert len(tiles) >= 30
    assert all(tile.title_ur and tile.kiosk_icon for tile in tiles)
    assert all(group.title_ur for group in Occupation.objects.majors())
    with translation.override("ur"):
        assert Occupation.objects.get(code="7411").title == "الیکٹریشن"


def test_a_code_must_match_its_level(isco):
    major = Occupation.objects.get(code="7")
    with pytest.raises(IntegrityError), transaction.atomic():
        Occupation.objects.create(code="77", level="unit", parent=major, title="Bad")
    with pytest.raises(IntegrityError), transaction.atomic():
        Occupation.objects.create(code="8", level="major", parent=major, title="Bad")
    with pytest.raises(IntegrityError), transaction.atomic():
        Occupation.objects.filter(code="7").update(kiosk_order=99)
