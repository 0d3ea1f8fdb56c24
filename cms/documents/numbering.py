"""Number-and-symbol of a document (số, ký hiệu), normalised per DESIGN.md §3 and Decree 30/2020.

"Số: 12 / 2024 / QÐ-UBND" -> "12/2024/QĐ-UBND": NFC, no leading "Số:", no spaces around "/" or "-",
the Icelandic eth (U+00D0, common in old fonts) read as the Vietnamese Đ (U+0110).
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_PREFIX = re.compile(r"^\s*s[ốo]\s*[:.]?\s*", re.IGNORECASE)
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
                         "\u00d0": "\u0110", "\u00f0": "\u0111"})
_AROUND = re.compile(r"\s*([/-])\s*")
# 12/2024/QĐ-UBND, 15/2024/NQ-HĐND, 1234/UBND-KT, 45/KH-UBND, 07/CT-UBND, 12a/TB-VP, 3/2025/QyĐ-UBND
_LETTERS = "A-Za-zĐđ"
NUMBER_PATTERN = re.compile(
    rf"^(?P<seq>\d{{1,6}}[a-z]?)(?:/(?P<year>(?:19|20)\d{{2}}))?/[{_LETTERS}0-9]+(?:[-.][{_LETTERS}0-9]+)*$"
)
NUMBER_HELP = _("For example 12/2024/QĐ-UBND, 15/2024/NQ-HĐND, 1234/UBND-KT or 45/KH-UBND.")


def normalise_number(value):
    """The canonical spelling of a number-and-symbol, used for storage, uniqueness and slugs."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).translate(_DASHES)
    text = _PREFIX.sub("", text, count=1)
    text = _AROUND.sub(r"\1", text.strip())
    return " ".join(text.split())


def validate_number(value):
    if not NUMBER_PATTERN.match(value or ""):
        raise ValidationError(
            _("“%(value)s” is not a valid number and symbol. %(help)s"),
            code="invalid_number", params={"value": value, "help": NUMBER_HELP},
        )


def year_in_number(value):
    match = NUMBER_PATTERN.match(value or "")
    return int(match.group("year")) if match and match.group("year") else None
