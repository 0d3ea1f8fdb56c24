"""Public views of the disclosure sections and the catalogue (called from the pages' routes)."""

import datetime

from django.http import FileResponse, Http404
from django.utils import timezone

from cms.core.pagination import paginate

from .exports import render_export
from .forms import CatalogueFilterForm, RecordFilterForm
from .models import CatalogueItem, DisclosureRecord
from .models.record import DisclosureKind
from .services import gaps as gap_service
from .services import site_records
from .services.catalogue import Filters, catalogue_rows, home_of

PAGE_SIZE = 20
CATALOGUE_PAGE_SIZE = 50


def _bodies(queryset):
    """(pk, name) of the issuing bodies used by `queryset`, in one query."""
    return list(queryset.exclude(issuing_body=None).order_by("issuing_body__name")
                .values_list("issuing_body_id", "issuing_body__name").distinct())


def _years(dates):
    return sorted({d.year for d in dates if d}, reverse=True)


def record_list(page, request):
    kind = page.kind
    records = site_records(DisclosureRecord.objects.published().of_kind(kind), page.get_site())
    years = _years(records.dates("published_on", "year"))
    form = RecordFilterForm(request.GET or None, years, _bodies(records), budget=kind == DisclosureKind.BUDGET)
    status = 200
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data.get("nam"):
            records = records.filter(published_on__year=data["nam"])
        if data.get("co_quan"):
            records = records.filter(issuing_body_id=data["co_quan"])
        if data.get("nhom"):
            records = records.filter(category=data["nhom"])
        if data.get("giai_doan"):
            records = records.filter(budget_stage=data["giai_doan"])
    elif form.is_bound:
        status = 400
    items = paginate(request, records.for_listing(), PAGE_SIZE)
    for record in items:
        record.url = page.record_url(record, request)
    response = page.render(request, context_overrides={"records": items, "filter_form": form, "kind": kind})
    response.status_code = status
    return response


def _published_record(page, pk):
    record = (site_records(DisclosureRecord.objects.published().of_kind(page.kind), page.get_site())
              .select_related("issuing_body").prefetch_related("attachments").filter(pk=pk).first())
    if record is None:
        raise Http404
    return record


def record_detail(page, request, pk):
    record = _published_record(page, pk)
    files = [(attachment, page.file_url(record, attachment, request)) for attachment in record.attachments.all()]
    documents = []
    from cms.documents.models import LegalDocument

    related = list(LegalDocument.objects.published().filter(disclosure_records=record)
                   .select_related("document_type").only("number", "slug", "summary", "document_type__name"))
    if related:
        from .services.catalogue import section_urls

        base = section_urls(home_of(page), request).get("documents", "")
        documents = [(doc, f"{base}{doc.slug}/") for doc in related]
    return page.render(request, template="disclosure/record_detail.html", context_overrides={
        "record": record, "files": files, "documents": documents, "list_url": page.get_url(request=request),
        "is_article": True,
    })


def record_file(page, request, pk, file_id):
    from cms.documents.attachments import CONTENT_TYPES

    record = _published_record(page, pk)
    attachment = next((a for a in record.attachments.all() if a.pk == file_id), None)
    if attachment is None or not attachment.file:
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404
    ext = attachment.file_format or "bin"
    name = attachment.original_name or f"tep.{ext}"
    return FileResponse(handle, filename=name, content_type=CONTENT_TYPES.get(ext, "application/octet-stream"))


def _catalogue_form(request, site):
    from cms.core.admin_scoping import public_records
    from cms.documents.models import IssuingBody, LegalDocument
    from cms.documents.services import BODY_SCOPE, site_documents

    records = site_records(DisclosureRecord.objects.published(), site)
    years = set(_years(records.dates("published_on", "year")))
    years |= set(_years(site_records(CatalogueItem.objects.all(), site).dates("published_on", "year")))
    years |= set(_years(site_documents(LegalDocument.objects.published(), site).dates("issue_date", "year")))
    bodies = list(public_records(IssuingBody.objects.all(), site, BODY_SCOPE).order_by("sort_order", "name")
                  .values_list("pk", "name"))
    return CatalogueFilterForm(request.GET or None, sorted(years, reverse=True), bodies)


def _filters(form):
    if not (form.is_bound and form.is_valid()):
        return Filters()
    data = form.cleaned_data
    return Filters(category=data.get("nhom") or "", year=data.get("nam"), body=data.get("co_quan"),
                   source=data.get("nguon") or "")


def catalogue(page, request):
    site = page.get_site()
    form = _catalogue_form(request, site)
    filters = _filters(form)
    rows = catalogue_rows(home_of(page), filters, request, site=site)
    items = paginate(request, rows, CATALOGUE_PAGE_SIZE)
    query = request.GET.copy()
    query.pop("page", None)
    base = page.get_url(request=request) or ""
    exports = [(fmt.upper(), f"{base}{page.reverse_subpage('export', args=(fmt,))}"
                + (f"?{query.urlencode()}" if query else "")) for fmt in ("csv", "xlsx", "json")]
    response = page.render(request, context_overrides={
        "rows": items, "row_count": len(rows), "filter_form": form, "gaps": gap_service.find_gaps(site=site),
        "exports": exports, "today": timezone.localdate(),
    })
    if form.is_bound and not form.is_valid():
        response.status_code = 400
    return response


def catalogue_export(page, request, fmt):
    site = page.get_site()
    form = _catalogue_form(request, site)
    rows = catalogue_rows(home_of(page), _filters(form), request, site=site)
    return render_export(rows, fmt, request.build_absolute_uri("/").rstrip("/"),
                         f"danh-muc-thong-tin-cong-khai-{datetime.date.today():%Y%m%d}")
