"""Validity status (DESIGN.md §3), derived from dates and from relations that end or suspend a document.

Recomputed on every save and daily by `manage.py recompute_validity`, so "not yet in force" turns into
"in force" on its effective date without anyone touching the document.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from .models.relations import ENDING_KINDS, SUSPENDING_KINDS
from .models.status import ValidityStatus

# The most serious status wins when several apply.
_SEVERITY = [ValidityStatus.EXPIRED, ValidityStatus.SUSPENDED, ValidityStatus.PARTLY_EXPIRED,
             ValidityStatus.PARTLY_SUSPENDED]


def derive_status(issue_date, effective_date, expiry_date, incoming, today):
    """`incoming`: (kind, partial, starts_on) of relations pointing at the document from published documents."""
    start = effective_date or issue_date
    if expiry_date and today >= expiry_date:
        return ValidityStatus.EXPIRED
    found = set()
    for kind, partial, starts_on in incoming:
        if starts_on is None or starts_on > today:
            continue
        if kind in ENDING_KINDS:
            found.add(ValidityStatus.PARTLY_EXPIRED if partial else ValidityStatus.EXPIRED)
        elif kind in SUSPENDING_KINDS:
            found.add(ValidityStatus.PARTLY_SUSPENDED if partial else ValidityStatus.SUSPENDED)
    for status in _SEVERITY:
        if status in found:
            return status
    if start and today < start:
        return ValidityStatus.NOT_YET
    return ValidityStatus.IN_FORCE


def _incoming_rows(target_ids):
    """{target id: [(kind, partial, starts_on)]} for relations from published documents, in one query."""
    from .models import DocumentRelation

    rows = {}
    relations = (DocumentRelation.objects.filter(target_id__in=target_ids, source__live=True)
                 .values_list("target_id", "kind", "articles", "effective_date",
                              "source__effective_date", "source__issue_date"))
    for target_id, kind, articles, effective, src_effective, src_issued in relations:
        rows.setdefault(target_id, []).append((kind, bool(articles.strip()), effective or src_effective or src_issued))
    return rows


def status_for(document, today):
    """The status a document shows: the editor's override, else the derived one."""
    if document.status_override:
        return document.status_override
    incoming = _incoming_rows([document.pk]).get(document.pk, []) if document.pk else []
    return derive_status(document.issue_date, document.effective_date, document.expiry_date, incoming, today)


def recompute(today=None, ids=None, batch_size=2000, progress=None):
    """Recompute and store the status of every document (or of `ids`); returns how many changed."""
    from .models import LegalDocument

    today = today or timezone.localdate()
    queryset = LegalDocument.objects.order_by("pk")
    if ids is not None:
        queryset = queryset.filter(pk__in=list(ids))
    changed = 0
    last_pk = 0
    while True:
        batch = list(queryset.filter(pk__gt=last_pk).only(
            "pk", "issue_date", "effective_date", "expiry_date", "status_override",
            "validity_status", "validity_computed_on")[:batch_size])
        if not batch:
            break
        last_pk = batch[-1].pk
        incoming = _incoming_rows([doc.pk for doc in batch])
        updates = []
        for doc in batch:
            status = doc.status_override or derive_status(
                doc.issue_date, doc.effective_date, doc.expiry_date, incoming.get(doc.pk, []), today)
            if status != doc.validity_status:
                changed += 1
            if status != doc.validity_status or doc.validity_computed_on != today:
                doc.validity_status = status
                doc.validity_computed_on = today
                updates.append(doc)
        with transaction.atomic():
            LegalDocument.objects.bulk_update(updates, ["validity_status", "validity_computed_on"], batch_size=500)
        if progress:
            progress(len(batch))
    return changed


def recompute_targets_of(source_id, today=None):
    """After a document or one of its relations changes, its targets' statuses may change too."""
    from .models import DocumentRelation

    target_ids = set(DocumentRelation.objects.filter(source_id=source_id).values_list("target_id", flat=True))
    if target_ids:
        recompute(today=today, ids=target_ids)


def as_of_label(date):
    return date.strftime("%d/%m/%Y") if isinstance(date, datetime.date) else ""
