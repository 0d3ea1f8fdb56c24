"""Search insight for editors: the most searched queries and those that found nothing, per site."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q, Sum
from django.template.response import TemplateResponse

from cms.analytics.indicators import parse_period
from cms.core.admin_scoping import report_site, site_choices

from .models import SearchQueryDay


def report(request):
    """A component site's staff see their site's queries; the province's staff the admin host's site or the
    one they pick with ?site= (DESIGN.md §9)."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    site = report_site(request)
    if site is None:
        raise PermissionDenied
    date_from, date_to, errors = parse_period(request.GET)
    if errors:
        date_from, date_to, _ignored = parse_period({})
    rows = SearchQueryDay.objects.of_site(site).between(date_from, date_to)
    sites = list(site_choices(request))
    return TemplateResponse(request, "portal_search/admin/report.html", {
        "date_from": date_from, "date_to": date_to, "errors": errors,
        "top": rows.top(30), "zero": rows.without_results(30),
        "totals": figures(site, date_from, date_to),
        "site": site, "sites": sites if len(sites) > 1 else [],
    })


def figures(site, date_from, date_to):
    totals = SearchQueryDay.objects.of_site(site).between(date_from, date_to).aggregate(
        total=Sum("searches"), without=Sum("searches", filter=Q(results=0)))
    return {"searches": totals["total"] or 0, "searches_without_results": totals["without"] or 0}
