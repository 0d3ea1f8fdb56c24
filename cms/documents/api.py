"""Read-only JSON API: GET /api/v1/documents/ (same filters as the list) and /api/v1/documents/<id or slug>/.

Bad parameters answer 400 with a Vietnamese message; the API never answers 500 on input.
"""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django_ratelimit.core import is_ratelimited
from wagtail.rich_text import expand_db_html

from .filters import filter_documents
from .models import LegalDocument
from .services import detail_queryset, find_document, registry_page, site_documents

API_RATE = "300/m"  # per address
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def _error(message, errors=None, status=400):
    payload = {"error": message}
    if errors:
        payload["errors"] = errors
    return JsonResponse(payload, status=status, json_dumps_params={"ensure_ascii": False})


def _limited(request):
    return is_ratelimited(request, group="documents.api", key="ip", rate=API_RATE, increment=True)


def _site(request):
    from cms.core.sites import site_for_request

    return site_for_request(request)


def _index_url(request):
    site = _site(request)
    page = (registry_page(site) if site is not None else None) or registry_page()
    return request.build_absolute_uri(page.get_url(request=request) if page else "/van-ban/")


def _summary(document, index_url):
    return {
        "id": document.pk,
        "number": document.number,
        "slug": document.slug,
        "url": f"{index_url}{document.slug}/",
        "type": {"name": document.document_type.name, "abbreviation": document.document_type.abbreviation,
                 "slug": document.document_type.slug},
        "issuing_body": {"name": document.issuing_body.name, "slug": document.issuing_body.slug},
        "issue_date": document.issue_date.isoformat(),
        "effective_date": document.effective_date.isoformat() if document.effective_date else None,
        "expiry_date": document.expiry_date.isoformat() if document.expiry_date else None,
        "summary": document.summary,
        "signer": document.signer_name,
        "fields": [f.name for f in document.fields.all()],
        "validity": {"code": document.validity_status, "label": str(document.status_label),
                     "computed_on": document.validity_computed_on.isoformat()
                     if document.validity_computed_on else None},
    }


def _positive_int(value, default, name, maximum=None):
    if value in (None, ""):
        return default, None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1 or (maximum and number > maximum):
        limit = _(" (at most %(max)d)") % {"max": maximum} if maximum else ""
        return None, _("“%(name)s” must be a whole number from 1%(limit)s.") % {"name": name, "limit": limit}
    return number, None


@require_GET
@cache_control(public=True, max_age=300)
def document_list(request):
    if _limited(request):
        return _error(_("Too many requests; try again in a minute."), status=429)
    result = filter_documents(request.GET, site_documents(LegalDocument.objects.published().for_listing()
                                                          .prefetch_related("fields"), _site(request)))
    if result.errors:
        return _error(_("Some parameters are not valid."),
                      [{"parameter": name, "label": label, "message": text} for name, label, text in result.errors])
    page_size, problem = _positive_int(request.GET.get("page_size"), DEFAULT_PAGE_SIZE, "page_size", MAX_PAGE_SIZE)
    if problem:
        return _error(problem)
    number, problem = _positive_int(request.GET.get("page"), 1, "page")
    if problem:
        return _error(problem)
    paginator = Paginator(result.queryset, page_size)
    if number > max(paginator.num_pages, 1):
        return _error(_("There are only %(total)d pages.") % {"total": paginator.num_pages}, status=404)
    page = paginator.page(number)
    index_url = _index_url(request)

    def link(n):
        params = request.GET.copy()
        params["page"] = n
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return JsonResponse({
        "count": paginator.count,
        "page": number,
        "page_size": page_size,
        "num_pages": paginator.num_pages,
        "next": link(number + 1) if page.has_next() else None,
        "previous": link(number - 1) if page.has_previous() else None,
        "results": [_summary(doc, index_url) for doc in page.object_list],
    }, json_dumps_params={"ensure_ascii": False})


@require_GET
@cache_control(public=True, max_age=300)
def document_detail(request, key):
    if _limited(request):
        return _error(_("Too many requests; try again in a minute."), status=429)
    if len(key) > 140:
        return _error(_("This document address is too long."))
    document = find_document(key, site_documents(detail_queryset(), _site(request)))
    if document is None:
        return _error(_("There is no published document with this id or address."), status=404)
    index_url = _index_url(request)
    data = _summary(document, index_url)
    data.update({
        "signer_position": document.signer_position,
        "scope": document.scope,
        "normative": document.is_normative,
        "gazette": {"number": document.gazette_number,
                    "date": document.gazette_date.isoformat() if document.gazette_date else None},
        "disclosure": {"form": document.disclosure_form, "period": document.disclosure_period},
        "full_text": expand_db_html(document.full_text) if document.full_text else "",
        "attachments": [{"title": a.display_title, "format": a.file_format, "size": a.size,
                         "url": request.build_absolute_uri(a.file.url)} for a in document.attachments.all()],
        "relations": [{"kind": r.kind, "label": str(r.get_kind_display()), "articles": r.articles,
                       "document": {"number": r.target.number, "url": f"{index_url}{r.target.slug}/"}}
                      for r in document.live_relations_out],
        "related_from": [{"kind": r.kind, "label": str(r.inverse_label), "articles": r.articles,
                          "document": {"number": r.source.number, "url": f"{index_url}{r.source.slug}/"}}
                         for r in document.live_relations_in],
    })
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
