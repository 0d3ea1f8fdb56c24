"""ISO 8601 weeks (Monday first), the unit of the leaders' schedule.

Week numbers follow ISO 8601 so that a year can have 53 weeks and the week after 2026-W53 is
2027-W01; `datetime.date.fromisocalendar` refuses weeks that do not exist.
"""

import datetime
import re
from dataclasses import dataclass

WEEK_PARAM = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
MIN_YEAR, MAX_YEAR = 2000, 2100


class BadWeek(ValueError):
    """The week asked for does not exist (or is outside the years the schedule covers)."""


@dataclass(frozen=True)
class Week:
    year: int
    number: int

    @classmethod
    def of(cls, day):
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @classmethod
    def make(cls, year, number):
        """The week `number` of ISO year `year`, or BadWeek."""
        try:
            year, number = int(year), int(number)
        except (TypeError, ValueError) as exc:
            raise BadWeek(f"{year}-W{number}") from exc
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise BadWeek(f"{year}-W{number}")
        try:
            datetime.date.fromisocalendar(year, number, 1)
        except ValueError as exc:
            raise BadWeek(f"{year}-W{number}") from exc
        return cls(year, number)

    @classmethod
    def parse(cls, value):
        """'2026-W48' (as an <input type=week> sends it) or '2026W48' -> Week, else BadWeek."""
        match = WEEK_PARAM.match(value or "")
        if not match:
            raise BadWeek(value)
        return cls.make(match.group(1), match.group(2))

    @property
    def monday(self):
        return datetime.date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self):
        return self.monday + datetime.timedelta(days=6)

    @property
    def days(self):
        return [self.monday + datetime.timedelta(days=i) for i in range(7)]

    @property
    def previous(self):
        return Week.of(self.monday - datetime.timedelta(days=7))

    @property
    def next(self):
        return Week.of(self.monday + datetime.timedelta(days=7))

    def __str__(self):
        return f"{self.year}-W{self.number:02d}"

    def __contains__(self, day):
        return self.monday <= day <= self.sunday
