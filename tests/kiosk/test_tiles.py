"""Kiosk tiles say what is chosen: no tick on a tile nobody chose; countries with
their flag and their short name."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.utils import translation

from apps.candidates.forms import COMMON_DESTINATIONS
from tests.kiosk.test_kiosk_wizard import answers, fill, kiosk  # noqa: F401

pytestmark = pytest.mark.django_db


def reach_destinations(client):
    for step in ("identity", "contact", "education", "work"):
        assert fill(client, step, answers()[step]).status_code == 302


def test_unchosen_destination_tiles_carry_no_tick_and_show_a_flag(kiosk):  # noqa: F811
    reach_destinations(kiosk)
    page = kiosk.get("/kiosk/register/destinations/").text
    tiles = re.findall(
        r'<label class="btn btn-outline-primary kiosk-choice".*?</label>', page, re.S
    )
    assert len(tiles) == len(COMMON_DESTINATIONS)
    assert not any("bi-check" in tile for tile in tiles)
    assert all('class="kiosk-flag"' in tile for tile in tiles)
    assert not re.search(r'name="destination_countries"[^>]*checked', page)


def test_a_chosen_tile_is_marked_checked_after_going_back(kiosk):  # noqa: F811
    reach_destinations(kiosk)
    fill(kiosk, "destinations", {"destination_countries": ["KR"], "available_from": ""}, "back")
    page = kiosk.get("/kiosk/register/destinations/").text
    assert re.search(r'value="KR"\s*checked', page)
    assert not re.search(r'value="SA"\s*checked', page)


def test_every_offered_destination_has_a_vendored_flag():
    for code in COMMON_DESTINATIONS:
        assert finders.find(f"vendor/flag-icons/4x3/{code.lower()}.svg"), code


def test_countries_have_their_short_names_in_both_languages(kiosk):  # noqa: F811
    reach_destinations(kiosk)
    page = kiosk.get("/kiosk/register/destinations/").text
    assert ">Korea<" in page and ">United Kingdom<" in page
    assert "Republic of" not in page and "Great Britain" not in page
    with translation.override("ur"):
        kiosk.cookies["django_language"] = "ur"
        urdu = kiosk.get("/kiosk/register/destinations/").text
    assert ">کوریا<" in urdu and ">برطانیہ<" in urdu


def test_each_date_list_is_named_for_what_it_holds_and_starts_empty(kiosk):  # noqa: F811
    page = kiosk.get("/kiosk/register/identity/").text
    for part, name in (("day", "Day"), ("month", "Month"), ("year", "Year")):
        chooser = re.search(rf'<select name="date_of_birth_{part}".*?</select>', page, re.S)[0]
        assert f'aria-label="{name}"' in chooser
        first = re.search(r"<option[^>]*>([^<]*)</option>", chooser)
        assert 'value=""' in first[0] and first[1] == name
