import datetime

import factory

from cms.workdays.models import CalendarAdjustment


class CalendarAdjustmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CalendarAdjustment

    date = datetime.date(2027, 1, 4)
    kind = CalendarAdjustment.Kind.DAY_OFF
    reason = "Nghỉ bù dịp Tết Dương lịch"
    source_document = "Thông báo số 1234/TB-BNV"
