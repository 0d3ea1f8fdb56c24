"""Use cases and helpers of the registry that views, the API, exports and hooks share."""

import json

from django.db.models import Prefetch
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from .models import DocumentIndexPage, DocumentRelation, LegalDocument, ValidityStatus


def registry_page():
    """The live registry section of the default language (one query), or None."""
    pages = DocumentIndexPage.objects.live().order_by("path")
    try:
        default = Locale.get_default()
        page = pages.filter(locale=default).first()
    except Locale.DoesNotExist:
        page = None
    return page or pages.first()


def detail_queryset():
    live_out = DocumentRelation.objects.filter(target__live=True).select_related(
        "target__document_type").order_by("sort_order", "pk")
    live_in = DocumentRelation.objects.filter(source__live=True).select_related(
        "source__document_type").order_by("source__issue_date", "pk")
    return (LegalDocument.objects.published()
            .select_related("document_type", "issuing_body")
            .prefetch_related("fields", "attachments",
                              Prefetch("relations_out", queryset=live_out, to_attr="live_relations_out"),
                              Prefetch("relations_in", queryset=live_in, to_attr="live_relations_in")))


def find_document(key, queryset=None):
    """A published document by id (digits) or by slug, or None."""
    queryset = detail_queryset() if queryset is None else queryset
    key = str(key)
    if key.isdigit():
        return queryset.filter(pk=int(key)).first()
    return queryset.filter(slug=key).first()


def document_url(index_url, document):
    return f"{index_url}{document.slug}/"


_LD_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
               0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_ld(document, absolute_url, index_absolute_url, province_name=""):
    """schema.org Legislation for search engines and national crawlers, safe inside a <script> element."""
    def link(other):
        return index_absolute_url + other.slug + "/"

    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "@id": absolute_url,
        "url": absolute_url,
        "name": f"{document.document_type.name} {document.number}",
        "description": document.summary,
        "legislationIdentifier": document.number,
        "legislationType": document.document_type.name,
        "legislationDate": document.issue_date.isoformat(),
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": document.issuing_body.name},
        "legislationLegalForce": ValidityStatus.schema_org(document.validity_status),
        "inLanguage": "vi",
    }
    if document.effective_date:
        data["legislationDateOfApplicability"] = document.effective_date.isoformat()
    if document.expiry_date:
        data["expires"] = document.expiry_date.isoformat()
    if province_name:
        data["legislationJurisdiction"] = province_name
    if document.signer_name:
        data["legislationResponsible"] = {"@type": "Person", "name": document.signer_name,
                                          "jobTitle": document.signer_position}
    changes = [link(r.target) for r in document.live_relations_out
               if r.kind in {"amends", "replaces", "repeals", "suspends", "corrects"}]
    if changes:
        data["legislationChanges"] = [{"@id": url} for url in changes]
    consolidates = [link(r.target) for r in document.live_relations_out if r.kind == "consolidates"]
    if consolidates:
        data["legislationConsolidates"] = [{"@id": url} for url in consolidates]
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_LD_ESCAPES))

