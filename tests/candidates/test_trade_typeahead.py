"""A person's trades chosen by typing, at the desk and on the record: the trade the
suggestions gave is what is registered; an id that is no unit group is refused in words,
with everything else kept; the page carries only what was chosen, never the 436 groups."""

import re

import pytest
from django.conf import settings
from django.core.management import call_command

from apps.candidates.models import Candidate
from apps.occupations.models import Occupation
from tests.candidates.test_staff_pages import desk_form, edit_form
from tests.factories import consent_text, make_candidate

pytestmark = pytest.mark.django_db

REFUSED = "Choose the work from the suggestions that appear as you type."
REFUSED_UR = "لکھتے ہوئے جو کام سامنے آئیں، ان میں سے چنیں۔"


@pytest.fixture
def isco():
    call_command("loaddata", settings.BASE_DIR / "fixtures" / "isco08.json", verbosity=0)


@pytest.fixture
def desk(client_for, isco):
    consent_text("en")
    return client_for("registration_officer")


def suggested_id(client, typed):
    """The value of the first suggestion for `typed`, as the page's script would post it."""
    return client.get("/occupations/suggestions/", {"q": typed}).json()["results"][0]["value"]


def select(html, name):
    """The <select name=...> of the page, options and all."""
    return re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)


def test_the_desk_registers_the_trade_chosen_from_the_suggestions(desk, centre):
    data = desk_form(
        centre.district,
        **{
            "work-occupation_1": suggested_id(desk, "steel fixer"),
            "work-occupation_2": suggested_id(desk, "راج مستری"),
            "work-years_2": "3",
        },
    )
    response = desk.post("/candidates/register/", data)
    assert response.status_code == 302
    person = Candidate.objects.get()
    trades = {o.occupation.code: o.years for o in person.occupations.all()}
    assert trades == {"7214": 8, "7112": 3}
    record = desk.get(response.url).content.decode()
    assert "Structural Metal Preparers and Erectors" in record


@pytest.mark.parametrize("posted", ["999999", "not-a-number"])
def test_an_unknown_trade_is_refused_in_words_and_nothing_else_is_lost(desk, centre, posted):
    mason = Occupation.objects.get(code="7112")
    data = desk_form(
        centre.district,
        **{"work-occupation_1": mason.pk, "work-occupation_2": posted, "work-years_2": "3"},
    )
    response = desk.post("/candidates/register/", data)
    assert response.status_code == 200
    assert not Candidate.objects.exists()
    page = response.content.decode()
    assert REFUSED in page
    assert 'value="Rashid Mehmood"' in page and 'value="3"' in page
    # The trade that was chosen stays chosen, labelled as the suggestions label it.
    kept = select(page, "work-occupation_1")
    assert f'<option value="{mason.pk}" selected>' in kept
    assert "Mason (bricklayer) — Bricklayers and Related Workers · 7112" in kept


def test_the_refusal_is_in_urdu_on_an_urdu_page(desk, centre):
    desk.cookies["django_language"] = "ur"
    data = desk_form(centre.district, **{"work-occupation_1": "999999"})
    page = desk.post("/candidates/register/", data).content.decode()
    assert REFUSED_UR in page


def test_a_unit_group_is_required_not_a_major_group(desk, centre):
    crafts = Occupation.objects.get(code="7")
    response = desk.post(
        "/candidates/register/", desk_form(centre.district, **{"work-occupation_1": crafts.pk})
    )
    assert REFUSED in response.content.decode()
    assert not Candidate.objects.exists()


def test_the_desk_page_carries_no_list_of_occupations(desk):
    page = desk.get("/candidates/register/").content.decode()
    for name in ("work-occupation_1", "work-occupation_2", "work-abroad_occupation"):
        field = select(page, name)
        assert field.count("<option") == 1  # an empty one: the rest comes as typed
        assert 'data-autocomplete-url="/occupations/suggestions/"' in field
    assert "tom-select.popular.min" in page and "js/autocomplete" in page


def test_the_record_changes_a_trade_to_one_chosen_from_the_suggestions(client_for, isco):
    person = make_candidate(occupations=[(Occupation.objects.get(code="7411"), 5)])
    client = client_for("registration_officer", centre=person.centre)
    page = client.get(f"/candidates/{person.registration_number}/edit/").content.decode()
    chosen = select(page, "occupations-0-occupation")
    assert chosen.count("<option") == 1
    assert "Electrician — Building and Related Electricians · 7411" in chosen

    welder = suggested_id(client, "ویلڈر")
    response = client.post(
        f"/candidates/{person.registration_number}/edit/",
        edit_form(person, **{"occupations-0-occupation": welder}),
    )
    assert response.status_code == 302
    assert [o.occupation.code for o in person.occupations.all()] == ["7212"]


def test_the_record_refuses_an_unknown_trade_in_words(client_for, isco):
    person = make_candidate(occupations=[(Occupation.objects.get(code="7411"), 5)])
    client = client_for("registration_officer", centre=person.centre)
    response = client.post(
        f"/candidates/{person.registration_number}/edit/",
        edit_form(person, **{"occupations-0-occupation": "999999", "full_name": "Asif Ali"}),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert REFUSED in page and 'value="Asif Ali"' in page
    assert [o.occupation.code for o in person.occupations.all()] == ["7411"]
