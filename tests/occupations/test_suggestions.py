"""The occupation fields' suggestions: a unit group found by the words people use, in
English or Urdu (typed on an Urdu or an Arabic keyboard), best first, labelled with the
everyday name first and the code last; and the same search in the admin."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from apps.occupations.models import Occupation
from tests.factories import CentreFactory, SuperuserFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/occupations/suggestions/"

# The common trades of people going abroad from Pakistan: each has everyday words in
# both languages (the kiosk's tiles too, tested below).
COMMON_TRADES = {
    "7214": "steel fixer",
    "7115": "shuttering carpenter",
    "7119": "scaffolder",
    "7112": "mason",
    "7126": "plumber",
    "7411": "electrician",
    "7212": "welder",
    "8332": "heavy driver",
    "8322": "light driver",
    "5120": "cook",
    "5131": "waiter",
    "9112": "cleaner",
    "5414": "security guard",
    "7127": "ac technician",
    "8342": "excavator operator",
    "7123": "plasterer",
}


@pytest.fixture
def isco():
    call_command("loaddata", settings.BASE_DIR / "fixtures" / "isco08.json", verbosity=0)


@pytest.fixture
def desk(client, centre):
    client.force_login(UserFactory(role="registration_officer", centre=centre))
    return client


def suggested(client, typed, language="en"):
    client.cookies["django_language"] = language
    response = client.get(URL, {"q": typed})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["results"]


def codes(results):
    return [result["text"].rsplit(" · ", 1)[1] for result in results]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("mason", "7112"),
        ("steel fixer", "7214"),
        ("Steel Fixer", "7214"),  # any case
        ("راج مستری", "7112"),
        ("mas", "7112"),  # the start of a word
        ("raj mistri", "7112"),  # Urdu in Latin letters
        ("سریا", "7214"),
        ("ویلڈر", "7212"),  # an English word in Urdu letters
        # An Arabic keyboard's yeh (ي) and kaf (ك) for Urdu's ی and ک.
        ("راج مستري", "7112"),
        ("موٹر مكينك", "7231"),
        ("heavy driver", "8332"),
        ("7214", "7214"),  # the code, for those who know it
    ],
)
def test_a_word_people_use_finds_its_unit_group_first(desk, isco, typed, code):
    assert codes(suggested(desk, typed))[0] == code


@pytest.mark.parametrize("typed", ["xyzzy", "", "   ", "mason xyzzy"])
def test_nothing_found_or_typed_suggests_nothing(desk, isco, typed):
    assert suggested(desk, typed) == []


def test_at_most_twenty_unit_groups_are_suggested(desk, isco):
    results = suggested(desk, "er")
    assert len(results) == 20
    units = set(Occupation.objects.units().values_list("code", flat=True))
    assert set(codes(results)) <= units


def test_the_label_is_the_everyday_name_then_the_title_then_the_code(desk, isco):
    assert suggested(desk, "mason")[0] == {
        "value": str(Occupation.objects.get(code="7112").pk),
        "text": "Mason (bricklayer) — Bricklayers and Related Workers · 7112",
    }
    assert suggested(desk, "steel fixer")[0]["text"] == (
        "Steel fixer — Structural Metal Preparers and Erectors · 7214"
    )
    # In Urdu: the Urdu everyday name (the Urdu title where it is the same words).
    assert suggested(desk, "mason", language="ur")[0]["text"] == "راج مستری · 7112"
    assert suggested(desk, "steel fixer", language="ur")[0]["text"] == (
        "سٹیل فکسر — Structural Metal Preparers and Erectors · 7214"
    )
    assert not any(text.startswith("7") for text in map(str, Occupation.objects.units()))


def test_every_kiosk_tile_and_common_trade_has_everyday_words_in_both_languages(isco):
    tiles = list(Occupation.objects.for_kiosk())
    assert len(tiles) == 35
    common = list(Occupation.objects.filter(code__in=COMMON_TRADES))
    for occupation in tiles + common:
        assert occupation.search_words_en and occupation.search_words_ur, occupation.code
        assert not occupation.search_words_ur.isascii(), occupation.code  # Urdu letters


def test_the_common_trades_are_found_by_their_everyday_name(isco):
    for code, everyday_name in COMMON_TRADES.items():
        found = Occupation.objects.units().matching(everyday_name)
        assert found[0].code == code, everyday_name


def test_the_kiosk_words_are_searchable_everywhere(isco):
    """What the kiosk's tiles say, in either language, finds the tile's group."""
    for tile in Occupation.objects.for_kiosk():
        for label in (tile.kiosk_label_en, tile.kiosk_label_ur):
            found = Occupation.objects.units().matching(label)[:20]
            assert tile in found, label


@pytest.mark.parametrize("role", ["registration_officer", "superuser"])
def test_the_desk_and_a_superuser_may_ask(client_for, isco, role):
    assert codes(suggested(client_for(role), "welder"))[0] == "7212"


def test_every_centres_desk_gets_the_same_unit_groups(client, isco):
    """Reference data: nothing in the answer depends on the asker's centre."""
    answers = []
    for centre in (CentreFactory(), CentreFactory()):
        client.force_login(UserFactory(role="registration_officer", centre=centre))
        answers.append(suggested(client, "driver"))
    assert answers[0] == answers[1] and answers[0]


@pytest.mark.parametrize("role", ["kiosk", "counsellor", "centre_manager", "orientation_editor"])
def test_roles_without_an_occupation_field_are_refused(client_for, role):
    assert client_for(role).get(URL, {"q": "welder"}).status_code == 403


def test_an_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get(URL, {"q": "welder"})
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


def test_the_answer_is_never_cached(desk, isco):
    assert "no-store" in desk.get(URL, {"q": "welder"})["Cache-Control"]


# --- The admin ------------------------------------------------------------------


def test_the_admins_occupation_fields_find_everyday_words_and_only_unit_groups(client, isco):
    client.force_login(SuperuserFactory())
    field = {"app_label": "candidates", "model_name": "candidateoccupation"}
    answer = client.get(
        "/admin/autocomplete/", {**field, "field_name": "occupation", "term": "steel fixer"}
    ).json()
    assert answer["results"][0]["text"] == (
        "Steel fixer — Structural Metal Preparers and Erectors · 7214"
    )
    answer = client.get(
        "/admin/autocomplete/", {**field, "field_name": "occupation", "term": "راج مستری"}
    ).json()
    assert answer["results"][0]["id"] == str(Occupation.objects.get(code="7112").pk)
    # "Craft and Related Trades Workers" (7) and its sub-groups are no answer here.
    answer = client.get(
        "/admin/autocomplete/", {**field, "field_name": "occupation", "term": "craft"}
    ).json()
    found = Occupation.objects.filter(pk__in=[result["id"] for result in answer["results"]])
    assert found and {group.level for group in found} == {"unit"}


def test_the_occupation_list_of_the_admin_is_searched_by_everyday_words(client, isco):
    client.force_login(SuperuserFactory())
    with translation.override("en"):
        page = client.get("/admin/occupations/occupation/", {"q": "سریا"}).content.decode()
    assert "Structural Metal Preparers and Erectors" in page
    assert "Bricklayers and Related Workers" not in page
