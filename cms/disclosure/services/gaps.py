"""Gaps in disclosure: categories with nothing published for a year, and records published late.

Law 104/2016 Art. 18(4): when no special law sets a time, information is disclosed within 5 working days
of its creation. Working days come from the shared engine (`cms.workdays`).
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Max
from django.utils import timezone

from cms.workdays.services import add_working_days

from .. import categories
from ..models import CatalogueItem, DisclosureRecord
from . import site_records
from .catalogue import DOCUMENT_TYPE_CATEGORY

DISCLOSURE_WORKING_DAYS = 5  # Law 104/2016 Art. 18(4)
STALE_AFTER_DAYS = 365


@dataclass
class CategoryStatus:
    category: categories.Category
    last_published: datetime.date | None
    stale: bool


@dataclass
class LateItem:
    name: str
    created_on: datetime.date
    published_on: datetime.date
    due: datetime.date
    source: str
    pk: int


@dataclass
class Gaps:
    per_category: list = field(default_factory=list)
    late: list = field(default_factory=list)

    @property
    def stale(self):
        return [status for status in self.per_category if status.stale]


def _later(a, b):
    return max(d for d in (a, b) if d) if (a or b) else None


def last_published_by_category(site=None):
    """{code: last date anything under it was published}, from the three sources (of `site`'s body when given)."""
    last = {}
    for row in site_records(DisclosureRecord.objects.published(), site).values("category").annotate(
            on=Max("published_on")):
        last[row["category"]] = _later(last.get(row["category"]), row["on"])
    for row in site_records(CatalogueItem.objects.all(), site).values("category").annotate(on=Max("published_on")):
        last[row["category"]] = _later(last.get(row["category"]), row["on"])
    from cms.documents.models import LegalDocument
    from cms.documents.services import site_documents

    for row in site_documents(LegalDocument.objects.published(), site).values("document_type__abbreviation").annotate(
            on=Max("first_published_at")):
        code = DOCUMENT_TYPE_CATEGORY.get(row["document_type__abbreviation"], "a")
        on = timezone.localdate(row["on"]) if row["on"] else None
        last[code] = _later(last.get(code), on)
    return last


def late_items(site=None):
    """Records and linked items published more than 5 working days after the information was created."""
    late = []
    for source, rows in (
        ("record", site_records(DisclosureRecord.objects.published(), site).exclude(published_on=None)
         .values_list("pk", "title", "created_on", "published_on")),
        ("link", site_records(CatalogueItem.objects.all(), site).values_list("pk", "name", "created_on",
                                                                              "published_on")),
    ):
        for pk, name, created, published in rows:
            if not created or not published or published <= created:
                continue
            due = add_working_days(created, DISCLOSURE_WORKING_DAYS)
            if published > due:
                late.append(LateItem(name, created, published, due, source, pk))
    late.sort(key=lambda item: item.published_on, reverse=True)
    return late


def find_gaps(today=None, site=None):
    """Stale categories and late items; of `site`'s body for a component site, of every body for the province's."""
    today = today or timezone.localdate()
    stale_before = today - datetime.timedelta(days=STALE_AFTER_DAYS)
    last = last_published_by_category(site)
    per_category = [
        CategoryStatus(category, last.get(category.code),
                       last.get(category.code) is None or last[category.code] < stale_before)
        for category in categories.CATEGORIES
    ]
    return Gaps(per_category=per_category, late=late_items(site))
