"""Use cases and helpers of the registry that views, the API, exports and hooks share."""

import json

from django.db.models import Q
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from cms.core.admin_scoping import SiteScope, public_records

from .models import DocumentIndexPage, DocumentRelation, LegalDocument, ValidityStatus

DOCUMENT_SCOPE = SiteScope("issuing_body__site", null_is_province=True)
BODY_SCOPE = SiteScope("site", null_is_province=True)


def site_documents(queryset, site):
    """The documents a public page of `site` shows: a component site's own bodies' documents, or all."""
    return public_records(queryset, site, DOCUMENT_SCOPE)


def link_bodies_to_site(profile):
    """A component site shows its body's documents: the issuing body named like a department's site, or a
    commune's People's Council and People's Committee; created when missing, linked when not yet linked."""
    from cms.core.sites import SiteKind

    from .models import IssuingBody

    if profile.kind == SiteKind.DEPARTMENT:
        wanted = [(profile.name, IssuingBody.Level.DEPARTMENT)]
    elif profile.kind == SiteKind.COMMUNE:
        place = profile.name[:1].lower() + profile.name[1:]
        wanted = [(f"Hội đồng nhân dân {place}", IssuingBody.Level.COMMUNE),
                  (f"Ủy ban nhân dân {place}", IssuingBody.Level.COMMUNE)]
    else:
        return []
    linked = []
    for name, level in wanted:
        body = IssuingBody.objects.filter(name__iexact=name).first()
        if body is None:
            body = IssuingBody.objects.create(name=name, level=level, site=profile.site)
        elif body.site_id is None:
            body.site = profile.site
            body.save(update_fields=["site"])
        linked.append(body)
    return linked


def registry_page(site=None):
    """The live registry section of the default language (of `site` when given), or None."""
    pages = DocumentIndexPage.objects.live().order_by("path")
    if site is not None:
        pages = pages.filter(path__startswith=site.root_page.path)
    try:
        default = Locale.get_default()
        page = pages.filter(locale=default).first()
    except Locale.DoesNotExist:
        page = None
    return page or pages.first()


def detail_queryset():
    """Published documents with what a detail page shows; relations are read by `find_document`."""
    return (LegalDocument.objects.published()
            .select_related("document_type", "issuing_body")
            .prefetch_related("fields", "attachments"))


def load_relations(document):
    """Set `live_relations_out` and `live_relations_in` (live documents at the other end) in one query."""
    rows = (DocumentRelation.objects
            .filter(Q(source=document, target__live=True) | Q(target=document, source__live=True))
            .select_related("source__document_type", "target__document_type"))
    out = sorted((r for r in rows if r.source_id == document.pk), key=lambda r: (r.sort_order, r.pk))
    into = sorted((r for r in rows if r.target_id == document.pk and r.source_id != document.pk),
                  key=lambda r: (r.source.issue_date, r.pk))
    document.live_relations_out, document.live_relations_in = out, into
    return document


def find_document(key, queryset=None):
    """A published document by id (digits) or by slug, with its live relations both ways, or None."""
    queryset = detail_queryset() if queryset is None else queryset
    key = str(key)
    document = queryset.filter(pk=int(key)).first() if key.isdigit() else queryset.filter(slug=key).first()
    return load_relations(document) if document is not None else None


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

