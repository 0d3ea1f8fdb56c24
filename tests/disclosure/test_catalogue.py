import csv
import datetime
import io
import json

import pytest
from openpyxl import load_workbook

from cms.disclosure.conformance import checks
from cms.disclosure.demo import demo_records
from cms.disclosure.services.gaps import find_gaps
from cms.documents.tests.factories import LegalDocumentFactory
from cms.workdays.models import CalendarAdjustment
from cms.workdays.services import clear_cache

from .factories import CatalogueItemFactory, DisclosureRecordFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue_url(section):
    return section("access_to_information.catalogue").url


def test_catalogue_lists_every_published_item_with_its_fields(client, catalogue_url):
    document = LegalDocumentFactory(number="12/2026/QĐ-UBND", summary="Quy định quản lý chợ",
                                    issue_date=datetime.date(2026, 3, 2))
    LegalDocumentFactory(number="13/2026/QĐ-UBND", summary="Dự thảo chưa công bố", live=False)
    record = DisclosureRecordFactory(title="Dự toán ngân sách năm 2026", number="15/QĐ-UBND")
    DisclosureRecordFactory(title="Bản nháp không công bố", live=False)
    item = CatalogueItemFactory(name="Danh mục thủ tục hành chính của tỉnh")
    response = client.get(catalogue_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "12/2026/QĐ-UBND" in html and "02/03/2026" in html and f"/van-ban/{document.slug}/" in html
    assert "Dự toán ngân sách năm 2026" in html and "15/QĐ-UBND" in html and "16/11/2026" in html
    assert f"{record.pk}-{record.slug}/" in html
    assert item.name in html and item.url in html
    assert "Trên cổng thông tin điện tử" in html
    assert "Dự thảo chưa công bố" not in html and "Bản nháp không công bố" not in html


def test_catalogue_groups_items_by_category_in_the_laws_order(client, catalogue_url):
    DisclosureRecordFactory(title="Mức thu lệ phí", kind="fees", category="o")
    DisclosureRecordFactory(title="Dự toán ngân sách nhóm đ")
    CatalogueItemFactory(name="Thủ tục hành chính nhóm a")
    html = client.get(catalogue_url).content.decode()
    assert html.index("Thủ tục hành chính nhóm a") < html.index("Dự toán ngân sách nhóm đ") < html.index("Mức thu lệ phí")


def test_catalogue_filters_by_category(client, catalogue_url):
    DisclosureRecordFactory(title="Mức thu lệ phí trước bạ", kind="fees", category="o")
    DisclosureRecordFactory(title="Dự toán ngân sách tỉnh")
    html = client.get(catalogue_url, {"nhom": "o"}).content.decode()
    assert "Mức thu lệ phí trước bạ" in html and "Dự toán ngân sách tỉnh" not in html


def test_catalogue_refuses_an_unknown_category_with_a_message(client, catalogue_url):
    response = client.get(catalogue_url, {"nhom": "x"})
    assert response.status_code == 400
    assert "Nhóm thông tin này không tồn tại" in response.content.decode()


def test_catalogue_exports_csv_xlsx_json_with_formulas_escaped(client, catalogue_url):
    DisclosureRecordFactory(title="=HYPERLINK(\"http://x\")", number="7/QĐ-UBND")
    CatalogueItemFactory(name="Danh mục thủ tục")
    raw = client.get(f"{catalogue_url}xuat/csv/").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw)))
    assert rows[0][2] == "Tên thông tin"
    names = [row[2] for row in rows[1:]]
    assert "'=HYPERLINK(\"http://x\")" in names and "Danh mục thủ tục" in names
    workbook = load_workbook(io.BytesIO(client.get(f"{catalogue_url}xuat/xlsx/").content))
    cells = [row[2] for row in workbook.active.iter_rows(min_row=2, values_only=True)]
    assert "'=HYPERLINK(\"http://x\")" in cells
    data = json.loads(client.get(f"{catalogue_url}xuat/json/").content)
    assert data["count"] == 2
    record = next(item for item in data["items"] if item["number"] == "7/QĐ-UBND")
    assert record["created_on"] == "2026-11-16" and record["published_on"] == "2026-11-18"
    assert record["url"].startswith("http://") and record["category"] == "đ"


