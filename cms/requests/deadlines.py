"""The legal clocks of a request (DESIGN.md §4), each a named rule with its article.

Counting: in working days (cms.workdays), the day of receipt of a valid request not counted; the days
the body waits for the requester (clarification, payment) are not counted either. The extension is
"at most 15 days" in the Law's words, counted here as calendar days; when its last day is not a working
day the period ends on the next working day (Civil Code 2015 Art. 148(5)).
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.workdays.services import day_info, next_working_day, working_days_between

from .states import Channel, Complexity, State

WORKING = "working"
CALENDAR = "calendar"

RUNNING = "running"
OVERDUE = "overdue"
MET = "met"
LATE = "late"
STOPPED = "stopped"
ENDED = "ended"

STATUS_LABELS = {
    RUNNING: gettext_lazy("Running"),
    OVERDUE: gettext_lazy("Overdue"),
    MET: gettext_lazy("Met on time"),
    LATE: gettext_lazy("Met late"),
    STOPPED: gettext_lazy("Clock stopped"),
    ENDED: gettext_lazy("No longer applies"),
}


@dataclass(frozen=True)
class Rule:
    code: str
    label: str
    article: str
    days: int
    unit: str = WORKING


LAW = "Luật Tiếp cận thông tin 104/2016/QH13"
# Requests made online (Art. 30), by post or fax (Art. 31), at the office (Art. 29).
RULES = {
    Channel.ONLINE: {
        "simple_answer": Rule("simple_answer", gettext_lazy("Provide simple, available information"),
                              f"{LAW}, Điều 30", 3),
        "notice": Rule("notice", gettext_lazy("Written notice of the deadline (complex information)"),
                       f"{LAW}, Điều 30", 3),
        "complex_answer": Rule("complex_answer", gettext_lazy("Provide or refuse complex information"),
                               f"{LAW}, Điều 30", 15),
        "extension": Rule("extension", gettext_lazy("Extended deadline (at most 15 days, once)"),
                          f"{LAW}, Điều 30", 15, CALENDAR),
    },
    Channel.POST: {
        "simple_answer": Rule("simple_answer", gettext_lazy("Provide simple, available information"),
                              f"{LAW}, Điều 31", 5),
        "notice": Rule("notice", gettext_lazy("Written notice of the deadline (complex information)"),
                       f"{LAW}, Điều 31", 3),
        "complex_answer": Rule("complex_answer", gettext_lazy("Provide or refuse complex information"),
                               f"{LAW}, Điều 31", 15),
        "extension": Rule("extension", gettext_lazy("Extended deadline (at most 15 days, once)"),
                          f"{LAW}, Điều 31", 15, CALENDAR),
    },
    Channel.OFFICE: {
        "simple_answer": Rule("simple_answer", gettext_lazy("Provide available information at once"),
                              f"{LAW}, Điều 29", 0),
        "complex_answer": Rule("complex_answer", gettext_lazy("Provide information not available at once"),
                               f"{LAW}, Điều 29", 10),
        "extension": Rule("extension", gettext_lazy("Extended deadline (at most 10 days, once)"),
                          f"{LAW}, Điều 29", 10, CALENDAR),
    },
}
MAX_EXTENSION_DAYS = 15


@dataclass
class CountedDay:
    date: datetime.date
    counted: int | None
    reason: str
    paused: bool = False


@dataclass
class Clock:
    rule: Rule
    start: datetime.date
    due: datetime.date
    done_on: datetime.date | None
    status: str
    days: list = field(default_factory=list)  # CountedDay, in order
    note: str = ""

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def skipped(self):
        return [day for day in self.days if day.counted is None]

    @property
    def paused_days(self):
        return [day for day in self.days if day.paused]


def _pause_ranges(request, today):
    """[(first day not counted, last day not counted, reason label)] of every pause."""
    ranges = []
    for pause in request.pauses.all():
        end = pause.ended_on or today  # an open pause: counted as if the requester answered today
        ranges.append((pause.started_on + datetime.timedelta(days=1), end, pause.get_reason_display()))
    return ranges


def count_working_days(start, n, pauses):
    """Walk from the day after `start` until n working days outside the pauses are counted."""
    days, counted, day = [], 0, start
    while counted < n:
        day += datetime.timedelta(days=1)
        if (day - start).days > 3 * 366:
            break
        pause = next((label for first, last, label in pauses if first <= day <= last), None)
        info = day_info(day)
        if pause is not None:
            days.append(CountedDay(day, None, _("Clock stopped: %(reason)s") % {"reason": pause}, paused=True))
        elif not info.working:
            days.append(CountedDay(day, None, info.reason))
        else:
            counted += 1
            days.append(CountedDay(day, counted, info.reason))
    return day, days


def _status(due, done_on, request, today):
    if done_on is not None:
        return MET if done_on <= due else LATE
    if request.state in (State.TRANSFERRED, State.WITHDRAWN):
        return ENDED
    if request.clock_paused:
        return STOPPED
    return OVERDUE if today > due else RUNNING


def clocks_for(request, today=None):
    """Every clock that applies to the request now, in order."""
    today = today or timezone.localdate()
    rules = RULES[request.channel]
    start = request.received_on
    pauses = _pause_ranges(request, today)
    closed_on = timezone.localdate(request.closed_at) if request.closed_at and request.state in (
        State.ANSWERED, State.REFUSED) else None
    clocks = []

    def add(rule, done_on):
        due, days = count_working_days(start, rule.days, pauses)
        clock = Clock(rule, start, due, done_on, _status(due, done_on, request, today), days)
        clocks.append(clock)
        return clock

    if request.complexity != Complexity.COMPLEX:
        add(rules["simple_answer"], closed_on)
        return clocks
    if "notice" in rules:
        notice_done = timezone.localdate(request.notice_sent_at) if request.notice_sent_at else None
        if notice_done is None and closed_on is not None:
            notice_done = closed_on  # answered before a notice was needed
        add(rules["notice"], notice_done)
    answer = add(rules["complex_answer"], None if request.extension_days else closed_on)
    if request.extension_days:
        answer.status = ENDED if answer.status in (RUNNING, OVERDUE, STOPPED) else answer.status
        answer.note = _("Replaced by the extended deadline.")
        ext_rule = rules["extension"]
        last_day = answer.due + datetime.timedelta(days=request.extension_days)
        due = next_working_day(last_day)
        days = [CountedDay(answer.due + datetime.timedelta(days=k), k, "")
                for k in range(1, request.extension_days + 1)]
        clock = Clock(ext_rule, answer.due, due, closed_on, _status(due, closed_on, request, today), days)
        clock.note = _("%(days)s days from %(from)s; ends on the next working day when the last day is a day off.") % {
            "days": request.extension_days, "from": answer.due.strftime("%d/%m/%Y")}
        clocks.append(clock)
    return clocks


def next_due(clocks):
    """The earliest due date among the clocks still running (None when none is)."""
    pending = [clock.due for clock in clocks if clock.status in (RUNNING, OVERDUE, STOPPED)]
    return min(pending) if pending else None


def first_due_date(received_on, channel=Channel.ONLINE):
    """The date told to the requester on receipt: the first clock of an unclassified request."""
    rule = RULES[channel]["simple_answer"]
    due, _days = count_working_days(received_on, rule.days, [])
    return due


def working_days_taken(request, closed_on):
    """Working days from receipt to closing, not counting the days the clock was stopped."""
    total = working_days_between(request.received_on, closed_on)
    paused = sum(pause.working_days(closed_on) for pause in request.pauses.all())
    return max(0, total - paused)
