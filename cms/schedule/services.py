"""Use cases of the leaders' schedule: what a week holds, what comes next, copying recurring entries."""

import datetime

from django.db import transaction

from .models import ScheduleEntry
from .weeks import Week

COPY_FIELDS = ("start_time", "end_time", "leader_ref_id", "leader", "title", "location", "attendees",
               "preparing_unit", "recurring")


def week_entries(week):
    return list(ScheduleEntry.objects.published().between(week.monday, week.sunday).in_order())


def days_of(week, entries):
    """[(day, [entries])] for Monday to Friday, plus Saturday and Sunday when something happens then."""
    by_day = {day: [] for day in week.days}
    for entry in entries:
        by_day.setdefault(entry.date, []).append(entry)
    return [(day, items) for day, items in by_day.items() if day.weekday() < 5 or items]


def upcoming(today, days=7, limit=8):
    """Today's entries and the next ones within `days` days (the home panel)."""
    last = today + datetime.timedelta(days=days)
    return list(ScheduleEntry.objects.published().between(today, last).in_order()[:limit])


def feed_entries(today, weeks_back=4, weeks_ahead=12):
    first = today - datetime.timedelta(weeks=weeks_back)
    last = today + datetime.timedelta(weeks=weeks_ahead)
    return list(ScheduleEntry.objects.published().between(first, last).in_order())


def copy_recurring(target, user=None, publish=True):
    """Copy the previous week's published recurring entries into `target` (a Week), one week later.

    Idempotent: an entry already copied, or an identical one already in the target week, is skipped.
    Returns (created, skipped) lists. The copies are published when `publish` is true, else drafts.
    """
    source_week = target.previous
    sources = list(
        ScheduleEntry.objects.published().filter(recurring=True).between(source_week.monday, source_week.sunday)
        .order_by("date", "start_time", "pk")
    )
    existing = set(
        ScheduleEntry.objects.between(target.monday, target.sunday).values_list("date", "start_time", "title")
    )
    already_copied = set(
        ScheduleEntry.objects.filter(copied_from__in=sources).values_list("copied_from_id", flat=True)
    )
    created, skipped = [], []
    with transaction.atomic():
        for source in sources:
            day = source.date + datetime.timedelta(days=7)
            if source.pk in already_copied or (day, source.start_time, source.title) in existing:
                skipped.append(source)
                continue
            copy = ScheduleEntry(date=day, copied_from=source, live=False,
                                 **{name: getattr(source, name) for name in COPY_FIELDS})
            copy.save()
            revision = copy.save_revision(user=user)
            if publish:
                revision.publish(user=user)
                copy.refresh_from_db()
            created.append(copy)
    return created, skipped


def this_week(today):
    return Week.of(today)
