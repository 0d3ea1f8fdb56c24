"""Public views of the registry, served through DocumentIndexPage's routes."""

from django.http import Http404, HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from cms.core.sites import site_for_request

from . import exports
from .filters import filter_documents, paginate
from .models import LegalDocument
from .services import detail_queryset, find_document, json_ld, site_documents


def _base_context(request, page):
    # Not SectionPage.get_context: the registry has no child pages to list (one query saved).
    context = {"page": page, "self": page, "request": request}
    context["index_url"] = page.get_url(request=request)
    return context


def document_list(request, page):
    result = filter_documents(request.GET, site_documents(LegalDocument.objects.published().for_listing(),
                                                          site_for_request(request)))
    paged = paginate(result.queryset, request.GET.get("page"))
    context = _base_context(request, page)
    context.update({
        "filter_form": result.form,
        "filter_errors": result.errors,
        "page_message": paged.message,
        "documents": paged.page,
        "export_query": request.GET.urlencode(),
        "has_filters": any(request.GET.get(k) for k in result.form.fields if k != "sort"),
    })
    return TemplateResponse(request, page.template, context)


def document_detail(request, page, slug, printable=False):
    document = find_document(slug, site_documents(detail_queryset(), site_for_request(request)))
    if document is None:
        raise Http404(_("There is no published document at this address."))
    context = _base_context(request, page)
    index_url = context["index_url"]
    absolute_index = request.build_absolute_uri(index_url)
    absolute_url = f"{absolute_index}{document.slug}/"
    from cms.core.models import ProvinceSettings

    province = getattr(ProvinceSettings.for_request(request), "short_name", "") or ""
    context.update({
        "document": document,
        "document_url": f"{index_url}{document.slug}/",
        "absolute_url": absolute_url,
        "json_ld": json_ld(document, absolute_url, absolute_index, province),
        "printable": printable,
    })
    template = "documents/document_print.html" if printable else "documents/document_detail.html"
    return TemplateResponse(request, template, context)


EXPORT_RATE = "30/m"  # per address: an export may read tens of thousands of rows


def export(request, page, fmt):
    if is_ratelimited(request, group="documents.export", key="ip", rate=EXPORT_RATE, increment=True):
        from cms.core.views import rate_limited

        return rate_limited(request)
    result = filter_documents(request.GET, site_documents(LegalDocument.objects.published(), site_for_request(request)))
    if result.errors:
        message = _("Some filters are not valid: %(errors)s") % {
            "errors": " ".join(f"{label}: {text}" for _name, label, text in result.errors)}
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
    base_url = request.build_absolute_uri(page.get_url(request=request))
    return exports.RENDERERS[fmt](result.queryset, base_url)
