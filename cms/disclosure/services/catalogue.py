"""The catalogue of information to be disclosed (Decree 13/2018 Art. 6(3)), built from what is published.

Three sources: the legal-document registry, the disclosure records and the items editors link to
elsewhere. Each becomes a CatalogueRow with the fields Art. 6(3) asks for: name, number and symbol,
date created, form of disclosure, time and period of disclosure, link or attached file.
A fixed number of queries whatever the number of rows.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from .. import categories
from ..models import CatalogueItem, DisclosureRecord
from ..models.common import DisclosureForm
from ..models.record import KIND_SECTIONS
from . import site_records

SOURCE_DOCUMENT = "document"
SOURCE_RECORD = "record"
SOURCE_LINK = "link"

# Registry documents fall under Art. 17(1)(a) unless their type says plan/programme (d) or report (l).
DOCUMENT_TYPE_CATEGORY = {"KH": "d", "CTr": "d", "ĐA": "d", "QH": "d", "BC": "l"}


@dataclass
class CatalogueRow:
    category: str
    name: str
    number: str
    body: str
    created_on: datetime.date | None
    form: str
    published_on: datetime.date | None
    publish_until: datetime.date | None
    period: str
    url: str
    source: str
    files: list = field(default_factory=list)  # [(title, url)]

    @property
    def category_label(self):
        category = categories.get(self.category)
        return category.label if category else self.category

    @property
    def source_label(self):
        return {SOURCE_DOCUMENT: _("Legal-document registry"), SOURCE_RECORD: _("Disclosure record"),
                SOURCE_LINK: _("Published elsewhere")}[self.source]

    @property
    def disclosure_time(self):
        """Time and period of disclosure, as one phrase."""
        if not self.published_on:
            return self.period
        text = _("from %(date)s") % {"date": self.published_on.strftime("%d/%m/%Y")}
        if self.publish_until:
            text += " " + _("to %(date)s") % {"date": self.publish_until.strftime("%d/%m/%Y")}
        elif self.period:
            text += f" ({self.period})"
        else:
            text += ", " + _("no end date")
        return text


@dataclass
class Filters:
    category: str = ""
    year: int | None = None
    body: int | None = None
    source: str = ""


def home_of(page):
    return Page.objects.get(path=page.path[: Page.steplen * 2])


def section_urls(home, request=None):
    """{section key: url} of the disclosure sections and the registry below `home`, in one query."""
    from cms.sections.models import SectionPage

    keys = list(KIND_SECTIONS.values()) + ["documents"]
    pages = SectionPage.objects.descendant_of(home).filter(section_key__in=keys).live()
    return {p.section_key: p.get_url(request=request) or "" for p in pages}


def _form_label(value):
    try:
        return str(DisclosureForm(value).label)
    except ValueError:
        return value or ""


def _date(value):
    return timezone.localdate(value) if isinstance(value, datetime.datetime) else value


def _period_text(start, end):
    if start and end:
        return _("period %(start)s–%(end)s") % {"start": start.strftime("%d/%m/%Y"), "end": end.strftime("%d/%m/%Y")}
    return ""


def document_rows(urls, filters, site=None):
    from cms.documents.models import LegalDocument
    from cms.documents.services import site_documents

    if filters.source and filters.source != SOURCE_DOCUMENT:
        return []
    qs = site_documents(LegalDocument.objects.published(), site).select_related("document_type", "issuing_body")
    if filters.body:
        qs = qs.filter(issuing_body_id=filters.body)
    if filters.year:
        qs = qs.filter(issue_date__year=filters.year)
    base = urls.get("documents", "")
    rows = []
    for doc in qs.only("number", "slug", "summary", "issue_date", "first_published_at", "disclosure_form",
                       "disclosure_period", "document_type__name", "document_type__abbreviation",
                       "issuing_body__name").order_by("-issue_date", "-pk"):
        category = DOCUMENT_TYPE_CATEGORY.get(doc.document_type.abbreviation, "a")
        if filters.category and category != filters.category:
            continue
        rows.append(CatalogueRow(
            category=category, name=f"{doc.document_type.name} {doc.number}: {doc.summary}", number=doc.number,
            body=doc.issuing_body.name, created_on=doc.issue_date, form=_form_label(doc.disclosure_form),
            published_on=_date(doc.first_published_at), publish_until=None, period=doc.disclosure_period,
            url=f"{base}{doc.slug}/" if base else "", source=SOURCE_DOCUMENT,
        ))
    return rows


def record_rows(urls, filters, site=None):
    if filters.source and filters.source != SOURCE_RECORD:
        return []
    qs = (site_records(DisclosureRecord.objects.published(), site).select_related("issuing_body")
          .prefetch_related("attachments"))
    if filters.category:
        qs = qs.filter(category=filters.category)
    if filters.body:
        qs = qs.filter(issuing_body_id=filters.body)
    rows = []
    for record in qs.order_by("-published_on", "-pk"):
        published = record.published_date
        if filters.year and (not published or published.year != filters.year):
            continue
        base = urls.get(KIND_SECTIONS.get(record.kind), "")
        url = f"{base}{record.pk}-{record.slug}/" if base else ""
        rows.append(CatalogueRow(
            category=record.category, name=record.title, number=record.number, body=record.body_display,
            created_on=record.created_on, form=_form_label(record.disclosure_form), published_on=published,
            publish_until=record.publish_until, period=_period_text(record.period_start, record.period_end),
            url=url, source=SOURCE_RECORD,
            files=[(a.display_title, f"{base}{record.pk}/tep/{a.pk}/") for a in record.attachments.all()] if base else [],
        ))
    return rows


def link_rows(filters, site=None):
    if filters.source and filters.source != SOURCE_LINK:
        return []
    qs = site_records(CatalogueItem.objects.all(), site).select_related("issuing_body")
    if filters.category:
        qs = qs.filter(category=filters.category)
    if filters.body:
        qs = qs.filter(issuing_body_id=filters.body)
    if filters.year:
        qs = qs.filter(published_on__year=filters.year)
    return [CatalogueRow(
        category=item.category, name=item.name, number=item.number, body=item.body_display,
        created_on=item.created_on, form=_form_label(item.disclosure_form), published_on=item.published_on,
        publish_until=item.publish_until, period=_period_text(item.period_start, item.period_end),
        url=item.url, source=SOURCE_LINK,
    ) for item in qs]


CATEGORY_ORDER = {code: index for index, code in enumerate(categories.CODES)}


def catalogue_rows(home, filters=None, request=None, site=None):
    """Every published item, grouped by Art. 17 category (in the law's order), newest first within each.
    On a component `site`, only its body's items (the province's site lists every body's)."""
    filters = filters or Filters()
    urls = section_urls(home, request)
    rows = document_rows(urls, filters, site) + record_rows(urls, filters, site) + link_rows(filters, site)
    rows.sort(key=lambda r: (r.published_on or datetime.date.min), reverse=True)
    rows.sort(key=lambda r: CATEGORY_ORDER.get(r.category, 99))
    return rows
