"""Vietnamese-aware text helpers: folding tone marks and making slugs.

Every slug the project makes comes from `slugify_vi`, and the admin's slug autofill
(static/js/admin-slug.js) implements the same rules.
"""

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def strip_marks(text):
    """Remove Vietnamese tone and vowel marks and map đ/Đ to d/D, keeping case."""
    decomposed = unicodedata.normalize("NFD", str(text).translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def fold(text):
    """Lower-case text without marks and with single spaces, for accent-insensitive comparison."""
    return " ".join(strip_marks(text).lower().split())


def slugify_vi(text, max_length=255):
    """'Đầu mối cung cấp thông tin' -> 'dau-moi-cung-cap-thong-tin'."""
    slug = _NON_SLUG.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug
