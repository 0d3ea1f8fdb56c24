"""The public filters of the registry, shared by the list page, the exports and the JSON API.

Every filter state is a plain query string (shareable, works without JavaScript). A value that does not
validate is dropped with a message, and the rest of the filters still apply: never a 500.
"""

import re
from dataclasses import dataclass, field

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from cms.core.text import fold

from . import lists_cache
from .models import LegalDocument, ValidityStatus

MAX_QUERY_LENGTH = 200
MAX_TOKENS = 10
DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"]
PAGE_SIZE = 20
_NUMBER_START = re.compile(r"^\d")

SORTS = {
    "newest": ("-issue_date", "-id"),
    "oldest": ("issue_date", "id"),
    "effective": ("-effective_date", "-issue_date", "-id"),
    "number": ("number", "id"),
}
SORT_CHOICES = [
    ("newest", gettext_lazy("Newest first")),
    ("oldest", gettext_lazy("Oldest first")),
    ("effective", gettext_lazy("Latest effective date")),
    ("number", gettext_lazy("Number and symbol")),
]


def text_tokens(value):
    """Folded search words; a "số" just before a number is the word "number", not part of the text."""
    tokens = fold(value).split()
    kept = [t for i, t in enumerate(tokens)
            if not (t in {"so", "so:"} and i + 1 < len(tokens) and _NUMBER_START.match(tokens[i + 1]))]
    return kept[:MAX_TOKENS]


class YearField(forms.IntegerField):
    default_error_messages = {"invalid": gettext_lazy("Enter a year such as 2024.")}


class DocumentFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_text", label=gettext_lazy("Number or summary contains"), max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": gettext_lazy("The search text may be at most %(limit_value)d characters.")})
    type = django_filters.ChoiceFilter(
        method="filter_list", choices=lambda: lists_cache.choices("type"), label=gettext_lazy("Document type"),
        empty_label=gettext_lazy("All types"),
        error_messages={"invalid_choice": gettext_lazy("There is no such document type.")})
    body = django_filters.ChoiceFilter(
        method="filter_list", choices=lambda: lists_cache.choices("body"), label=gettext_lazy("Issuing body"),
        empty_label=gettext_lazy("All issuing bodies"),
        error_messages={"invalid_choice": gettext_lazy("There is no such issuing body.")})
    field = django_filters.ChoiceFilter(
        method="filter_list", choices=lambda: lists_cache.choices("field"), label=pgettext_lazy("legal document", "Field"),
        empty_label=gettext_lazy("All fields"),
        error_messages={"invalid_choice": gettext_lazy("There is no such field.")})
    signer = django_filters.CharFilter(method="filter_signer", label=gettext_lazy("Signer"), max_length=150)
    year = django_filters.NumberFilter(field_name="issue_year", label=gettext_lazy("Year of issue"),
                                       min_value=1945, max_value=2100)
    from_date = django_filters.DateFilter(field_name="issue_date", lookup_expr="gte", label=gettext_lazy("Issued from"),
                                          input_formats=DATE_FORMATS)
    to_date = django_filters.DateFilter(field_name="issue_date", lookup_expr="lte", label=gettext_lazy("Issued until"),
                                        input_formats=DATE_FORMATS)
    status = django_filters.ChoiceFilter(
        field_name="validity_status", choices=ValidityStatus.choices, label=gettext_lazy("Validity"),
        empty_label=gettext_lazy("Any validity"),
        error_messages={"invalid_choice": gettext_lazy("There is no such validity status.")})
    sort = django_filters.ChoiceFilter(method="filter_sort", choices=SORT_CHOICES, label=gettext_lazy("Sort by"),
                                       empty_label=None)

    class Meta:
        model = LegalDocument
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = data.copy()
            if not data.get("sort"):
                data["sort"] = "newest"
        super().__init__(data, *args, **kwargs)
        self.form.fields["year"].widget = forms.NumberInput(attrs={"min": 1945, "max": 2100, "inputmode": "numeric"})
        self.form.fields["year"].error_messages["invalid"] = _("Enter a year such as 2024.")
        for name in ("from", "to"):
            self.form.fields[name].widget = forms.DateInput(
                attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off"}, format="%d/%m/%Y")
            self.form.fields[name].error_messages["invalid"] = _(
                "Enter a real date as dd/mm/yyyy (for example 28/02/2024).")
        self.form.fields["q"].widget.input_type = "search"

    def filter_text(self, queryset, name, value):
        for token in text_tokens(value):
            queryset = queryset.filter(search_folded__contains=token)
        return queryset

    def filter_list(self, queryset, name, value):
        pk = lists_cache.id_for(name, value)
        lookup = {"type": "document_type_id", "body": "issuing_body_id", "field": "fields__id"}[name]
        return queryset.filter(**{lookup: pk})

    def filter_signer(self, queryset, name, value):
        folded = fold(value)
        return queryset.filter(signer_folded__contains=folded) if folded else queryset

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*SORTS.get(value, SORTS["newest"]))

    @property
    def qs(self):
        queryset = super().qs
        if not self.form.cleaned_data.get("sort"):
            queryset = queryset.order_by(*SORTS["newest"])
        return queryset


# In addresses the dates are ?from=…&to=… ("from" cannot be a Python attribute name).
DocumentFilter.base_filters = {
    {"from_date": "from", "to_date": "to"}.get(name, name): value
    for name, value in DocumentFilter.base_filters.items()
}
PUBLIC_PARAMS = tuple(DocumentFilter.base_filters)


@dataclass
class FilterResult:
    form: forms.Form
    queryset: object
    errors: list = field(default_factory=list)  # [(parameter, label, message)]


def filter_documents(params, queryset=None):
    """Apply the public filters; invalid values are dropped with a message each, the others still apply."""
    queryset = LegalDocument.objects.published() if queryset is None else queryset
    shown = DocumentFilter(params, queryset=queryset)
    if shown.is_valid():
        return FilterResult(shown.form, shown.qs)
    errors = []
    cleaned = params.copy()
    for name, messages in shown.form.errors.items():
        label = shown.form.fields[name].label if name in shown.form.fields else name
        errors.extend((name, str(label), str(message)) for message in messages)
        cleaned.pop(name, None)
    applied = DocumentFilter(cleaned, queryset=queryset)
    applied.is_valid()
    return FilterResult(shown.form, applied.qs, errors)


@dataclass
class PageResult:
    page: object
    message: str = ""


def paginate(queryset, number, per_page=PAGE_SIZE):
    """A page of results; a bad or too large page number shows the nearest page with a message."""
    paginator = Paginator(queryset, per_page)
    message = ""
    try:
        wanted = int(str(number or "1"))
    except ValueError:
        wanted = 1
        message = _("The page number “%(number)s” is not valid; showing the first page.") % {"number": str(number)[:20]}
    last = paginator.num_pages or 1
    if wanted < 1:
        wanted = 1
        message = _("The page number is not valid; showing the first page.")
    elif wanted > last:
        message = _("There are only %(total)d pages; showing the last one.") % {"total": last}
        wanted = last
    return PageResult(paginator.page(wanted), message)
