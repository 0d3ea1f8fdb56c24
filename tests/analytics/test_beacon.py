"""The beacon: same-origin only, small bodies, real pages only, DNT/GPC honoured, never a 500."""

import pytest

from cms.analytics import tracking
from cms.analytics.models import ViewEvent

pytestmark = pytest.mark.django_db

URL = "/api/v1/beacon/"
UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130 Safari/537.36"
SAME = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_USER_AGENT": UA}


@pytest.fixture(autouse=True)
def fresh_caches():
    tracking.clear_caches()


def test_a_view_of_a_real_page_is_recorded(client, section):
    response = client.post(URL, {"p": "/gioi-thieu/", "t": "42", "r": "https://www.google.com"}, **SAME)
    assert response.status_code == 204
    event = ViewEvent.objects.get()
    assert event.page_id == section("about").pk and event.seconds == 42
    assert event.referrer_domain == "google.com" and event.device == "desktop"
    assert len(event.visitor) == 32 and "127.0.0.1" not in event.visitor


@pytest.mark.parametrize("path", ["/khong-co-trang-nay/", "/gioi-thieu/khong-co/", "gioi-thieu", "/../etc/passwd",
                                  "//evil.example/", "/" + "a" * 600])
def test_unknown_paths_count_for_no_page(client, path):
    response = client.post(URL, {"p": path, "t": "5"}, **SAME)
    assert response.status_code == 204
    assert not ViewEvent.objects.exists()


@pytest.mark.parametrize("data", [{}, {"p": ""}, {"p": "/", "t": "abc"}, {"p": "/", "t": "-4"}])
def test_malformed_beacons_are_rejected(client, data):
    assert client.post(URL, data, **SAME).status_code == 400
    assert not ViewEvent.objects.exists()


def test_cross_origin_posts_are_rejected(client):
    headers = {**SAME, "HTTP_ORIGIN": "https://evil.example", "HTTP_SEC_FETCH_SITE": "cross-site"}
    assert client.post(URL, {"p": "/", "t": "3"}, **headers).status_code == 400
    assert client.post(URL, {"p": "/", "t": "3"}, HTTP_USER_AGENT=UA).status_code == 400
    assert not ViewEvent.objects.exists()


def test_large_bodies_are_rejected(client):
    response = client.post(URL, {"p": "/", "t": "3", "x": "y" * 5000}, **SAME)
    assert response.status_code == 400


def test_get_is_not_allowed(client):
    assert client.get(URL).status_code == 405


@pytest.mark.parametrize("header", [{"HTTP_DNT": "1"}, {"HTTP_SEC_GPC": "1"}])
def test_do_not_track_and_gpc_are_honoured(client, header):
    assert client.post(URL, {"p": "/", "t": "3"}, **SAME, **header).status_code == 204
    assert not ViewEvent.objects.exists()


def test_bots_are_not_counted(client):
    headers = {**SAME, "HTTP_USER_AGENT": "Googlebot/2.1 (+http://www.google.com/bot.html)"}
    assert client.post(URL, {"p": "/", "t": "3"}, **headers).status_code == 204
    assert not ViewEvent.objects.exists()


def test_time_on_page_is_capped(client):
    client.post(URL, {"p": "/", "t": "999999"}, **SAME)
    assert ViewEvent.objects.get().seconds == tracking.MAX_SECONDS


def test_same_visitor_same_day_has_same_hash_and_no_cookie(client):
    first = client.post(URL, {"p": "/", "t": "3"}, **SAME)
    client.post(URL, {"p": "/gioi-thieu/", "t": "3"}, **SAME)
    assert not first.cookies
    assert len(set(ViewEvent.objects.values_list("visitor", flat=True))) == 1


def test_phone_is_recognised(client):
    ua = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/130 Mobile Safari/537.36"
    client.post(URL, {"p": "/", "t": "3"}, **{**SAME, "HTTP_USER_AGENT": ua})
    assert ViewEvent.objects.get().device == "mobile"


def test_public_pages_load_the_beacon_script(client):
    body = client.get("/").content.decode()
    assert "js/analytics.js" in body and 'data-beacon="/api/v1/beacon/"' in body
