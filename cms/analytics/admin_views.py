"""The interaction-indicators dashboard in the Wagtail admin: a period, figures, chart, top pages, CSV."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cms.core.admin_scoping import report_site, site_choices

from . import indicators, stats
from .charts import bar_chart

PERIODS = [7, 30, 90, 365]


def _require(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied


def _site(request):
    """The site whose figures are shown: a component site's staff see only theirs (DESIGN.md §9), the
    province's staff the admin host's site or the one they pick with ?site=."""
    site = report_site(request)
    if site is None:
        raise PermissionDenied
    return site


def _period(request):
    params = request.GET.copy()
    days = params.get("days")
    if days and days.isdigit() and int(days) in PERIODS and not params.get("from"):
        default_days = int(days)
    else:
        default_days = 30
    date_from, date_to, errors = indicators.parse_period(params, default_days=default_days)
    if errors:
        date_from, date_to, _ignored = indicators.parse_period({}, default_days=30)
    return date_from, date_to, errors, default_days


def dashboard(request):
    _require(request)
    date_from, date_to, errors, days = _period(request)
    stats.refresh(date_from, date_to)
    site = _site(request)
    sites = list(site_choices(request))
    figures = indicators.collect(site, date_from, date_to)
    series = stats.daily_series(site, date_from, date_to)
    return TemplateResponse(request, "analytics/dashboard.html", {
        "date_from": date_from, "date_to": date_to, "errors": errors, "days": days, "periods": PERIODS,
        "figures": figures, "rows": indicators.rows(figures),
        "chart": bar_chart(series, _("Visits per day"), _("visits")),
        "top_pages": stats.top_pages(site, date_from, date_to),
        "exit_pages": stats.top_pages(site, date_from, date_to, limit=5, order="-exits"),
        "entry_pages": stats.top_pages(site, date_from, date_to, limit=5, order="-entries"),
        "query": request.GET.urlencode(), "site": site, "sites": sites if len(sites) > 1 else [],
    })


def export_csv(request):
    _require(request)
    date_from, date_to, _errors, _days = _period(request)
    stats.refresh(date_from, date_to)
    site = _site(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="chi-so-tuong-tac-{date_from}-{date_to}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 Vietnamese correctly with a BOM
    writer = csv.writer(response)
    writer.writerow([_("Indicator"), _("Key"), _("Value"), _("From"), _("To")])
    for _depth, key, label, value, is_group in indicators.rows(indicators.collect(site, date_from, date_to)):
        if not is_group:
            writer.writerow([label, key, value, date_from.isoformat(), date_to.isoformat()])
    writer.writerow([])
    writer.writerow([_("Page"), _("Address"), _("Views"), _("Entries"), _("Exits"), _("Bounces"),
                     _("Average time on page (seconds)")])
    for row in stats.top_pages(site, date_from, date_to, limit=1000):
        writer.writerow([row["page__title"], row["page__url_path"], row["views"], row["entries"], row["exits"],
                         row["bounces"], round(row["seconds"] / row["views"]) if row["views"] else ""])
    return response
