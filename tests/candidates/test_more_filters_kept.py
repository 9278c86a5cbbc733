"""The candidate list's "More filters" (some 400 options: districts, countries) is kept
as drawn under the language and the values given to those filters: drawn once, then
the same markup for every page with the same filters; a wrong value is drawn afresh
with its error, never kept."""

import pytest

from tests.factories import make_candidate

pytestmark = pytest.mark.django_db

MORE_FILTERS = "candidates/_more_filters.html"


@pytest.fixture(autouse=True)
def kept_a_minute(settings, empty_cache):
    settings.PORTAL_SEARCH_CHOICES_SECONDS = 60


def more_filters_drawn(response):
    return [template.name for template in response.templates].count(MORE_FILTERS)


def filters_part(response):
    text = response.content.decode()
    return text[text.index("<details") : text.index("</details>")]


def test_drawn_once_then_kept_with_the_same_markup(client_for, centre):
    make_candidate(centre=centre)
    client = client_for("registration_officer")
    first = client.get("/candidates/", {"sex": "female", "q": "Shazia"})
    again = client.get("/candidates/", {"sex": "female", "q": "Asif"})
    assert more_filters_drawn(first) == 1
    assert more_filters_drawn(again) == 0
    assert filters_part(again) == filters_part(first)
    assert '<option value="female" selected>' in filters_part(again)
    assert "<details open>" in again.content.decode()


def test_other_values_are_drawn_with_their_own_choice(client_for, centre):
    client = client_for("registration_officer")
    client.get("/candidates/", {"sex": "female"})
    men = client.get("/candidates/", {"sex": "male"})
    assert more_filters_drawn(men) == 1
    assert '<option value="male" selected>' in filters_part(men)
    assert '<option value="female" selected>' not in filters_part(men)
    plain = client.get("/candidates/")
    assert more_filters_drawn(plain) == 1
    assert "selected>" not in filters_part(plain).replace('<option value="" selected>', "")


def test_kept_per_language(client_for, centre):
    client = client_for("registration_officer")
    english = filters_part(client.get("/candidates/"))
    client.cookies["django_language"] = "ur"
    urdu = client.get("/candidates/")
    assert more_filters_drawn(urdu) == 1
    assert filters_part(urdu) != english
    assert "More filters" in english and "More filters" not in filters_part(urdu)


def test_a_wrong_value_shows_its_error_and_is_never_kept(client_for, centre):
    client = client_for("registration_officer")
    for _ in range(2):
        wrong = client.get("/candidates/", {"sex": "nonsense", "q": "Shazia"})
        assert more_filters_drawn(wrong) == 1
        assert "is-invalid" in filters_part(wrong)
        assert 'value="Shazia"' in wrong.content.decode()  # what was typed stays
