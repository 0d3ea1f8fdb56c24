"""The working-day engine against the calendars of 2025–2027."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from cms.workdays import services
from cms.workdays.models import CalendarAdjustment

from .factories import CalendarAdjustmentFactory

D = datetime.date
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("day", [D(2026, 11, 23), D(2026, 11, 27), D(2027, 1, 5)])
def test_weekdays_are_working_days(day):
    assert services.is_working_day(day)


@pytest.mark.parametrize("day", [D(2026, 11, 21), D(2026, 11, 22)])
def test_weekends_are_not_working_days(day):
    info = services.day_info(day)
    assert not info.working
    assert info.kind == services.WEEKEND


@pytest.mark.parametrize(
    "day",
    [
        D(2026, 1, 1),  # New Year
        D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 19), D(2026, 2, 20),  # Tết 2026
        D(2026, 4, 27),  # Hùng Kings (26/4 is a Sunday): substitute Monday
        D(2026, 4, 30), D(2026, 5, 1),
        D(2026, 8, 31),  # day off swapped with Saturday 22/8
        D(2026, 9, 1), D(2026, 9, 2),  # National Day and the adjacent day
        D(2026, 11, 24),  # Vietnamese Culture Day, from 2026
        D(2027, 2, 4), D(2027, 2, 5), D(2027, 2, 8), D(2027, 2, 9), D(2027, 2, 10),  # Tết 2027
        D(2027, 4, 16),  # Hùng Kings 2027
        D(2027, 5, 3),  # 1/5/2027 is a Saturday: substitute Monday
        D(2027, 9, 2), D(2027, 9, 3),
        D(2027, 11, 24),
    ],
)
def test_public_holidays_are_not_working_days(day):
    info = services.day_info(day)
    assert not info.working
    assert info.kind == services.HOLIDAY


def test_culture_day_is_not_a_holiday_before_2026():
    assert services.is_working_day(D(2025, 11, 24))


@pytest.mark.parametrize("day", [D(2025, 4, 26), D(2026, 8, 22)])
def test_saturdays_swapped_by_the_government_are_working_days(day):
    info = services.day_info(day)
    assert info.working
    assert info.kind == services.MAKE_UP


@pytest.mark.parametrize(
    "start, n, due",
    [
        (D(2026, 11, 18), 3, D(2026, 11, 23)),  # plain week: Thu, Fri, Mon
        (D(2026, 11, 20), 0, D(2026, 11, 20)),
        (D(2026, 2, 13), 3, D(2026, 2, 25)),  # across Tết 2026
        (D(2026, 2, 2), 15, D(2026, 3, 2)),  # complex request across Tết 2026
        (D(2026, 4, 24), 3, D(2026, 5, 4)),  # Hùng Kings substitute, 30/4 and 1/5
        (D(2026, 8, 28), 3, D(2026, 9, 7)),  # 31/8, 1/9, 2/9
        (D(2026, 8, 21), 1, D(2026, 8, 22)),  # make-up Saturday counts
        (D(2026, 11, 23), 1, D(2026, 11, 25)),  # 24/11
        (D(2026, 12, 30), 3, D(2027, 1, 5)),  # year end and New Year
        (D(2027, 2, 3), 3, D(2027, 2, 15)),  # across Tết 2027
        (D(2027, 4, 29), 3, D(2027, 5, 6)),  # 30/4 Friday, 1/5 Saturday with its Monday
        (D(2027, 9, 1), 1, D(2027, 9, 6)),  # 2/9 and 3/9
        (D(2026, 11, 21), 1, D(2026, 11, 23)),  # received on a Saturday: Monday is day one
    ],
)
def test_add_working_days_skips_what_the_law_does_not_count(start, n, due):
    assert services.add_working_days(start, n) == due


def test_add_working_days_accepts_datetimes():
    start = datetime.datetime(2026, 11, 18, 16, 30)
    assert services.add_working_days(start, 3) == D(2026, 11, 23)


def test_add_working_days_refuses_negative_counts():
    with pytest.raises(ValueError):
        services.add_working_days(D(2026, 1, 5), -1)


@pytest.mark.parametrize("start", [D(2025, 12, 20) + datetime.timedelta(days=k) for k in range(0, 420, 7)])
@pytest.mark.parametrize("n", [1, 3, 15, 30])
def test_working_days_between_is_the_inverse_of_add_working_days(start, n):
    assert services.working_days_between(start, services.add_working_days(start, n)) == n


def test_working_days_between_is_negative_backwards():
    assert services.working_days_between(D(2026, 11, 25), D(2026, 11, 23)) == -1
    assert services.working_days_between(D(2026, 11, 23), D(2026, 11, 23)) == 0


def test_extra_day_off_is_skipped():
    CalendarAdjustmentFactory(date=D(2027, 1, 4), kind=CalendarAdjustment.Kind.DAY_OFF)
    assert not services.is_working_day(D(2027, 1, 4))
    assert services.add_working_days(D(2026, 12, 30), 3) == D(2027, 1, 6)


def test_make_up_saturday_is_counted():
    CalendarAdjustmentFactory(date=D(2027, 1, 9), kind=CalendarAdjustment.Kind.WORKDAY,
                              reason="Làm bù cho ngày 4/1/2027")
    assert services.is_working_day(D(2027, 1, 9))
    assert services.add_working_days(D(2027, 1, 8), 1) == D(2027, 1, 9)


def test_adjustment_overrides_a_government_swap():
    CalendarAdjustmentFactory(date=D(2026, 8, 31), kind=CalendarAdjustment.Kind.DAY_OFF,
                              reason="Nghỉ lễ Quốc khánh")
    assert services.day_info(D(2026, 8, 31)).kind == services.DAY_OFF


def test_changed_adjustments_take_effect_at_once():
    assert services.is_working_day(D(2027, 3, 1))
    adjustment = CalendarAdjustmentFactory(date=D(2027, 3, 1))
    assert not services.is_working_day(D(2027, 3, 1))
    adjustment.delete()
    assert services.is_working_day(D(2027, 3, 1))


def test_lookups_are_cached(django_assert_num_queries):
    services.is_working_day(D(2026, 1, 5))
    with django_assert_num_queries(0):
        services.add_working_days(D(2026, 1, 5), 200)


def test_explain_lists_every_day_counted_or_skipped_with_its_reason():
    with translation.override("vi"):
        explanation = services.explain(D(2026, 4, 24), 3)
    assert explanation.due == D(2026, 5, 4)
    days = [(info.date, index) for info, index in explanation.days]
    assert days == [
        (D(2026, 4, 25), None), (D(2026, 4, 26), None), (D(2026, 4, 27), None),
        (D(2026, 4, 28), 1), (D(2026, 4, 29), 2),
        (D(2026, 4, 30), None), (D(2026, 5, 1), None), (D(2026, 5, 2), None), (D(2026, 5, 3), None),
        (D(2026, 5, 4), 3),
    ]
    reasons = {info.date: info.reason for info, _ in explanation.days}
    assert "Giỗ Tổ Hùng Vương" in reasons[D(2026, 4, 27)]
    assert "Chiến thắng" in reasons[D(2026, 4, 30)]
    assert len(explanation.skipped) == 7


def test_explain_names_the_source_document_of_an_adjustment():
    CalendarAdjustmentFactory(date=D(2027, 1, 4), source_document="Thông báo số 99/TB-BNV")
    explanation = services.explain(D(2026, 12, 31), 1)
    assert "99/TB-BNV" in explanation.days[3][0].reason  # 1/1, 2/1, 3/1, then 4/1
    assert explanation.due == D(2027, 1, 5)


def test_next_working_day_of_a_holiday_is_the_day_after_it():
    assert services.next_working_day(D(2026, 9, 2)) == D(2026, 9, 3)
    assert services.next_working_day(D(2026, 9, 3)) == D(2026, 9, 3)


def test_make_up_day_must_be_a_weekend_day():
    adjustment = CalendarAdjustment(date=D(2027, 1, 5), kind=CalendarAdjustment.Kind.WORKDAY,
                                    reason="x", source_document="y")
    with pytest.raises(ValidationError):
        adjustment.full_clean()


def test_extra_day_off_must_be_a_weekday():
    adjustment = CalendarAdjustment(date=D(2027, 1, 9), kind=CalendarAdjustment.Kind.DAY_OFF,
                                    reason="x", source_document="y")
    with pytest.raises(ValidationError):
        adjustment.full_clean()


def test_staff_edit_adjustments_in_the_admin(admin_client):
    CalendarAdjustmentFactory(reason="Nghỉ bù Tết Dương lịch 2027")
    response = admin_client.get("/admin/snippets/workdays/calendaradjustment/")
    assert response.status_code == 200
    assert "Nghỉ bù Tết Dương lịch 2027" in response.content.decode()
