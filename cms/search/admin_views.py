"""Search insight for editors: the most searched queries and those that found nothing."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from cms.analytics.indicators import parse_period

from .models import SearchQueryDay


def report(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    date_from, date_to, errors = parse_period(request.GET)
    if errors:
        date_from, date_to, _ignored = parse_period({})
    rows = SearchQueryDay.objects.between(date_from, date_to)
    return TemplateResponse(request, "portal_search/admin/report.html", {
        "date_from": date_from, "date_to": date_to, "errors": errors,
        "top": rows.top(30), "zero": rows.without_results(30),
        "totals": figures(date_from, date_to),
    })


def figures(date_from, date_to):
    from django.db.models import Q, Sum

    totals = SearchQueryDay.objects.between(date_from, date_to).aggregate(
        total=Sum("searches"), without=Sum("searches", filter=Q(results=0)))
    return {"searches": totals["total"] or 0, "searches_without_results": totals["without"] or 0}
