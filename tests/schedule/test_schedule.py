import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from cms.schedule import services
from cms.schedule.demo import demo_week
from cms.schedule.models import ScheduleEntry
from cms.schedule.weeks import BadWeek, Week

from .factories import ScheduleEntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def schedule_url(section):
    return section("direction.schedule").url


def test_week_after_2026_w53_is_2027_w01():
    week = Week.make(2026, 53)
    assert week.monday == datetime.date(2026, 12, 28)
    assert week.next == Week(2027, 1)
    assert Week(2027, 1).previous == week
    with pytest.raises(BadWeek):
        Week.make(2027, 53)


def test_week_view_across_year_end(client, schedule_url):
    ScheduleEntryFactory(date=datetime.date(2026, 12, 31), title="Tổng kết công tác năm 2026")
    ScheduleEntryFactory(date=datetime.date(2027, 1, 4), title="Họp đầu năm 2027")
    response = client.get(f"{schedule_url}2026/53/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tổng kết công tác năm 2026" in html
    assert "Họp đầu năm 2027" not in html
    assert f'href="{schedule_url}2027/1/" rel="next"' in html
    following = client.get(f"{schedule_url}2027/1/").content.decode()
    assert "Họp đầu năm 2027" in following
    assert f'href="{schedule_url}2026/53/" rel="prev"' in following


def test_week_that_does_not_exist_gets_a_clear_message(client, schedule_url):
    response = client.get(f"{schedule_url}2027/53/")
    assert response.status_code == 404
    assert "Tuần “2027-W53” không tồn tại" in response.content.decode()


def test_bad_week_parameter_gets_a_clear_message(client, schedule_url):
    response = client.get(schedule_url, {"tuan": "tuần-sau"})
    assert response.status_code == 400
    assert "không tồn tại" in response.content.decode()


def test_week_parameter_redirects_to_the_week_address(client, schedule_url):
    response = client.get(schedule_url, {"tuan": "2026-W48"})
    assert response.status_code == 302
    assert response["Location"] == f"{schedule_url}2026/48/"


def test_week_view_shows_only_published_entries_in_time_order(client, schedule_url):
    ScheduleEntryFactory(title="Buổi chiều", start_time=datetime.time(14, 0), end_time=None)
    ScheduleEntryFactory(title="Buổi sáng", start_time=datetime.time(7, 30), end_time=None)
    ScheduleEntryFactory(title="Bản nháp chưa duyệt", live=False)
    html = client.get(f"{schedule_url}2026/48/").content.decode()
    assert html.index("Buổi sáng") < html.index("Buổi chiều")
    assert "Bản nháp chưa duyệt" not in html


def test_week_view_query_count_does_not_grow_with_entries(client, schedule_url, django_assert_max_num_queries):
    from wagtail.models import Site

    from cms.core.models import Leader, ProvinceSettings

    settings = ProvinceSettings.for_site(Site.objects.get(is_default_site=True))
    leader = Leader.objects.create(settings=settings, name="Nguyễn Văn A", position="Chủ tịch UBND tỉnh")
    for hour in range(7, 17):
        ScheduleEntryFactory(start_time=datetime.time(hour, 0), end_time=None, leader_ref=leader)
    client.get(f"{schedule_url}2026/48/")  # warm caches (site, settings)
    with django_assert_max_num_queries(25):
        response = client.get(f"{schedule_url}2026/48/")
    assert response.content.decode().count("Chủ tịch UBND tỉnh Nguyễn Văn A") == 10


def test_printable_version_lists_the_week(client, schedule_url):
    ScheduleEntryFactory(title="Tiếp công dân định kỳ", date=datetime.date(2026, 11, 24))
    response = client.get(f"{schedule_url}2026/48/in/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<table" in html and "Tiếp công dân định kỳ" in html
    assert "main-menu" not in html


def test_ical_feed_is_valid_rfc5545(client, schedule_url):
    today = timezone.localdate()
    ScheduleEntryFactory(
        date=today, start_time=datetime.time(8, 0), end_time=datetime.time(9, 30),
        title="Họp về dự toán; ngân sách, đầu tư công " + "rất dài " * 20,
        location="Phòng họp số 1, UBND tỉnh",
    )
    ScheduleEntryFactory(date=today, start_time=None, end_time=None, title="Công tác cả ngày")
    response = client.get(f"{schedule_url}ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    raw = response.content
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"LOCATION:Ph\xc3\xb2ng h\xe1\xbb\x8dp s\xe1\xbb\x91 1\\, UBND t\xe1\xbb\x89nh" in raw
    assert b"DTSTART;TZID=Asia/Ho_Chi_Minh:" in raw
    assert b"BEGIN:VTIMEZONE" in raw
    calendar = Calendar.from_ical(raw)
    events = {str(e["summary"]).split(": ", 1)[1][:14]: e for e in calendar.walk("VEVENT")}
    timed = events["Họp về dự toán"]
    assert timed.decoded("dtstart").hour == 8
    assert timed.decoded("dtstart").utcoffset() == datetime.timedelta(hours=7)
    assert events["Công tác cả ng"].decoded("dtstart") == today


def test_copy_recurring_copies_last_weeks_entries_once():
    ScheduleEntryFactory(date=datetime.date(2026, 11, 16), title="Giao ban đầu tuần", recurring=True)
    ScheduleEntryFactory(date=datetime.date(2026, 11, 17), title="Việc một lần", recurring=False)
    ScheduleEntryFactory(date=datetime.date(2026, 11, 18), title="Bản nháp định kỳ", recurring=True, live=False)
    created, skipped = services.copy_recurring(Week(2026, 48))
    assert [(e.date, e.title, e.live) for e in created] == [(datetime.date(2026, 11, 23), "Giao ban đầu tuần", True)]
    created_again, skipped_again = services.copy_recurring(Week(2026, 48))
    assert created_again == [] and len(skipped_again) == 1
    assert ScheduleEntry.objects.filter(title="Giao ban đầu tuần").count() == 2


def test_admin_copy_action_copies_into_the_chosen_week(admin_client):
    ScheduleEntryFactory(date=datetime.date(2026, 12, 31), title="Giao ban cuối năm", recurring=True)
    response = admin_client.post("/admin/schedule/copy-recurring/", {"week": "2027-W01"})
    assert response.status_code == 302
    copy = ScheduleEntry.objects.get(title="Giao ban cuối năm", date=datetime.date(2027, 1, 7))
    assert copy.live and copy.latest_revision is not None


def test_admin_copy_action_refuses_a_week_that_does_not_exist(admin_client):
    response = admin_client.post("/admin/schedule/copy-recurring/", {"week": "2027-W53"})
    assert response.status_code == 200
    assert "Tuần này không tồn tại" in response.content.decode()


def test_end_time_before_start_time_is_refused_and_input_kept(admin_client):
    response = admin_client.post("/admin/snippets/schedule/scheduleentry/add/", {
        "date": "2026-11-23", "start_time": "10:00", "end_time": "09:00", "leader": "Chủ tịch UBND tỉnh",
        "title": "Họp thử nghiệm giờ sai", "location": "", "attendees": "", "preparing_unit": "",
    })
    html = response.content.decode()
    assert response.status_code == 200
    assert "Giờ kết thúc phải sau giờ bắt đầu." in html
    assert "Họp thử nghiệm giờ sai" in html
    assert not ScheduleEntry.objects.filter(title="Họp thử nghiệm giờ sai").exists()


def test_entry_without_leader_is_refused(admin_client):
    response = admin_client.post("/admin/snippets/schedule/scheduleentry/add/", {
        "date": "2026-11-23", "start_time": "10:00", "end_time": "", "leader": "", "title": "Không có người chủ trì",
    })
    assert "Chọn lãnh đạo" in response.content.decode()
    assert not ScheduleEntry.objects.filter(title="Không có người chủ trì").exists()


def test_home_panel_shows_todays_entries(client, home):
    ScheduleEntryFactory(date=timezone.localdate(), title="Làm việc với đoàn công tác của Bộ")
    html = client.get(home.url).content.decode()
    assert "Làm việc với đoàn công tác của Bộ" in html


def test_demo_week_is_idempotent(site):
    created = demo_week(site, today=datetime.date(2026, 11, 25))
    assert len(created) == 18
    assert demo_week(site, today=datetime.date(2026, 11, 25)) == []


def test_admin_listing_offers_the_copy_action(admin_client):
    ScheduleEntryFactory(title="Giao ban trong danh sách")
    html = admin_client.get("/admin/snippets/schedule/scheduleentry/").content.decode()
    assert "Giao ban trong danh sách" in html
    assert "/admin/schedule/copy-recurring/" in html
    form = admin_client.get("/admin/schedule/copy-recurring/")
    assert form.status_code == 200 and "Sao chép vào tuần" in form.content.decode()
