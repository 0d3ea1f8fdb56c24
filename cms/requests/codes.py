"""Tracking codes: short, easy to read aloud, not guessable.

Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), shown in two groups of five:
29^10 ≈ 4·10^14 codes, so guessing one is hopeless and look-ups are rate-limited as well.
"""

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
LENGTH = 10


def new_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def format_code(code):
    return f"{code[:5]}-{code[5:]}" if code else ""


def normalise_code(value):
    """What a citizen typed or read aloud -> the stored form (case, spaces and dashes do not matter)."""
    cleaned = "".join(ch for ch in (value or "").upper() if ch.isalnum())
    return cleaned


def is_well_formed(code):
    return len(code) == LENGTH and all(ch in ALPHABET for ch in code)
