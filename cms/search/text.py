"""Vietnamese query and index text: tokens, folded copies, document numbers.

Tone marks change meaning, so the index keeps the original text and a folded copy next to it; a query
is matched against both, and results with the exact marks rank first. Document numbers
(số, ký hiệu) are matched in any spelling: "12/2024/QĐ-UBND", "12/2024/qd-ubnd", "12-2024-QD-UBND".
"""

import re
import unicodedata

from cms.core.text import strip_marks

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12

_WORD = re.compile(r"[^\W_]+")
# A number-and-symbol: a sequence number, then 1+ parts separated by / or - (with optional spaces).
_NUMBER = re.compile(r"(?<![^\W_])\d{1,6}[a-zA-Z]?(?:\s*[/\-]\s*[^\W_]+){1,5}")
_YEAR = re.compile(r"^(19|20)\d{2}$")


def clean_query(raw):
    """What we search for: NFC, single spaces, control characters dropped, at most 200 characters."""
    text = unicodedata.normalize("NFC", str(raw or ""))
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip()


def fold_char(ch):
    """One character without marks, lower-cased; always one character, so positions survive folding."""
    folded = strip_marks(ch).lower()
    return folded[:1] if len(folded) >= 1 else ch


def fold_keep_length(text):
    return "".join(fold_char(ch) for ch in text)


def words(text):
    """Lower-cased words (letters and digits), punctuation dropped."""
    return _WORD.findall(str(text).lower())


def has_marks(text):
    return any(fold_char(ch) != ch.lower() for ch in text if ch.isalpha())


def canonical_number(parts):
    """['12', '2024', 'qd', 'ubnd'] -> '12/2024/qd-ubnd'; ['1234', 'ubnd', 'kt'] -> '1234/ubnd-kt'.

    Decree 30/2020 numbers are "sequence/year/type-issuer" or "sequence/issuer-unit", so the separators
    of a number typed with dashes only can be put back.
    """
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return "/".join(parts)
    head = [parts[0]]
    rest = parts[1:]
    if _YEAR.match(rest[0]) and len(rest) > 1:
        head.append(rest[0])
        rest = rest[1:]
    return "/".join(head) + "/" + "-".join(rest)


def numbers_in(text):
    """Folded canonical spellings of the document numbers found in a text."""
    found = []
    for match in _NUMBER.finditer(str(text)):
        parts = words(fold_keep_length(match.group(0)))
        if len(parts) >= 2 and any(not p.isdigit() for p in parts[1:]):
            number = canonical_number(parts)
            if number not in found:
                found.append(number)
    return found


def folded_index_text(*values):
    """The folded copy stored in the search index: words without marks, plus canonical document numbers."""
    text = " ".join(str(v) for v in values if v)
    tokens = words(fold_keep_length(text))
    return " ".join(tokens + numbers_in(text))
