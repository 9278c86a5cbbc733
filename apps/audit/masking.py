"""How personal values appear in the audit trail: not at all.

The trail is append-only, so whatever it holds can never be erased; it records that a
personal field changed, never what it said (erasure by anonymisation stays complete).
"""

WITHHELD = "•••"


def withhold(value: str) -> str:
    return WITHHELD
