"""The leaders' schedule per site: an entry belongs to the site whose settings list its leader; each site's
public schedule shows its own leaders' entries, the province's staff manage every site's."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from cms.core.models import Leader, ProvinceSettings
from cms.schedule import services
from cms.schedule.models import ScheduleEntry, SchedulePage
from cms.schedule.weeks import Week
from tests.schedule.factories import ScheduleEntryFactory

from .conftest import DEPARTMENT_HOST, add_section

pytestmark = pytest.mark.django_db

ADMIN = "/admin/snippets/schedule/scheduleentry/"
OWN, OTHER, FREE = "Họp giao ban Sở Tư pháp", "Họp UBND tỉnh với Chủ tịch", "Tiếp công dân (ghi tên lãnh đạo)"
MONDAY = datetime.date(2026, 11, 23)  # week 2026-W48


@pytest.fixture
def leaders(site, department):
    settings = ProvinceSettings.objects.create(site=department, official_name="Sở Tư pháp tỉnh Tây Ninh",
                                               short_name="Sở Tư pháp")
    own = Leader.objects.create(settings=settings, name="Trần Văn Sở", position="Giám đốc Sở")
    province = Leader.objects.create(settings=ProvinceSettings.for_site(site), name="Lê Văn Tỉnh",
                                     position="Chủ tịch UBND tỉnh")
    return own, province


@pytest.fixture
def entries(leaders):
    own, province = leaders
    return (ScheduleEntryFactory(date=MONDAY, leader_ref=own, leader="", title=OWN),
            ScheduleEntryFactory(date=MONDAY, leader_ref=province, leader="", title=OTHER),
            ScheduleEntryFactory(date=MONDAY, title=FREE))  # a free-text leader is the province's


@pytest.fixture
def schedule_page(department):
    return add_section(department, SchedulePage, "lich-cong-tac", "direction.schedule")


def test_component_week_shows_only_its_leaders_entries(client, entries, schedule_page):
    content = client.get(f"{schedule_page.url}2026/48/", HTTP_HOST=DEPARTMENT_HOST).content.decode()
    assert OWN in content and OTHER not in content and FREE not in content


def test_component_ical_feed_holds_only_its_leaders_entries(client, entries, schedule_page, leaders):
    ScheduleEntryFactory(date=timezone.localdate(), leader_ref=leaders[0], leader="", title="Họp hôm nay của Sở")
    ScheduleEntryFactory(date=timezone.localdate(), leader_ref=leaders[1], leader="", title="Họp hôm nay của tỉnh")
    response = client.get(f"{schedule_page.url}ical/", HTTP_HOST=DEPARTMENT_HOST)
    summaries = [str(event["summary"]) for event in Calendar.from_ical(response.content).walk("VEVENT")]
    assert any("Họp hôm nay của Sở" in summary for summary in summaries)
    assert not any("của tỉnh" in summary for summary in summaries)


def test_province_week_shows_only_the_provinces_entries(client, entries, section):
    content = client.get(f"{section('direction.schedule').url}2026/48/").content.decode()
    assert OTHER in content and FREE in content and OWN not in content


def test_province_home_panel_shows_only_the_provinces_entries(client, leaders):
    ScheduleEntryFactory(date=timezone.localdate(), leader_ref=leaders[0], leader="", title="Họp hôm nay của Sở")
    ScheduleEntryFactory(date=timezone.localdate(), leader_ref=leaders[1], leader="", title="Họp hôm nay của tỉnh")
    content = client.get("/").content.decode()
    assert "Họp hôm nay của tỉnh" in content and "Họp hôm nay của Sở" not in content


def test_component_home_has_no_schedule_panel_without_a_schedule_section(client, leaders, department):
    from cms.schedule.wagtail_hooks import schedule_panel

    ScheduleEntryFactory(date=timezone.localdate(), leader_ref=leaders[0], leader="", title="Họp hôm nay của Sở")
    assert schedule_panel(department.root_page.specific, None) is None


def test_week_entries_of_a_site_are_its_own(entries, department, site):
    week = Week.of(MONDAY)
    assert [e.title for e in services.week_entries(week, department)] == [OWN]
    assert {e.title for e in services.week_entries(week, site)} == {OTHER, FREE}


def test_component_staff_list_only_their_entries(department_client, entries):
    content = department_client.get(ADMIN).content.decode()
    assert OWN in content and OTHER not in content and FREE not in content


def test_province_staff_list_every_entry_and_filter_by_site(province_client, entries, department, site):
    content = province_client.get(ADMIN).content.decode()
    assert OWN in content and OTHER in content and FREE in content
    content = province_client.get(ADMIN, {"site": department.pk}).content.decode()
    assert OWN in content and OTHER not in content and FREE not in content
    content = province_client.get(ADMIN, {"site": site.pk}).content.decode()
    assert OWN not in content and OTHER in content and FREE in content


def test_listing_reads_leaders_in_a_fixed_number_of_queries(province_client, leaders, django_assert_max_num_queries):
    province_client.get(ADMIN)  # warm the per-process caches
    for n in range(3):
        ScheduleEntryFactory(date=MONDAY, leader_ref=leaders[n % 2], leader="", title=f"Họp số {n}")
    with django_assert_max_num_queries(40) as queries:
        province_client.get(ADMIN)
    baseline = len(queries)
    for n in range(10):
        ScheduleEntryFactory(date=MONDAY, leader_ref=leaders[n % 2], leader="", title=f"Họp thêm số {n}")
    with django_assert_max_num_queries(baseline):
        province_client.get(ADMIN)


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage", "unpublish"])
def test_component_staff_cannot_open_another_sites_entry(department_client, entries, view):
    assert department_client.get(f"{ADMIN}{view}/{entries[1].pk}/").status_code == 404
    assert department_client.get(f"{ADMIN}{view}/{entries[2].pk}/").status_code == 404


def test_component_staff_open_their_entry(department_client, entries):
    assert department_client.get(f"{ADMIN}edit/{entries[0].pk}/").status_code == 200


def test_forged_edit_of_another_sites_entry_changes_nothing(department_client, entries):
    other = entries[1]
    response = department_client.post(f"{ADMIN}edit/{other.pk}/", {"date": "2026-11-24", "title": "Sửa trộm",
                                                                   "leader": "Giả mạo"})
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.title == OTHER and other.date == MONDAY


def test_forged_delete_of_another_sites_entry_changes_nothing(department_client, entries):
    other = entries[1]
    assert department_client.post(f"{ADMIN}delete/{other.pk}/").status_code == 404
    assert ScheduleEntry.objects.filter(pk=other.pk).exists()


def test_bulk_delete_with_another_sites_entry_is_refused(department_client, entries):
    own, other, _free = entries
    department_client.post(f"/admin/bulk/schedule/scheduleentry/delete/?id={other.pk}&id={own.pk}")
    assert ScheduleEntry.objects.filter(pk__in=[own.pk, other.pk]).count() == 2


def test_add_form_offers_only_the_sites_leaders(department_client, leaders):
    form = department_client.get(f"{ADMIN}add/").context["form"]
    assert list(form.fields["leader_ref"].queryset) == [leaders[0]]
    assert form.fields["leader_ref"].required  # a free-text leader would make the entry the province's


def test_add_with_another_sites_leader_is_refused(department_client, leaders):
    response = department_client.post(f"{ADMIN}add/", {
        "date": "2026-11-24", "start_time": "08:00", "leader_ref": leaders[1].pk, "title": "Giả mạo",
    })
    assert response.status_code == 200
    assert "leader_ref" in response.context["form"].errors
    assert not ScheduleEntry.objects.filter(title="Giả mạo").exists()


def test_copying_recurring_entries_copies_only_the_staffs_own(department_staff, leaders):
    ScheduleEntryFactory(date=MONDAY, leader_ref=leaders[0], leader="", title=OWN, recurring=True)
    ScheduleEntryFactory(date=MONDAY, leader_ref=leaders[1], leader="", title=OTHER, recurring=True)
    created, _skipped = services.copy_recurring(Week.of(MONDAY).next, user=department_staff)
    assert [entry.title for entry in created] == [OWN]
    assert not ScheduleEntry.objects.filter(title=OTHER, date=MONDAY + datetime.timedelta(days=7)).exists()
