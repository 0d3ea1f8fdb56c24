"""Public statistics, JSON, the Ministry of Justice export and the portal indicators: counts only."""

import datetime
import io
import json

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from wagtail import hooks

from cms.requests import services
from cms.requests.statistics import figures
from cms.requests.wagtail_hooks import request_indicators
from tests.info_requests.factories import InfoRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed(db):
    today = timezone.localdate()
    answered = InfoRequestFactory(full_name="Người Bí Mật", email="bimat@example.vn")
    services.classify(answered, None, "simple")
    services.answer(answered, None, "Trả lời")
    refused = InfoRequestFactory()
    services.refuse(refused, None, "b", "Đã công khai")
    transferred = InfoRequestFactory()
    services.transfer(transferred, None, "Sở Xây dựng")
    InfoRequestFactory()
    return today


def test_figures_count_outcomes_and_refusals_by_ground(site, mixed):
    data = figures(site, mixed.replace(day=1), mixed)
    assert data["received"] == 4
    assert data["answered"] == data["answered_on_time"] == 1
    assert data["refused"] == 1 and data["refused_by_ground"]["b"] == 1
    assert data["transferred"] == 1 and data["pending"] == 1
    assert data["median_working_days"] == 0


def test_statistics_page_shows_the_year_by_month(client, stats_page, mixed, django_assert_max_num_queries):
    with django_assert_max_num_queries(40):
        response = client.get(stats_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f"{mixed.month:02d}/{mixed.year}" in html
    assert "Người Bí Mật" not in html and "bimat@" not in html


def test_bad_year_gets_a_message_not_an_error(client, stats_page):
    response = client.get(stats_page.url, {"nam": "abc"})
    assert response.status_code == 400
    assert "2018" in response.content.decode()


def test_statistics_json_has_counts_and_nothing_personal(client, stats_page, mixed):
    response = client.get(stats_page.url + "json/")
    data = json.loads(response.content)
    assert data["total"]["received"] == 4
    assert len(data["months"]) == mixed.month
    text = response.content.decode()
    assert "bimat" not in text and "Người Bí Mật" not in text


def test_ministry_export_as_csv_and_xlsx(client, stats_page, mixed):
    csv_text = client.get(stats_page.url + "bao-cao/csv/").content.decode("utf-8-sig")
    assert "Số yêu cầu tiếp nhận" in csv_text.splitlines()[0]
    assert csv_text.splitlines()[-1].startswith(f"Năm {mixed.year},4,")
    response = client.get(stats_page.url + "bao-cao/xlsx/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.cell(row=1, column=2).value == "Số yêu cầu tiếp nhận"
    assert sheet.cell(row=sheet.max_row, column=2).value == 4


def test_unknown_export_format_is_not_found(client, stats_page):
    assert client.get(stats_page.url + "bao-cao/exe/").status_code == 404


def test_indicators_hook_gives_named_figures(site, mixed):
    assert request_indicators in hooks.get_hooks("portal_indicators")
    merged = request_indicators(site, mixed - datetime.timedelta(days=31), mixed)
    assert merged["requests_received"] == 4
    assert merged["requests_answered_on_time"] == 1
    assert merged["requests_refused_by_ground"]["b"] == 1
    assert "requests_median_working_days" in merged
