"""`manage.py open_centre <csv>` on the example file: twice, and the second run changes
nothing; a file with mistakes opens nothing and names each line."""

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from apps.accounts.models import User
from apps.centres.models import Centre
from apps.counselling.models import Counsellor, WeeklyAvailability

pytestmark = pytest.mark.django_db

EXAMPLE = settings.BASE_DIR / "fixtures" / "centres_to_open.example.csv"


@pytest.fixture(autouse=True)
def districts():
    call_command("loaddata", settings.BASE_DIR / "fixtures" / "districts.json", verbosity=0)


def rows():
    return {
        model.__name__: model.objects.count()
        for model in (Centre, User, Counsellor, WeeklyAvailability)
    }


def test_the_example_file_opens_its_centres_then_a_second_run_changes_nothing(capsys):
    call_command("open_centre", str(EXAMPLE), "--base-url", "https://mrc.example.gov.pk/")
    first = rows()
    out = capsys.readouterr().out

    swat = Centre.objects.get(code="SWT")
    assert swat.kind == Centre.Kind.MIGRANT_RESOURCE_CENTRE
    assert swat.district.name_en == "Swat"  # named in Urdu in the file
    assert swat.helpline.as_e164 == "+929469240002"  # typed in Urdu digits
    assert swat.name_ur == "مائیگرنٹ ریسورس سینٹر سوات"
    counsellor = Counsellor.objects.get(user__username="counsellor2.swt")
    assert sorted(counsellor.availabilities.values_list("weekday", flat=True)) == [0, 2, 4]
    assert first == {"Centre": 2, "User": 5 + 7, "Counsellor": 3, "WeeklyAvailability": 11}
    assert "MRD  District Labour Office Mardan: opened" in out
    assert out.count("https://mrc.example.gov.pk/accounts/set-password/") == 12
    assert "password for" not in out.lower()

    call_command("open_centre", str(EXAMPLE))

    assert rows() == first
    out = capsys.readouterr().out
    assert "MRD  District Labour Office Mardan: already open, nothing changed." in out
    assert "SWT" in out and "set-password" not in out


def test_a_file_with_mistakes_opens_nothing_and_names_each_line(tmp_path, capsys):
    path = tmp_path / "centres.csv"
    path.write_text(
        "code,district,address_en,address_ur,helpline,counsellors\n"
        "mrd,Mardan,Shamsi Road,شمسی روڈ,0937 9230001,1\n"
        "MR1,Nowhere,Road,روڈ,12,1\n"
        "SWX,Swat,Road,,0946 9240002,many\n",
        encoding="utf-8",
    )

    with pytest.raises(CommandError, match="Nothing was opened"):
        call_command("open_centre", str(path))

    err = capsys.readouterr().err
    assert "line 3, code: The code must be three to five capital letters." in err
    assert "line 3, district: No district is called “Nowhere”" in err
    assert "line 3, helpline: Enter a Pakistani phone number" in err
    assert "line 4, address_ur: This field is required." in err
    assert "line 4, counsellors: Enter a whole number." in err
    assert "line 2" not in err  # "mrd" is read as MRD
    assert Centre.objects.count() == 0 and User.objects.count() == 0


def test_a_file_without_the_needed_columns_is_refused(tmp_path):
    path = tmp_path / "centres.csv"
    path.write_text("code,district,phone\nMRD,Mardan,0937 9230001\n", encoding="utf-8")

    with pytest.raises(CommandError, match="Missing: address_en, address_ur, helpline"):
        call_command("open_centre", str(path))


def test_the_help_lists_every_column(capsys):
    with pytest.raises(SystemExit):
        call_command("open_centre", "--help")
    out = capsys.readouterr().out
    for column in ("code", "district", "address_ur", "counselling_days", "kiosks"):
        assert column in out
