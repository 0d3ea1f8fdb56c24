"""Use cases of the leaders' schedule: what a week holds, what comes next, copying recurring entries.

An entry belongs to the site whose settings list its leader (DESIGN.md §9); an entry with a free-text
leader is the province's. Every site's public schedule shows its own leaders' entries only: the province's
is the province leaders' schedule, not the sum of its departments' and communes'.
"""

import datetime

from django.db import transaction

from cms.core.admin_scoping import SiteScope, user_records

from .models import ScheduleEntry
from .weeks import Week

SCHEDULE_SCOPE = SiteScope("leader_ref__settings__site", null_is_province=True)
LEADER_SCOPE = SiteScope("settings__site")

COPY_FIELDS = ("start_time", "end_time", "leader_ref_id", "leader", "title", "location", "attendees",
               "preparing_unit", "recurring")


def site_entries(site):
    """The published entries a public page of `site` shows: its own leaders' (every entry without a site)."""
    entries = ScheduleEntry.objects.published()
    return SCHEDULE_SCOPE.filter(entries, [site]) if site is not None else entries


def week_entries(week, site=None):
    return list(site_entries(site).between(week.monday, week.sunday).in_order())


def days_of(week, entries):
    """[(day, [entries])] for Monday to Friday, plus Saturday and Sunday when something happens then."""
    by_day = {day: [] for day in week.days}
    for entry in entries:
        by_day.setdefault(entry.date, []).append(entry)
    return [(day, items) for day, items in by_day.items() if day.weekday() < 5 or items]


def upcoming(today, days=7, limit=8, site=None):
    """Today's entries and the next ones within `days` days (the home panel)."""
    last = today + datetime.timedelta(days=days)
    return list(site_entries(site).between(today, last).in_order()[:limit])


def feed_entries(today, weeks_back=4, weeks_ahead=12, site=None):
    first = today - datetime.timedelta(weeks=weeks_back)
    last = today + datetime.timedelta(weeks=weeks_ahead)
    return list(site_entries(site).between(first, last).in_order())


def copy_recurring(target, user=None, publish=True):
    """Copy the previous week's published recurring entries into `target` (a Week), one week later.

    Idempotent: an entry already copied, or an identical one already in the target week, is skipped.
    With `user`, only the entries of the user's sites are copied (and compared).
    Returns (created, skipped) lists. The copies are published when `publish` is true, else drafts.
    """
    entries = ScheduleEntry.objects.all()
    if user is not None:
        entries = user_records(entries, user, SCHEDULE_SCOPE)
    source_week = target.previous
    sources = list(
        entries.filter(live=True, recurring=True).between(source_week.monday, source_week.sunday)
        .order_by("date", "start_time", "pk")
    )
    existing = set(entries.between(target.monday, target.sunday).values_list("date", "start_time", "title"))
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
