"""The look-up page: the right pair shows everything, a wrong pair shows nothing and is rate-limited."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.requests import services
from cms.requests.views import LOOKUP_FAILURES_PER_CODE
from tests.info_requests.factories import InfoRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(db):
    req = InfoRequestFactory(email="hoa.le@example.vn", phone="0987654321")
    services.classify(req, None, "simple")
    upload = SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4 ke hoach")
    return services.answer(req, None, "Kế hoạch sử dụng đất năm 2026 gửi kèm.", "", [upload])


def look_up(client, page, code, contact, **extra):
    return client.post(page.url, {"code": code, "contact": contact}, **extra)


def test_lookup_page_shows_the_form(client, lookup_page):
    response = client.get(lookup_page.url)
    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


def test_code_and_email_show_state_history_and_answer(client, lookup_page, answered):
    response = look_up(client, lookup_page, answered.display_code.lower(), "HOA.LE@example.vn")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kế hoạch sử dụng đất năm 2026 gửi kèm." in html
    assert "ke-hoach.pdf" in html
    assert answered.get_state_display() in html


def test_code_and_phone_in_another_format_also_match(client, lookup_page, answered):
    response = look_up(client, lookup_page, answered.tracking_code, "+84 987 654 321")
    assert "Kế hoạch sử dụng đất" in response.content.decode()


def test_wrong_pair_reveals_nothing(client, lookup_page, answered):
    wrong_contact = look_up(client, lookup_page, answered.tracking_code, "khac@example.vn").content.decode()
    wrong_code = look_up(client, lookup_page, "ABCDE-FGHJK", "hoa.le@example.vn").content.decode()
    for html in (wrong_contact, wrong_code):
        assert "Kế hoạch sử dụng đất" not in html
        assert answered.get_state_display() not in html.split("<main")[1]
        assert "Không tìm thấy yêu cầu" in html


def test_malformed_code_gets_a_clear_message(client, lookup_page):
    response = look_up(client, lookup_page, "<script>", "a@b.vn")
    assert response.status_code == 400
    assert "10 chữ cái và chữ số" in response.content.decode()


def test_repeated_wrong_contacts_for_one_code_are_rate_limited(client, lookup_page, answered):
    for n in range(LOOKUP_FAILURES_PER_CODE):
        look_up(client, lookup_page, answered.tracking_code, f"sai{n}@example.vn", REMOTE_ADDR=f"10.1.0.{n}")
    response = look_up(client, lookup_page, answered.tracking_code, "hoa.le@example.vn", REMOTE_ADDR="10.1.1.1")
    assert response.status_code == 429


def test_lookups_are_rate_limited_per_address(client, lookup_page):
    statuses = [look_up(client, lookup_page, "ABCDE-FGHJ" + "K", f"x{n}@example.vn").status_code for n in range(21)]
    assert statuses[-1] == 429


def test_answer_file_downloads_with_the_signed_link_only(client, lookup_page, answered):
    html = look_up(client, lookup_page, answered.tracking_code, "hoa.le@example.vn").content.decode()
    link = re.search(r'href="([^"]*/tep/[^"]+/)"', html).group(1)
    response = client.get(link)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 ke hoach"
    assert client.get(lookup_page.url + "tep/gia-mao/").status_code == 404
