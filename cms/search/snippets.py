"""Result text for visitors: a short passage around the first match, with matches marked, escaped safely."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search import index

from .fields import FoldedText, plain
from .text import fold_keep_length

SNIPPET_LENGTH = 240
MAX_TEXT = 20_000


def indexed_text(obj):
    """The plain text of an object's searchable fields other than the title (what the index saw)."""
    parts = []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and not isinstance(field, FoldedText) and field.field_name != "title":
            try:
                parts.append(plain(field.get_value(obj)))
            except Exception:  # noqa: BLE001 - a broken field must not break the results page
                continue
    return " ".join(" ".join(parts).split())[:MAX_TEXT]


def _pattern(terms):
    terms = [re.escape(t) for t in terms if t]
    if not terms:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(terms) + r")(?![^\W_])")


def mark(text, terms):
    """Escape `text` and wrap the (accent-insensitive) matches of `terms` in <mark>."""
    text = str(text or "")
    pattern = _pattern(terms)
    if pattern is None:
        return escape(text)
    folded = fold_keep_length(text)
    out, last = [], 0
    for match in pattern.finditer(folded):
        out.append(escape(text[last:match.start()]))
        out.append("<mark>" + escape(text[match.start():match.end()]) + "</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))


def snippet(text, terms, length=SNIPPET_LENGTH):
    """A passage of about `length` characters around the first match (or the start), marked."""
    text = str(text or "")
    pattern = _pattern(terms)
    start = 0
    if pattern is not None:
        match = pattern.search(fold_keep_length(text))
        if match:
            start = max(0, match.start() - length // 3)
            space = text.rfind(" ", 0, start)
            start = space + 1 if start and space != -1 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    passage = mark(text[start:end], terms)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + passage + suffix)
