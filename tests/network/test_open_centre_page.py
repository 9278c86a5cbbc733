"""The back office's page for opening centres: superusers only; a form for one centre
and a CSV upload; the links shown once; mistakes explained in the reader's language
with nothing typed lost; digits in Urdu script read."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.accounts.models import User
from apps.centres.models import Centre
from apps.counselling.models import Counsellor
from tests.factories import CentreFactory, DistrictFactory

pytestmark = pytest.mark.django_db

URL = "/" + settings.ADMIN_URL + "network/open-centre/"
OTHER_ROLES = [
    "kiosk",
    "registration_officer",
    "counsellor",
    "district_labour_officer",
    "centre_manager",
    "orientation_editor",
]


@pytest.fixture
def district():
    return DistrictFactory(name="Okara", name_en="Okara", name_ur="اوکاڑہ")


def form_data(district, **overrides):
    data = {
        "code": "okr",
        "kind": "dlo",
        "district": district.pk,
        "name_en": "",
        "name_ur": "",
        "address_en": "District Complex, Okara",
        "address_ur": "ڈسٹرکٹ کمپلیکس، اوکاڑہ",
        "opening_hours_en": "",
        "opening_hours_ur": "",
        "helpline": "044 9200001",
        "email": "",
        "officers": "1",
        "counsellors": "1",
        "kiosks": "1",
        "counselling_days": ["0", "1", "2", "3", "4"],
        "counselling_from": "09:00",
        "counselling_until": "13:00",
        **overrides,
    }
    return {f"centre-{name}": value for name, value in data.items()} | {"open-one": "Open"}


def test_the_admin_index_links_to_the_page_for_a_superuser(client_for):
    assert URL in client_for("superuser").get("/" + settings.ADMIN_URL).text


def test_the_admin_index_has_no_link_for_a_labour_officer(client_for):
    assert URL not in client_for("district_labour_officer").get("/" + settings.ADMIN_URL).text


def test_a_superuser_opens_a_centre_and_sees_each_link_once(client_for, district):
    client = client_for("superuser")
    page = client.get(URL)
    assert page.status_code == 200
    assert '<optgroup label="Punjab">' in page.text
    assert f'<option value="{district.pk}">Okara</option>' in page.text

    response = client.post(URL, form_data(district))

    assert response.status_code == 200
    centre = Centre.objects.get(code="OKR")
    assert centre.name_en == "District Labour Office Okara"
    assert centre.name_ur == "ضلعی لیبر آفس اوکاڑہ"
    usernames = set(User.objects.filter(centre=centre).values_list("username", flat=True))
    assert usernames == {"officer.okr", "manager.okr", "dlo.okr", "counsellor1.okr", "kiosk.okr"}
    assert response.text.count("http://testserver/accounts/set-password/") == 5
    assert "Opened now." in response.text
    assert "no-store" in response["Cache-Control"]
    # Who opened it is in the back office's recent actions.
    assert "District Labour Office Okara" in client.get("/" + settings.ADMIN_URL).text

    again = client.post(URL, form_data(district))

    assert "Already open: nothing changed." in again.text
    assert "set-password" not in again.text
    assert User.objects.filter(centre=centre).count() == 5


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_every_other_role_is_refused_and_nothing_is_opened(client_for, district, role):
    client = client_for(role)
    before = User.objects.count()

    response = client.post(URL, form_data(district))

    if role in ("district_labour_officer", "orientation_editor"):
        assert response.status_code == 403  # back-office staff, but not a superuser
    else:
        assert response.status_code == 302
        assert response.url.startswith("/" + settings.ADMIN_URL + "login/")
    assert not Centre.objects.filter(code="OKR").exists()
    assert User.objects.count() == before


def test_an_anonymous_visitor_is_sent_to_the_back_office_login(client, district):
    response = client.post(URL, form_data(district))
    assert response.status_code == 302
    assert not Centre.objects.filter(code="OKR").exists()


def test_mistakes_are_explained_in_urdu_and_nothing_typed_is_lost(client_for, district):
    client = client_for("superuser")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    data = form_data(
        district,
        code="O1",
        helpline="12",
        address_ur="",
        counselling_until="09:00",
        address_en="Typed address, Okara",
    )

    response = client.post(URL, data)

    assert response.status_code == 200
    text = response.text
    assert "Typed address, Okara" in text
    assert 'value="O1"' in text
    assert "کوڈ تین سے پانچ" in text or "تین سے پانچ" in text  # the code's rule, in Urdu
    assert "Enter a Pakistani phone number" not in text
    assert "The window must end at another time" not in text
    assert not Centre.objects.filter(district=district).exists()


def test_digits_in_urdu_script_are_read(client_for, district):
    client = client_for("superuser")
    data = form_data(
        district,
        helpline="۰۴۴ ۹۲۰۰۰۰۱",
        counsellors="۲",
        counselling_from="۱۰:۰۰",
        counselling_until="۱۴:۰۰",
    )

    response = client.post(URL, data)

    assert response.status_code == 200
    centre = Centre.objects.get(code="OKR")
    assert centre.helpline.as_e164 == "+92449200001"
    counsellors = Counsellor.objects.filter(user__centre=centre)
    assert counsellors.count() == 2
    assert {str(window) for window in counsellors[0].availabilities.all()} >= {"Monday 10:00–14:00"}


def test_a_code_of_another_districts_centre_is_explained_at_the_code(client_for, district):
    CentreFactory(code="OKR", name_en="Some Other Centre")
    client = client_for("superuser")

    response = client.post(URL, form_data(district))

    assert response.status_code == 200
    assert "The code OKR is already used by Some Other Centre" in response.text
    assert User.objects.filter(username__endswith=".okr").count() == 0


def test_a_csv_upload_opens_every_row(client_for):
    DistrictFactory(name="Mardan", name_en="Mardan", name_ur="مردان")
    DistrictFactory(name="Swat", name_en="Swat", name_ur="سوات")
    client = client_for("superuser")
    example = (settings.BASE_DIR / "fixtures" / "centres_to_open.example.csv").read_bytes()

    response = client.post(
        URL,
        {"csv-file": SimpleUploadedFile("centres.csv", example, "text/csv"), "open-csv": "Open"},
    )

    assert response.status_code == 200
    assert set(Centre.objects.values_list("code", flat=True)) >= {"MRD", "SWT"}
    assert response.text.count("/accounts/set-password/") == 12


def test_a_csv_with_mistakes_lists_them_by_line_and_opens_nothing(client_for, district):
    client = client_for("superuser")
    content = (
        "code,district,address_en,address_ur,helpline\n"
        "OKR,Okara,Road,روڈ,044 9200001\n"
        "OKS,Atlantis,Road,روڈ,044 9200002\n"
    ).encode()

    response = client.post(
        URL,
        {"csv-file": SimpleUploadedFile("centres.csv", content, "text/csv"), "open-csv": "Open"},
    )

    assert response.status_code == 200
    assert "No district is called “Atlantis”" in response.text
    assert not Centre.objects.filter(code__in=["OKR", "OKS"]).exists()


def test_a_file_that_is_not_utf8_is_refused_with_a_message(client_for):
    client = client_for("superuser")
    content = "code,district\nOKR,Okara\xe9\n".encode("latin-1")

    response = client.post(
        URL,
        {"csv-file": SimpleUploadedFile("centres.csv", content, "text/csv"), "open-csv": "Open"},
    )

    assert response.status_code == 200
    assert "The file is not UTF-8 text." in response.text


def test_a_file_too_large_to_be_a_list_of_centres_is_refused(client_for):
    client = client_for("superuser")
    content = b"code,district,address_en,address_ur,helpline\n" + b"x" * (1024 * 1024)

    response = client.post(
        URL,
        {"csv-file": SimpleUploadedFile("centres.csv", content, "text/csv"), "open-csv": "Open"},
    )

    assert response.status_code == 200
    assert "The file is larger than 1 MB" in response.text
