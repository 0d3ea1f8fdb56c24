"""Editors' view of page ratings: figures per section and page, chart, comments to moderate, CSV export."""

import csv
import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.core.admin_scoping import SiteScope, picked_site, site_choices, user_records

from . import reports, services
from .models import CommentStatus, PageRating

MAX_DAYS = 3 * 366
PAGE_ROWS = 50
RATING_SCOPE = SiteScope(page_field="page")


def _require(request, codename):
    if not request.user.has_perm(f"feedback.{codename}"):
        raise PermissionDenied


def _period(request):
    """(from, to, errors) from ?from=YYYY-MM-DD&to=YYYY-MM-DD; default the last 30 days."""
    today = timezone.localdate()
    errors = []
    date_to = reports.parse_day(request.GET.get("to"))
    date_from = reports.parse_day(request.GET.get("from"))
    if request.GET.get("to") and date_to is None:
        errors.append(_("The end date was not understood; use the form day/month/year."))
    if request.GET.get("from") and date_from is None:
        errors.append(_("The start date was not understood; use the form day/month/year."))
    date_to = date_to or today
    date_from = date_from or date_to - datetime.timedelta(days=29)
    if date_from > date_to:
        errors.append(_("The start date is after the end date; they have been swapped."))
        date_from, date_to = date_to, date_from
    if (date_to - date_from).days > MAX_DAYS:
        date_from = date_to - datetime.timedelta(days=MAX_DAYS)
    return date_from, date_to, errors


def _ratings(request, date_from, date_to):
    """(ratings of the period and section, the same of every section, section, site).

    Ratings of the user's sites (every site for the province's staff), or of the site picked with ?site=.
    """
    site_ratings = user_records(PageRating.objects.between(date_from, date_to), request.user, RATING_SCOPE)
    site = picked_site(request)
    if site is not None:
        site_ratings = RATING_SCOPE.filter(site_ratings, [site])
    ratings = site_ratings
    section = request.GET.get("section", "")
    if section:
        ratings = ratings.filter(section_key="" if section == "home" else section)
    return ratings, site_ratings, section, site


def report(request):
    _require(request, "view_pagerating")
    date_from, date_to, errors = _period(request)
    ratings, site_ratings, section, site = _ratings(request, date_from, date_to)
    first = reports.month_start(date_from)
    months = reports.monthly(ratings, first, reports.month_start(date_to))
    for row in months:
        row["label"] = row["month"].strftime("%m/%Y")
    sections = reports.by_section(site_ratings)
    sites = list(site_choices(request))
    comments = (
        ratings.exclude(comment="").select_related("page")
        .only("id", "day", "comment", "comment_status", "useful", "score", "reason", "page__title", "page__id")[:30]
    )
    return TemplateResponse(request, "feedback/admin/report.html", {
        "date_from": date_from, "date_to": date_to, "errors": errors, "section": section,
        "site": site, "sites": sites if len(sites) > 1 else [],
        "figures": ratings.figures(),
        "sections": sections,
        "pages": reports.by_page(ratings)[:PAGE_ROWS],
        "attention": reports.needs_attention(ratings),
        "comments": comments,
        "pending": ratings.filter(comment_status=CommentStatus.PENDING).count(),
        "chart_count": reports.bar_chart_svg(months, "total", "label", _("Ratings per month"), chart_id="chart-count"),
        "chart_share": reports.bar_chart_svg(months, "useful_share", "label", _("Share of “useful” answers per month (%)"),
                                             max_value=100, unit="%", chart_id="chart-share"),
        "can_moderate": request.user.has_perm("feedback.change_pagerating"),
        "query": request.GET.urlencode(),
    })


@require_POST
def moderate(request):
    _require(request, "change_pagerating")
    ids = [int(pk) for pk in request.POST.getlist("rating") if pk.isdigit()]
    approve = request.POST.get("action") == "approve"
    count = services.moderate(user_records(PageRating.objects.filter(pk__in=ids), request.user, RATING_SCOPE),
                              approve)
    if count:
        messages.success(request, _("%(count)d comments updated.") % {"count": count})
    else:
        messages.warning(request, _("Choose at least one comment."))
    query = request.POST.get("query", "")
    return redirect(f"{reverse('feedback_report')}?{query}")


def export_csv(request):
    """All ratings of the period, one row each, without any visitor hash."""
    _require(request, "view_pagerating")
    date_from, date_to, _errors = _period(request)
    ratings = _ratings(request, date_from, date_to)[0]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="danh-gia-{date_from}-{date_to}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read Vietnamese correctly
    writer = csv.writer(response)
    writer.writerow([_("Day"), _("Page ID"), _("Page"), _("Section"), _("Useful"), _("Score"), _("Reason"),
                     _("Comment"), _("Comment status")])
    rows = ratings.select_related("page").only(
        "day", "page__id", "page__title", "section_key", "useful", "score", "reason", "comment", "comment_status"
    ).order_by("day", "pk")
    for rating in rows.iterator(chunk_size=2000):
        comment = rating.comment
        if comment[:1] in ("=", "+", "-", "@"):
            comment = "'" + comment  # no formula injection in spreadsheets
        writer.writerow([
            rating.day.isoformat(), rating.page_id, rating.page.title, reports.section_title(rating.section_key),
            _("yes") if rating.useful else _("no"), rating.score or "", rating.get_reason_display(),
            comment, rating.get_comment_status_display(),
        ])
    return response
