"""A search field that indexes a folded copy (no tone marks, đ -> d) of other fields.

Added to a model's `search_fields` next to the original fields, it needs no database column and no
migration: `FoldedText("title")` folds the title into the title vector; `FoldedText("body", also=["intro"])`
folds the body and the introduction into the body vector.
"""

from django.utils.html import strip_tags
from wagtail.search import index

from .text import folded_index_text


def plain(value):
    """Any indexed value (string, list from a StreamField, rich text) as plain text."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(plain(v) for v in value)
    if isinstance(value, dict):
        return " ".join(plain(v) for v in value.values())
    return strip_tags(str(value))


class FoldedText(index.SearchField):
    def __init__(self, field_name, also=(), boost=None, **kwargs):
        super().__init__(field_name, boost=boost, **kwargs)
        self.also = tuple(also)

    def get_value(self, obj):
        values = [plain(super().get_value(obj))]
        for name in self.also:
            values.append(plain(index.SearchField(name).get_value(obj)))
        return folded_index_text(*values)
