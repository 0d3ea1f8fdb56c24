import datetime

import factory

from cms.schedule.models import ScheduleEntry


class ScheduleEntryFactory(factory.django.DjangoModelFactory):
    """A published entry (pass live=False for a draft)."""

    class Meta:
        model = ScheduleEntry

    date = datetime.date(2026, 11, 23)
    start_time = datetime.time(8, 0)
    end_time = datetime.time(9, 30)
    leader = "Chủ tịch UBND tỉnh"
    title = factory.Sequence(lambda n: f"Họp giao ban số {n}")
    location = "Phòng họp số 1, UBND tỉnh"
    attendees = "Các Phó Chủ tịch UBND tỉnh"
    preparing_unit = "Văn phòng UBND tỉnh"
    live = True
