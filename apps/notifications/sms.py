"""How many SMS segments a text costs.

A text in the GSM 7-bit alphabet fits 160 characters in one message and 153 in each
part of a longer one; anything else (Urdu, for one) is sent as UCS-2: 70 characters in
one message, 67 in each part. Operators charge per part, and a basic phone may show a
long message in pieces, so the portal's Urdu messages are kept within two parts.
"""

import math

# The GSM 03.38 basic character set, and the extension table's characters, which cost
# two places each.
GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = "^{}\\[~]|€\f"

SINGLE_GSM, PART_GSM = 160, 153
SINGLE_UCS2, PART_UCS2 = 70, 67


def sms_segments(text: str) -> int:
    """The number of SMS parts `text` is sent in (1 for an empty text)."""
    if all(character in GSM_BASIC or character in GSM_EXTENSION for character in text):
        length = len(text) + sum(character in GSM_EXTENSION for character in text)
        single, part = SINGLE_GSM, PART_GSM
    else:
        # UCS-2 counts UTF-16 code units: a character beyond the BMP takes two.
        length = len(text.encode("utf-16-le")) // 2
        single, part = SINGLE_UCS2, PART_UCS2
    return 1 if length <= single else math.ceil(length / part)
