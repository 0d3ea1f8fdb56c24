"""Figures from page ratings: per month, per section, per page; and a server-side SVG bar chart."""

import datetime

from django.db.models import Avg, Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from cms.sections import standard

from .models import PageRating, with_share

FIGURES = {
    "total": Count("id"),
    "useful": Count("id", filter=Q(useful=True)),
    "scored": Count("score"),
    "average": Avg("score"),
}
MIN_VOTES_FOR_ATTENTION = 3


def month_start(day):
    return day.replace(day=1)


def add_months(day, n):
    index = day.year * 12 + day.month - 1 + n
    return datetime.date(index // 12, index % 12 + 1, 1)


def parse_month(value):
    """'2026-11' -> date(2026, 11, 1); None for anything else."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return datetime.date(year, month, 1) if 2000 <= year <= 2100 else None
    except ValueError:
        return None


def parse_day(value):
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def monthly(ratings, first_month, last_month):
    """One row per month from first_month to last_month (inclusive), months without votes included."""
    rows = {
        row["month"]: with_share(row)
        for row in ratings.filter(day__gte=first_month, day__lt=add_months(last_month, 1))
        .annotate(month=TruncMonth("day")).values("month").annotate(**FIGURES).order_by("month")
    }
    result = []
    month = first_month
    while month <= last_month:
        row = rows.get(month) or with_share({"month": month, "total": 0, "useful": 0, "scored": 0, "average": None})
        row["month"] = month
        result.append(row)
        month = add_months(month, 1)
    return result


def section_title(key):
    if not key:
        return _("Home page")
    spec = standard.BY_KEY.get(key)
    return spec.title if spec else key


def by_section(ratings):
    rows = [with_share(row) for row in ratings.values("section_key").annotate(**FIGURES).order_by("section_key")]
    order = {s.key: s.order for s in standard.SECTIONS}
    for row in rows:
        row["title"] = section_title(row["section_key"])
    rows.sort(key=lambda r: order.get(r["section_key"], ()))
    return rows


def by_page(ratings):
    return [
        with_share(row)
        for row in ratings.values("page_id", "page__title", "page__url_path", "section_key")
        .annotate(**FIGURES).order_by("-total", "page__title")
    ]


def needs_attention(ratings, limit=10, min_votes=MIN_VOTES_FOR_ATTENTION):
    """Pages with enough votes and the lowest share of 'useful', then the lowest average score."""
    rows = [row for row in by_page(ratings) if row["total"] >= min_votes]
    rows.sort(key=lambda r: (r["useful_share"], r["average"] if r["average"] is not None else 6, -r["total"]))
    return rows[:limit]


def bar_chart_svg(rows, value_key, label_key, title, max_value=None, unit="", chart_id="chart"):
    """A small accessible SVG bar chart (no script, no outside service): one bar per row."""
    width, height, left, bottom, top = 640, 220, 40, 40, 20
    values = [row.get(value_key) or 0 for row in rows]
    top_value = max_value or max(values + [1])
    count = max(len(rows), 1)
    slot = (width - left - 10) / count
    bar = max(slot * 0.7, 2)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{chart_id}-title" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="{chart_id}-title">{escape(title)}</title>',
        f'<line class="chart__axis" x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}"/>',
        f'<text x="2" y="{top + 4}">{escape(str(top_value))}{escape(unit)}</text>',
        f'<text x="2" y="{height - bottom}">0</text>',
    ]
    plot = height - bottom - top
    for index, (row, value) in enumerate(zip(rows, values, strict=True)):
        h = plot * value / top_value if top_value else 0
        x = left + index * slot + (slot - bar) / 2
        y = height - bottom - h
        label = escape(str(row.get(label_key, "")))
        parts.append(
            f'<rect class="chart__bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}">'
            f"<title>{label}: {escape(str(row.get(value_key) if row.get(value_key) is not None else '—'))}"
            f"{escape(unit)}</title></rect>"
        )
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle">{label}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # every dynamic value above is escaped


def _month_label(month):
    return month.strftime("%m/%Y")


def public_summary(page, request):
    """Context of the public summary page: 12 months for the portal, sections for the chosen month."""
    from wagtail.models import Site

    site = Site.find_for_request(request) or page.get_site()
    ratings = PageRating.objects.for_site(site) if site else PageRating.objects.all()
    this_month = month_start(timezone.localdate())
    chosen = parse_month(request.GET.get("thang"))
    month_error = bool(request.GET.get("thang")) and chosen is None
    if chosen is None or chosen > this_month:
        chosen = this_month
    months = monthly(ratings, add_months(this_month, -11), this_month)
    for row in months:
        row["label"] = _month_label(row["month"])
    in_month = ratings.filter(day__gte=chosen, day__lt=add_months(chosen, 1))
    return {
        "months": list(reversed(months)),
        "chosen_month": chosen,
        "chosen_value": chosen.strftime("%Y-%m"),
        "month_error": month_error,
        "month_choices": [(row["month"].strftime("%Y-%m"), row["label"]) for row in reversed(months)],
        "month_figures": in_month.figures(),
        "sections": by_section(in_month),
        "chart": bar_chart_svg(months, "useful_share", "label",
                               _("Share of “useful” answers per month (%)"), max_value=100, unit="%"),
        "comments": list(in_month.comments_to_show().select_related("page").only(
            "comment", "day", "page__title", "page__url_path")[:10]),
    }


def month_figure(site, day=None):
    """The portal's figure for the current month (home panel)."""
    start = month_start(day or timezone.localdate())
    return PageRating.objects.for_site(site).filter(day__gte=start, day__lt=add_months(start, 1)).figures()
