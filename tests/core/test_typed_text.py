"""What people type, made comparable: digits of any script, invisible characters,
Urdu typed on an Arabic keyboard."""

from hypothesis import given
from hypothesis import strategies as st

from apps.core.typed_text import ascii_digits, folded, visible_text

URDU_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
INVISIBLE = [
    "\u200b",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\ufeff",
    "\u061c",
]


def in_script(text: str, digits: str) -> str:
    return text.translate(str.maketrans("0123456789", digits))


@given(st.text(alphabet="0123456789 -+/", max_size=30))
def test_digits_of_every_script_mean_the_same(typed):
    assert ascii_digits(in_script(typed, URDU_DIGITS)) == typed
    assert ascii_digits(in_script(typed, ARABIC_DIGITS)) == typed
    assert ascii_digits(typed) == typed


@given(st.text(max_size=40))
def test_ascii_digits_leaves_only_ascii_digits_and_everything_else_alone(text):
    converted = ascii_digits(text)
    assert len(converted) == len(text)
    assert all(not c.isdecimal() or c in "0123456789" for c in converted)
    assert [c for c in converted if not c.isdecimal()] == [c for c in text if not c.isdecimal()]


@given(st.text(max_size=40), st.lists(st.sampled_from(INVISIBLE), max_size=5))
def test_visible_text_drops_what_nobody_sees_and_is_stable(text, marks):
    cleaned = visible_text(text)
    assert visible_text(cleaned) == cleaned
    assert not any(mark in cleaned for mark in INVISIBLE)
    assert visible_text("".join(marks) + text + "".join(marks)) == cleaned


def test_a_name_made_of_invisible_characters_is_empty():
    assert visible_text("\u200b\u200e\u2066 \u00a0\u2069") == ""
    assert visible_text("\u202eAli\u202c Raza\u200f") == "Ali Raza"


def test_a_joiner_between_urdu_letters_is_kept_and_stray_ones_go():
    assert visible_text("ذمہ\u200cدار") == "ذمہ\u200cدار"
    assert visible_text("\u200cعلی\u200d") == "علی"


def test_multiline_text_keeps_its_lines():
    assert visible_text(" Street 1\u200b\r\n  Lahore \n", multiline=True) == "Street 1\nLahore"


def test_urdu_typed_on_an_arabic_keyboard_folds_to_urdu():
    assert folded("علي") == folded("علی")
    assert folded("كريم") == folded("کریم")
    assert folded("فاطمة") == folded("فاطمہ")
    assert folded("بھٹی") == folded("بہٹی")
    assert folded("مُحَمَّد") == folded("محمد")
    assert folded("Muhammad  ASLAM") == "muhammad aslam"
