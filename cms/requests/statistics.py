"""Public figures on requests (DESIGN.md §4, §5): counts only, nothing personal.

They read only fields kept after personal data is erased (dates, state, ground, on_time, working days).
"""

import datetime
import statistics as pystats

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from .models import InfoRequest
from .states import OPEN_STATES, RefusalGround, State


def _bounds(date_from, date_to):
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(date_from, datetime.time.min, tzinfo=tz)
    end = datetime.datetime.combine(date_to + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz)
    return start, end


COUNTS = {
    "received": Q(),
    "answered": Q(state=State.ANSWERED),
    "answered_on_time": Q(state=State.ANSWERED, on_time=True),
    "answered_late": Q(state=State.ANSWERED, on_time=False),
    "refused": Q(state=State.REFUSED),
    "transferred": Q(state=State.TRANSFERRED),
    "withdrawn": Q(state=State.WITHDRAWN),
    "pending": Q(state__in=OPEN_STATES),
}


def _received(site, date_from, date_to):
    start, end = _bounds(date_from, date_to)
    queryset = InfoRequest.objects.filter(received_at__gte=start, received_at__lt=end)
    return queryset.filter(site=site) if site is not None else queryset


def _finish(row, grounds, days):
    row["refused_by_ground"] = {ground.value: grounds.get(ground.value, 0) for ground in RefusalGround}
    row["median_working_days"] = pystats.median(days) if days else None
    return row


def figures(site, date_from, date_to):
    """Counts for requests received between the two dates (inclusive), and their outcome so far (3 queries)."""
    received = _received(site, date_from, date_to)
    totals = received.aggregate(**{name: Count("id", filter=condition) for name, condition in COUNTS.items()})
    grounds = dict(received.filter(state=State.REFUSED).order_by().values("refusal_ground")
                   .annotate(n=Count("id")).values_list("refusal_ground", "n"))
    days = list(received.filter(state=State.ANSWERED, working_days_taken__isnull=False)
                .values_list("working_days_taken", flat=True))
    return _finish(totals, grounds, days)


def _by_month(site, year):
    """{month: figures} for one year in three queries."""
    received = _received(site, datetime.date(year, 1, 1), datetime.date(year, 12, 31)).annotate(
        month=TruncMonth("received_at")).order_by()
    counts = {row["month"].month: row for row in received.values("month").annotate(
        **{name: Count("id", filter=condition) for name, condition in COUNTS.items()})}
    grounds, days = {}, {}
    for month, ground, n in received.filter(state=State.REFUSED).values("month", "refusal_ground").annotate(
            n=Count("id")).values_list("month", "refusal_ground", "n"):
        grounds.setdefault(month.month, {})[ground] = n
    for month, taken in received.filter(state=State.ANSWERED, working_days_taken__isnull=False).values_list(
            "month", "working_days_taken"):
        days.setdefault(month.month, []).append(taken)
    empty = dict.fromkeys(COUNTS, 0)
    return {month: _finish({**empty, **{k: counts.get(month, {}).get(k, 0) for k in COUNTS}},
                           grounds.get(month, {}), days.get(month, []))
            for month in range(1, 13)}


def month_ranges(year):
    for month in range(1, 13):
        first = datetime.date(year, month, 1)
        last = (datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1))
        yield month, first, last


def year_table(site, year):
    """One row per month of the year (up to the current month) and the total of the year."""
    today = timezone.localdate()
    by_month = _by_month(site, year)
    rows = [{"month": month, "first": first, "last": last, **by_month[month]}
            for month, first, last in month_ranges(year) if first <= today]
    total = figures(site, datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    return rows, total


def years_with_requests(site):
    dates = InfoRequest.objects.filter(site=site).dates("received_at", "year") if site else \
        InfoRequest.objects.dates("received_at", "year")
    years = sorted({d.year for d in dates} | {timezone.localdate().year}, reverse=True)
    return years


def indicators(site, date_from, date_to):
    """The `portal_indicators` figures: named, flat, nothing personal."""
    data = figures(site, date_from, date_to)
    return {
        "requests_received": data["received"],
        "requests_answered": data["answered"],
        "requests_answered_on_time": data["answered_on_time"],
        "requests_late": data["answered_late"],
        "requests_refused": data["refused"],
        "requests_refused_by_ground": data["refused_by_ground"],
        "requests_transferred": data["transferred"],
        "requests_pending": data["pending"],
        "requests_median_working_days": data["median_working_days"],
    }
