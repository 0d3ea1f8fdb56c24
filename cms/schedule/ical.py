"""The schedule as an iCalendar feed (RFC 5545), in Vietnam's time zone.

The `icalendar` library does the escaping of text values (backslash, comma, semicolon, newline) and
folds lines at 75 octets; times carry TZID=Asia/Ho_Chi_Minh with its VTIMEZONE.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar, Event

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def entry_event(entry, domain, stamp):
    event = Event()
    event.add("uid", f"schedule-{entry.pk}@{domain}")
    event.add("dtstamp", stamp)
    if entry.start_time:
        start = datetime.datetime.combine(entry.date, entry.start_time, tzinfo=TZ)
        event.add("dtstart", start)
        if entry.end_time:
            event.add("dtend", datetime.datetime.combine(entry.date, entry.end_time, tzinfo=TZ))
    else:
        event.add("dtstart", entry.date)
        event.add("dtend", entry.date + datetime.timedelta(days=1))
    leader = entry.leader_display
    event.add("summary", f"{leader}: {entry.title}" if leader else entry.title)
    if entry.location:
        event.add("location", entry.location)
    lines = [entry.title]
    if leader:
        lines.append(f"Chủ trì: {leader}")
    if entry.attendees:
        lines.append(f"Thành phần: {entry.attendees}")
    if entry.preparing_unit:
        lines.append(f"Chuẩn bị: {entry.preparing_unit}")
    event.add("description", "\n".join(lines))
    if entry.last_published_at:
        event.add("last-modified", entry.last_published_at)
    return event


def build_calendar(entries, name, domain, url=""):
    calendar = Calendar()
    calendar.add("prodid", "-//Cong thong tin dien tu//Lich cong tac//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    if url:
        calendar.add("url", url)
    stamp = timezone.now()
    for entry in entries:
        calendar.add_component(entry_event(entry, domain, stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical()
