"""Daily figures from raw view events: visits, bounces, entry and exit pages, time on page, devices, referrers."""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from .models import DailyPageStat, DailySalt, DailySiteStat, ViewEvent

VISIT_GAP = datetime.timedelta(minutes=30)  # a pause longer than this starts a new visit


def retention_days():
    return int(getattr(settings, "ANALYTICS_RAW_RETENTION_DAYS", 3))


def split_visits(events):
    """Views of one visitor (ordered by time) -> list of visits, each a list of views."""
    visits = []
    last = None
    for event in events:
        started = event.created_at - datetime.timedelta(seconds=event.seconds)
        if last is None or started - last > VISIT_GAP:
            visits.append([])
        visits[-1].append(event)
        last = event.created_at
    return visits


@dataclass
class DayFigures:
    visits: int = 0
    views: int = 0
    bounces: int = 0
    seconds: int = 0
    devices: Counter = field(default_factory=Counter)
    referrers: Counter = field(default_factory=Counter)
    pages: dict = field(default_factory=lambda: defaultdict(Counter))


def compute(events):
    """Figures of one site for one day from its events (any order)."""
    figures = DayFigures()
    by_visitor = defaultdict(list)
    for event in events:
        by_visitor[event.visitor].append(event)
    for views in by_visitor.values():
        views.sort(key=lambda e: e.created_at)
        for visit in split_visits(views):
            figures.visits += 1
            figures.devices[visit[0].device] += 1
            if visit[0].referrer_domain:
                figures.referrers[visit[0].referrer_domain] += 1
            figures.pages[visit[0].page_id]["entries"] += 1
            figures.pages[visit[-1].page_id]["exits"] += 1
            if len(visit) == 1:
                figures.bounces += 1
                figures.pages[visit[0].page_id]["bounces"] += 1
            for view in visit:
                figures.views += 1
                figures.seconds += view.seconds
                figures.pages[view.page_id]["views"] += 1
                figures.pages[view.page_id]["seconds"] += view.seconds
    return figures


@transaction.atomic
def aggregate_day(day):
    """(Re)make the daily figures of `day` from its raw events; safe to run again."""
    events = list(ViewEvent.objects.filter(day=day).only(
        "site_id", "page_id", "visitor", "created_at", "seconds", "device", "referrer_domain"))
    by_site = defaultdict(list)
    for event in events:
        by_site[event.site_id].append(event)
    DailySiteStat.objects.filter(day=day).delete()
    DailyPageStat.objects.filter(day=day).delete()
    for site_id, site_events in by_site.items():
        figures = compute(site_events)
        DailySiteStat.objects.create(
            site_id=site_id, day=day, visits=figures.visits, views=figures.views, bounces=figures.bounces,
            seconds=figures.seconds, devices=dict(figures.devices), referrers=dict(figures.referrers.most_common(50)),
        )
        DailyPageStat.objects.bulk_create([
            DailyPageStat(site_id=site_id, page_id=page_id, day=day, views=c["views"], entries=c["entries"],
                          exits=c["exits"], bounces=c["bounces"], seconds=c["seconds"])
            for page_id, c in figures.pages.items()
        ])
    return len(events)


def refresh(date_from=None, date_to=None):
    """Aggregate every day in the range that still has raw events (today included, as it stands)."""
    days = ViewEvent.objects.order_by().values_list("day", flat=True).distinct()
    if date_from:
        days = days.filter(day__gte=date_from)
    if date_to:
        days = days.filter(day__lte=date_to)
    for day in sorted(set(days)):
        aggregate_day(day)


def purge(today=None):
    """Delete raw events older than the retention period (after aggregating them) and past salts."""
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=retention_days())
    for day in sorted(set(ViewEvent.objects.filter(day__lt=cutoff).values_list("day", flat=True).distinct())):
        aggregate_day(day)
    deleted, _ = ViewEvent.objects.filter(day__lt=cutoff).delete()
    DailySalt.objects.filter(day__lt=today).delete()
    return deleted


def site_figures(site, date_from, date_to):
    """Totals for a period: what the dashboard and the indicators API show."""
    rows = DailySiteStat.objects.filter(site=site, day__gte=date_from, day__lte=date_to)
    totals = rows.aggregate(visits=Sum("visits"), views=Sum("views"), bounces=Sum("bounces"), seconds=Sum("seconds"))
    visits = totals["visits"] or 0
    views = totals["views"] or 0
    devices, referrers = Counter(), Counter()
    for row in rows.only("devices", "referrers"):
        devices.update(row.devices)
        referrers.update(row.referrers)
    return {
        "visits": visits,
        "page_views": views,
        "bounce_rate": round(100 * (totals["bounces"] or 0) / visits, 1) if visits else None,
        "average_time_on_page_seconds": round((totals["seconds"] or 0) / views) if views else None,
        "pages_per_visit": round(views / visits, 2) if visits else None,
        "devices": dict(devices),
        "referrers": dict(referrers.most_common(10)),
    }


def daily_series(site, date_from, date_to):
    rows = dict(DailySiteStat.objects.filter(site=site, day__gte=date_from, day__lte=date_to)
                .values_list("day", "visits"))
    days = (date_to - date_from).days + 1
    return [(date_from + datetime.timedelta(days=n), rows.get(date_from + datetime.timedelta(days=n), 0))
            for n in range(days)]


def top_pages(site, date_from, date_to, limit=10, order="-views"):
    return list(
        DailyPageStat.objects.filter(site=site, day__gte=date_from, day__lte=date_to)
        .values("page_id", "page__title", "page__url_path")
        .annotate(views=Sum("views"), entries=Sum("entries"), exits=Sum("exits"), bounces=Sum("bounces"),
                  seconds=Sum("seconds"))
        .order_by(order, "page_id")[:limit]
    )
