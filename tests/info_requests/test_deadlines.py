"""Every legal clock: its rule and article, its due date, its status, and how it was counted."""

import datetime

import pytest
from django.utils import timezone

from cms.requests import deadlines, services
from cms.requests.models import ClockPause, InfoRequest
from tests.info_requests.factories import InfoRequestFactory

D = datetime.date
pytestmark = pytest.mark.django_db


def at(day, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def clocks(req, today):
    req = InfoRequest.objects.get(pk=req.pk)
    return {clock.rule.code: clock for clock in deadlines.clocks_for(req, today=today)}


def test_unclassified_request_runs_the_three_day_clock_of_article_30():
    req = InfoRequestFactory(received_on=D(2026, 4, 24))
    clock = clocks(req, D(2026, 4, 28))["simple_answer"]
    assert clock.due == D(2026, 5, 4)  # Hùng Kings substitute, 30/4 and 1/5 not counted
    assert "Điều 30" in clock.rule.article
    assert clock.status == deadlines.RUNNING
    assert [day.counted for day in clock.days if day.counted] == [1, 2, 3]


def test_clock_is_overdue_after_its_due_date():
    req = InfoRequestFactory(received_on=D(2026, 4, 24))
    assert clocks(req, D(2026, 5, 5))["simple_answer"].status == deadlines.OVERDUE


def test_complex_request_has_a_notice_clock_and_a_fifteen_day_clock():
    req = InfoRequestFactory(received_on=D(2026, 2, 2))
    InfoRequest.objects.filter(pk=req.pk).update(complexity="complex")
    result = clocks(req, D(2026, 2, 3))
    assert result["notice"].due == D(2026, 2, 5)
    assert result["complex_answer"].due == D(2026, 3, 2)  # Tết 2026 not counted
    assert "simple_answer" not in result


def test_notice_sent_in_time_meets_its_clock_and_late_notice_is_late():
    req = InfoRequestFactory(received_on=D(2026, 2, 2))
    InfoRequest.objects.filter(pk=req.pk).update(complexity="complex", notice_sent_at=at(D(2026, 2, 5)))
    assert clocks(req, D(2026, 2, 10))["notice"].status == deadlines.MET
    InfoRequest.objects.filter(pk=req.pk).update(notice_sent_at=at(D(2026, 2, 6)))
    assert clocks(req, D(2026, 2, 10))["notice"].status == deadlines.LATE


def test_extension_adds_calendar_days_and_ends_on_a_working_day():
    req = InfoRequestFactory(received_on=D(2026, 2, 2))
    InfoRequest.objects.filter(pk=req.pk).update(complexity="complex", extension_days=5, state="extended")
    result = clocks(req, D(2026, 3, 3))
    assert result["complex_answer"].status == deadlines.ENDED
    assert result["extension"].start == D(2026, 3, 2)
    assert result["extension"].due == D(2026, 3, 9)  # 7/3 is a Saturday: the next working day


def test_waiting_for_clarification_stops_the_clock():
    req = InfoRequestFactory(received_on=D(2026, 11, 16))  # Monday
    ClockPause.objects.create(request=req, reason="clarification", started_on=D(2026, 11, 17),
                              ended_on=D(2026, 11, 19))
    clock = clocks(req, D(2026, 11, 20))["simple_answer"]
    # Counted 17/11; 18 and 19 stopped; 20, 23 (24/11 is a holiday), 25 -> but only 3 needed: 17, 20, 23.
    assert clock.due == D(2026, 11, 23)
    assert [day.date for day in clock.paused_days] == [D(2026, 11, 18), D(2026, 11, 19)]
    assert all("Tạm dừng" in day.reason or "stopped" in day.reason for day in clock.paused_days)


def test_open_pause_shows_a_stopped_clock():
    req = InfoRequestFactory(received_on=D(2026, 11, 16))
    services.ask_clarification(req, None, "Đề nghị nêu rõ tên văn bản.")
    req.refresh_from_db()
    assert req.clock_paused
    clock = deadlines.clocks_for(req)[0]
    assert clock.status == deadlines.STOPPED


def test_post_requests_get_five_working_days_under_article_31():
    req = InfoRequestFactory(received_on=D(2026, 11, 16))
    InfoRequest.objects.filter(pk=req.pk).update(channel="post")
    clock = clocks(req, D(2026, 11, 17))["simple_answer"]
    assert clock.due == D(2026, 11, 24 + 0) or clock.due == D(2026, 11, 23)
    assert clock.due == D(2026, 11, 23)  # 17, 18, 19, 20, 23
    assert "Điều 31" in clock.rule.article


def test_first_due_date_is_three_working_days_after_receipt():
    assert deadlines.first_due_date(D(2026, 12, 30)) == D(2027, 1, 5)


def test_answer_closes_the_clock_and_keeps_the_working_days_taken():
    req = InfoRequestFactory(received_on=timezone.localdate() - datetime.timedelta(days=1))
    services.classify(req, None, "simple")
    req = services.answer(req, None, "Thông tin như sau.")
    assert req.state == "answered"
    assert req.on_time is True
    assert req.working_days_taken is not None and req.working_days_taken <= 1
    assert req.due_date is None
