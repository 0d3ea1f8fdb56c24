"""The admin dashboard, its home panel, CSV export and the public indicators API."""

import datetime

import pytest
from django.utils import timezone
from wagtail import hooks

from cms.analytics import stats
from cms.analytics.models import ViewEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_views(site, home, section):
    today = timezone.localdate()
    now = timezone.now()
    for n, (visitor, page) in enumerate([("a", home), ("a", section("about")), ("b", section("news")), ("c", home)]):
        ViewEvent.objects.create(site=site, page=page, day=today, created_at=now - datetime.timedelta(minutes=10 - n),
                                 visitor=visitor, seconds=30 * (n + 1), device="mobile" if visitor == "b" else "desktop")
    stats.aggregate_day(today)


@pytest.fixture
def extra_indicator():
    def figures(site, date_from, date_to):
        return {"requests": {"received": 7, "on_time": 6, "overdue": 1}, "satisfaction_average": 4.2}

    with hooks.register_temporarily("portal_indicators", figures):
        yield


def test_dashboard_renders_with_demo_data(admin_client, demo_views, extra_indicator):
    response = admin_client.get("/admin/analytics/?days=7")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in body and "Trang chủ" in body or "<svg" in body
    assert ">3<" in body.replace(" ", "")  # three visits
    assert "Information requests" in body or "Yêu cầu cung cấp thông tin" in body


def test_dashboard_bad_dates_show_a_message(admin_client):
    response = admin_client.get("/admin/analytics/?from=2026-13-01")
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()


def test_admin_home_shows_the_indicators_panel(admin_client, demo_views):
    response = admin_client.get("/admin/")
    assert response.status_code == 200 and "analytics-home-panel" in response.content.decode()


def test_csv_export(admin_client, demo_views, extra_indicator):
    response = admin_client.get("/admin/analytics/export.csv?days=30")
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "visits,3" in text.replace('"', "") and "requests.received,7" in text


def test_indicators_api_returns_hooked_figures(client, demo_views, extra_indicator):
    today = timezone.localdate().isoformat()
    data = client.get("/api/v1/indicators/", {"from": today, "to": today}).json()
    assert data["indicators"]["visits"] == 3
    assert data["indicators"]["requests"]["on_time"] == 6
    assert data["labels"]["visits"]
    assert "a" not in str(data["indicators"].get("devices", {}).keys())


@pytest.mark.parametrize("params", [
    {"from": "2026-02-30"}, {"from": "hôm qua"}, {"to": "20261231"},
    {"from": "2026-05-01", "to": "2026-04-01"}, {"from": "2020-01-01", "to": "2026-01-01"},
])
def test_indicators_api_rejects_bad_dates_in_vietnamese(client, params):
    response = client.get("/api/v1/indicators/", params)
    assert response.status_code == 400
    assert response.json()["errors"]


def test_indicators_api_defaults_to_last_30_days(client):
    data = client.get("/api/v1/indicators/").json()
    start = datetime.date.fromisoformat(data["from"])
    assert (datetime.date.fromisoformat(data["to"]) - start).days == 29


def test_indicators_api_errors_read_in_vietnamese(client):
    response = client.get("/api/v1/indicators/", {"from": "31/12/2026"})
    assert "phải có dạng" in response.json()["errors"][0]
