"""What people type, made comparable.

People here type digits in three scripts (ASCII, Urdu's ۰–۹, Arabic's ٠–٩), paste names
carrying characters nobody sees (zero-width spaces, direction marks from a phone's
keyboard), and type Urdu on Arabic keyboards, whose yeh, kaf and heh are other letters
to a computer. Every identifier field, search box and name goes through this module, so
that "۳۵۲۰۲-۱۲۳۴۵۶۷-۱" is the CNIC 35202-1234567-1 and "علي" finds "علی".

What a person typed is never overwritten by these functions' results on a page: forms
clean into `cleaned_data`, and a page with an error shows the typed text as it was.
"""

import re
import unicodedata

# Any decimal digit, of any script (Python's \d on str is Unicode's Nd).
_ANY_DIGIT = re.compile(r"\d")

# Characters with no glyph that carry no meaning in a name or a note: bidirectional
# marks, embeddings, overrides and isolates, zero-width space, word joiner, byte order
# mark, soft hyphen, the Arabic letter mark. Zero-width (non-)joiners are kept only
# between two letters, where Urdu uses them to keep a word's letters apart.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
    "|(?<!\\w)[\u200c\u200d]|[\u200c\u200d](?!\\w)"
)
# Control characters other than the line breaks and tabs of multi-line text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Every kind of space (no-break, thin, ideographic…) and line break, for one-line text.
_ANY_SPACE = re.compile(r"\s+")

# Letters an Arabic keyboard types where Urdu has letters of its own (yeh, alef maksura,
# kaf, heh, teh marbuta), folded to Urdu's; the two Urdu hehs (ہ, ھ) and heh goal with
# hamza are folded together as well: people type either.
ARABIC_KEYBOARD_LETTERS = "يىكهةۃھ"
URDU_LETTERS = "ییکہہہہ"
_URDU_FOLDED = str.maketrans(ARABIC_KEYBOARD_LETTERS, URDU_LETTERS)
# Short vowels and other marks written above or below Arabic-script letters (zabar,
# zer, pesh, shadd, sukun, the superscript alef), and the tatweel that only stretches a
# word: few type them, so a search compares without them.
ARABIC_MARKS = "[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]"
_ARABIC_MARKS = re.compile(ARABIC_MARKS)


def ascii_digits(text: str) -> str:
    """Every decimal digit of any script as its ASCII digit: '۰۳۰۰' -> '0300'."""
    return _ANY_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)


def visible_text(text: str, *, multiline: bool = False) -> str:
    """`text` without the characters nobody sees, in Unicode's composed form (NFC), its
    spaces made plain and trimmed. One line unless `multiline`, whose line breaks stay."""
    text = _CONTROL.sub("", _INVISIBLE.sub("", unicodedata.normalize("NFC", text or "")))
    if multiline:
        lines = (_ANY_SPACE.sub(" ", line).strip() for line in text.splitlines())
        return "\n".join(lines).strip()
    return _ANY_SPACE.sub(" ", text).strip()


def typed_digits(value):
    """What a person typed, its digits in ASCII and its invisible characters gone, as
    every identifier, number and date is read; what is not text is returned as it is."""
    return ascii_digits(visible_text(value)) if isinstance(value, str) else value


def folded(text: str) -> str:
    """`text` as searches compare it: visible, ASCII digits, lower case, Arabic-keyboard
    letters as Urdu's, without vowel marks, one space between words."""
    text = typed_digits(text).lower().translate(_URDU_FOLDED)
    return _ARABIC_MARKS.sub("", text)
