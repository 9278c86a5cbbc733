"""The candidate list's "More filters" (some 400 options: districts, countries) show
what was chosen, in the page's language, with any mistake marked; they are cached
(apps/candidates/cache.py), and a renamed district shows on the next page."""

import pytest

from tests.factories import DistrictFactory, ensure_occupation, make_candidate

pytestmark = pytest.mark.django_db


def filters_part(response):
    text = response.content.decode()
    return text[text.index("<details") : text.index("</details>")]


def test_the_chosen_value_is_shown_chosen(client_for, centre):
    make_candidate(centre=centre)
    client = client_for("registration_officer")
    first = client.get("/candidates/", {"sex": "female", "q": "Shazia"})
    again = client.get("/candidates/", {"sex": "female", "q": "Asif"})
    for page in (first, again):
        assert '<option value="female" selected>' in filters_part(page)
        assert "<details open>" in page.content.decode()
    assert 'value="Asif"' in again.content.decode()


def test_other_values_show_their_own_choice(client_for, centre):
    client = client_for("registration_officer")
    client.get("/candidates/", {"sex": "female"})
    men = filters_part(client.get("/candidates/", {"sex": "male"}))
    assert '<option value="male" selected>' in men
    assert '<option value="female" selected>' not in men
    plain = filters_part(client.get("/candidates/"))
    assert "selected>" not in plain.replace('<option value="" selected>', "")


def test_each_language_has_its_own(client_for, centre):
    client = client_for("registration_officer")
    english = filters_part(client.get("/candidates/"))
    client.cookies["django_language"] = "ur"
    urdu = filters_part(client.get("/candidates/"))
    assert "More filters" in english and "More filters" not in urdu


def test_a_wrong_value_shows_its_error_every_time(client_for, centre):
    client = client_for("registration_officer")
    for _ in range(2):
        wrong = client.get("/candidates/", {"sex": "nonsense", "q": "Shazia"})
        assert "is-invalid" in filters_part(wrong)
        assert 'value="Shazia"' in wrong.content.decode()  # what was typed stays


def test_a_renamed_district_shows_on_the_next_page(client_for, centre):
    district = DistrictFactory(name_en="Old Name")
    client = client_for("registration_officer")
    assert "Old Name" in filters_part(client.get("/candidates/"))
    district.name_en = "New Name"
    district.save()
    page = filters_part(client.get("/candidates/"))
    assert "New Name" in page and "Old Name" not in page


def test_a_renamed_occupation_group_shows_on_the_next_page(client_for, centre):
    from apps.occupations.models import Occupation

    ensure_occupation("7411")
    group = Occupation.objects.get(code="7")
    group.title_en = "Craft workers of old"
    group.save()
    client = client_for("registration_officer")
    assert "Craft workers of old" in filters_part(client.get("/candidates/"))
    group.title_en = "Craft and related trades workers"
    group.save()
    page = filters_part(client.get("/candidates/"))
    assert "Craft and related trades workers" in page and "Craft workers of old" not in page