def test_export_keeps_the_filters(client, catalogue_url):
    DisclosureRecordFactory(title="Mức thu phí", kind="fees", category="o")
    DisclosureRecordFactory(title="Dự toán")
    data = json.loads(client.get(f"{catalogue_url}xuat/json/", {"nhom": "o"}).content)
    assert [item["name"] for item in data["items"]] == ["Mức thu phí"]


def test_categories_without_anything_in_a_year_are_flagged():
    DisclosureRecordFactory(category="o", kind="fees", published_on=datetime.date(2026, 10, 1),
                            created_on=datetime.date(2026, 9, 30))
    DisclosureRecordFactory(category="l", kind="statistics", published_on=datetime.date(2025, 6, 1),
                            created_on=datetime.date(2025, 5, 30),
                            first_published_at=datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC))
    gaps = find_gaps(today=datetime.date(2026, 11, 25))
    status = {s.category.code: s for s in gaps.per_category}
    assert not status["o"].stale and status["o"].last_published == datetime.date(2026, 10, 1)
    assert status["l"].stale and status["l"].last_published == datetime.date(2025, 6, 1)
    assert status["p"].stale and status["p"].last_published is None


def test_records_published_after_five_working_days_are_late():
    # Created Monday 16/11/2026: the fifth working day after it is Monday 23/11.
    DisclosureRecordFactory(title="Đúng hạn", created_on=datetime.date(2026, 11, 16), published_on=datetime.date(2026, 11, 23))
    DisclosureRecordFactory(title="Trễ hạn", created_on=datetime.date(2026, 11, 16), published_on=datetime.date(2026, 11, 24))
    late = find_gaps().late
    assert [(item.name, item.due) for item in late] == [("Trễ hạn", datetime.date(2026, 11, 23))]


def test_late_rule_counts_days_off_of_the_working_day_calendar():
    CalendarAdjustment.objects.create(date=datetime.date(2026, 11, 20), kind="day_off", reason="Nghỉ bù",
                                      source_document="Thông báo số 1/TB-BNV")
    clear_cache()
    try:
        DisclosureRecordFactory(title="Kịp hạn nhờ ngày nghỉ", created_on=datetime.date(2026, 11, 16),
                                published_on=datetime.date(2026, 11, 24))
        assert find_gaps().late == []
    finally:
        clear_cache()


def test_catalogue_page_shows_gaps(client, catalogue_url):
    DisclosureRecordFactory(title="Báo cáo đăng muộn", created_on=datetime.date(2026, 11, 2),
                            published_on=datetime.date(2026, 11, 20))
    html = client.get(catalogue_url).content.decode()
    assert "Công bố chậm hơn thời hạn luật định" in html
    assert "Báo cáo đăng muộn" in html
    assert "Chưa từng công khai" in html


def test_conformance_warns_about_gaps(site):
    DisclosureRecordFactory(created_on=datetime.date(2026, 11, 2), published_on=datetime.date(2026, 11, 20))
    result = {check.code: check for check in checks(site)}
    assert result["disclosure.late"].status == "warn"
    assert result["disclosure.stale_categories"].status == "warn"


def test_catalogue_query_count_is_fixed(client, catalogue_url, django_assert_max_num_queries):
    for _ in range(10):
        DisclosureRecordFactory()
        CatalogueItemFactory()
        LegalDocumentFactory()
    client.get(catalogue_url)
    with django_assert_max_num_queries(40):
        assert client.get(catalogue_url).status_code == 200


def test_demo_records_are_idempotent(site):
    created = demo_records(site, today=datetime.date(2026, 11, 25))
    assert len(created) == 10
    assert demo_records(site, today=datetime.date(2026, 11, 25)) == []
