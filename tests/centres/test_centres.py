import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from apps.centres.models import Centre
from tests.factories import CentreFactory, DistrictFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_centre_code_must_be_three_to_five_capitals_in_the_database():
    centre = CentreFactory()
    for bad in ("LH", "lhr", "LH1", "L-HR"):
        with pytest.raises(IntegrityError), transaction.atomic():
            Centre.objects.filter(pk=centre.pk).update(code=bad)


def test_a_bad_centre_code_gets_a_clear_message():
    centre = CentreFactory.build(code="lh1", district=DistrictFactory())
    with pytest.raises(ValidationError) as error:
        centre.full_clean()
    assert "three to five capital letters" in str(error.value)


def test_a_district_name_is_unique_within_its_province():
    district = DistrictFactory(name="Okara", name_en="Okara")
    with pytest.raises(IntegrityError):
        DistrictFactory(province=district.province, name="Okara", name_en="Okara")


def test_names_follow_the_active_language_and_fall_back_to_english():
    centre = CentreFactory(name_en="Centre Lahore", name_ur="سینٹر لاہور", address_ur=None)
    centre.refresh_from_db()
    with translation.override("ur"):
        assert centre.name == "سینٹر لاہور"
        assert centre.address == centre.address_en
    with translation.override("en"):
        assert centre.name == "Centre Lahore"


def test_the_public_list_shows_open_centres_only(client):
    open_centre = CentreFactory(name_en="Open Centre")
    closed = CentreFactory(name_en="Closed Centre", is_active=False)
    response = client.get("/centres/")
    assert open_centre.name_en in response.text
    assert closed.name_en not in response.text
    assert client.get(f"/centres/{closed.code}/").status_code == 404


def test_the_public_list_runs_a_constant_number_of_queries(client, django_assert_max_num_queries):
    CentreFactory.create_batch(12)
    with django_assert_max_num_queries(3):
        client.get("/centres/")


def test_a_manager_updates_their_centres_helpline(client_for, centre):
    client = client_for("centre_manager")
    form = {
        "address_en": "New address",
        "address_ur": "نیا پتہ",
        "helpline": "042 99201299",
        "email": "mrc@example.org",
        "opening_hours_en": "9 to 5",
        "opening_hours_ur": "",
    }
    response = client.post(f"/centres/{centre.code}/edit/", form)
    assert response.status_code == 302
    centre.refresh_from_db()
    assert centre.helpline.as_e164 == "+924299201299"
    assert centre.address_ur == "نیا پتہ"


def test_a_bad_helpline_is_refused_in_urdu_and_nothing_typed_is_lost(client_for, centre):
    client = client_for("centre_manager")
    client.cookies["django_language"] = "ur"
    form = {"address_en": "Typed address", "helpline": "12", "email": "not-an-email"}
    response = client.post(f"/centres/{centre.code}/edit/", form)
    assert response.status_code == 200
    assert "Typed address" in response.text
    assert set(response.context["form"].errors) == {"helpline", "email"}
    # The page shows the messages in Urdu (lazy messages are rendered in the request).
    assert "علاقائی کوڈ کے ساتھ پاکستانی فون نمبر لکھیں" in response.text
    assert 'lang="ur"' in response.text
    centre.refresh_from_db()
    assert centre.address_en != "Typed address"


def test_a_manager_cannot_reach_another_centre(client_for):
    other = CentreFactory()
    client = client_for("centre_manager")
    assert client.get(f"/centres/{other.code}/edit/").status_code == 404
    assert (
        client.post(f"/centres/{other.code}/edit/", {"helpline": "+924299201299"}).status_code
        == 404
    )


def test_team_list_shows_only_the_managers_centre(client_for, centre):
    colleague = UserFactory(role="counsellor", centre=centre, username="colleague")
    stranger = UserFactory(role="counsellor", username="stranger")
    response = client_for("centre_manager").get("/accounts/team/")
    assert colleague.username in response.text
    assert stranger.username not in response.text


def test_team_list_runs_a_constant_number_of_queries(
    client_for, centre, django_assert_max_num_queries
):
    client = client_for("centre_manager")
    UserFactory.create_batch(3, role="counsellor", centre=centre)
    with django_assert_max_num_queries(12) as few:
        client.get("/accounts/team/")
    UserFactory.create_batch(15, role="counsellor", centre=centre)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/accounts/team/")


def test_district_labour_officer_sees_only_their_districts_centres_in_the_admin(client_for, centre):
    CentreFactory(district=centre.district, name_en="Same district")
    CentreFactory(name_en="Elsewhere")
    client = client_for("district_labour_officer")
    response = client.get("/admin/centres/centre/")
    assert response.status_code == 200
    assert "Same district" in response.text
    assert "Elsewhere" not in response.text
