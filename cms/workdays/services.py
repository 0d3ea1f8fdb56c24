"""The working-day engine for legal deadlines (DESIGN.md §4).

A working day is Monday to Friday, minus Vietnam's public holidays (Labour Code Art. 112, from the
`holidays` package, with its substitute days and the government's swapped days), minus the extra days
off and plus the make-up working days recorded in `CalendarAdjustment`.

Deadlines count from the day after receipt: `add_working_days(receipt, 3)` is the third working day
after the day of receipt (Law 104/2016 Art. 30: "không kể ngày nhận").
"""

import datetime
import functools
import threading
import time
from dataclasses import dataclass, field

import holidays
from django.utils.translation import get_language
from django.utils.translation import gettext as _

# How long one process trusts its copy of the adjustments table (other processes see a change after this).
ADJUSTMENTS_TTL_SECONDS = 60
MAX_SPAN_DAYS = 3 * 366  # a guard against run-away loops on absurd input

WORKING = "working"
WEEKEND = "weekend"
HOLIDAY = "holiday"
DAY_OFF = "day_off"
MAKE_UP = "make_up"

_lock = threading.Lock()
_adjustments = {"loaded_at": 0.0, "data": None}


@dataclass(frozen=True)
class DayInfo:
    """One calendar day and why it is (or is not) a working day."""

    date: datetime.date
    working: bool
    kind: str
    reason: str = ""


@dataclass
class Explanation:
    """How `add_working_days(start, n)` reached its date: every day after `start` up to the due date."""

    start: datetime.date
    n: int
    due: datetime.date
    days: list = field(default_factory=list)  # list of (DayInfo, counted index or None)

    @property
    def skipped(self):
        return [info for info, index in self.days if index is None]


def _language():
    return "en_US" if (get_language() or "vi").startswith("en") else "vi"


@functools.lru_cache(maxsize=64)
def _national(year, language):
    """Vietnam's holidays for one year: {date: name} and the weekend days the government made working days."""
    calendar = holidays.country_holidays("VN", years=year, language=language)
    names = {day: name for day, name in calendar.items()}
    workdays = frozenset(day for day in getattr(calendar, "weekend_workdays", ()) if day.year == year)
    return names, workdays


def _load_adjustments():
    from .models import CalendarAdjustment

    return {
        row["date"]: row
        for row in CalendarAdjustment.objects.values("date", "kind", "reason", "source_document")
    }


def adjustments():
    """The adjustments table as {date: row}, cached in this process for a short while."""
    now = time.monotonic()
    with _lock:
        data = _adjustments["data"]
        if data is None or now - _adjustments["loaded_at"] > ADJUSTMENTS_TTL_SECONDS:
            data = _load_adjustments()
            _adjustments.update(data=data, loaded_at=now)
        return data


def clear_cache():
    with _lock:
        _adjustments.update(data=None, loaded_at=0.0)


def day_info(day):
    """Whether `day` is a working day, and the reason in the current language."""
    adjustment = adjustments().get(day)
    if adjustment is not None:
        source = adjustment["source_document"]
        if adjustment["kind"] == "day_off":
            return DayInfo(day, False, DAY_OFF, _("Day off: %(reason)s (%(source)s)")
                           % {"reason": adjustment["reason"], "source": source})
        return DayInfo(day, True, MAKE_UP, _("Make-up working day: %(reason)s (%(source)s)")
                       % {"reason": adjustment["reason"], "source": source})
    names, swapped_workdays = _national(day.year, _language())
    if day in names:
        return DayInfo(day, False, HOLIDAY, _("Public holiday: %(name)s") % {"name": names[day]})
    if day in swapped_workdays:
        return DayInfo(day, True, MAKE_UP, _("Make-up working day set by the government"))
    if day.weekday() == 5:
        return DayInfo(day, False, WEEKEND, _("Saturday"))
    if day.weekday() == 6:
        return DayInfo(day, False, WEEKEND, _("Sunday"))
    return DayInfo(day, True, WORKING, _("Working day"))


def is_working_day(day):
    return day_info(day).working


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def add_working_days(start, n):
    """The n-th working day after `start` (the day of receipt is not counted); `start` itself when n is 0."""
    return explain(start, n).due


def explain(start, n):
    """Every day from the day after `start` to the due date, counted or skipped, and why."""
    start = _as_date(start)
    if n < 0:
        raise ValueError("n must not be negative")
    result = Explanation(start=start, n=n, due=start)
    day, counted = start, 0
    while counted < n:
        day += datetime.timedelta(days=1)
        if (day - start).days > MAX_SPAN_DAYS:
            raise ValueError("no working day found within three years")
        info = day_info(day)
        if info.working:
            counted += 1
            result.days.append((info, counted))
        else:
            result.days.append((info, None))
    result.due = day
    return result


def working_days_between(a, b):
    """Working days after `a` up to and including `b` (negative when `b` is before `a`)."""
    a, b = _as_date(a), _as_date(b)
    if b < a:
        return -working_days_between(b, a)
    if (b - a).days > 20 * 366:
        raise ValueError("span too long")
    return sum(1 for offset in range(1, (b - a).days + 1)
               if is_working_day(a + datetime.timedelta(days=offset)))


def next_working_day(day):
    """`day` itself when it is a working day, else the first working day after it."""
    day = _as_date(day)
    return day if is_working_day(day) else add_working_days(day, 1)
