"""The public request form: valid submissions, every kind of bad input, anti-abuse."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.requests.forms import RequestForm
from cms.requests.models import InfoRequest, RequestFile
from tests.info_requests.factories import VALID_POST

pytestmark = pytest.mark.django_db


def token():
    return RequestForm().initial["token"]


def post(client, page, captured=None, **changes):
    data = {**VALID_POST, "token": token(), **changes}
    data = {k: v for k, v in data.items() if v is not None}
    return client.post(page.url, data)


def test_form_page_shows_the_form_with_notice_and_token(client, form_page):
    response = client.get(form_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="token"' in html and 'name="csrfmiddlewaretoken"' in html
    assert "Luật Bảo vệ dữ liệu cá nhân" in html or "91/2025/QH15" in html
    assert 'name="consent_survey"' in html and "checked" not in html.split('name="consent_survey"')[1][:40]
    assert response["Cache-Control"].count("no-store") or "private" in response["Cache-Control"]


def test_valid_request_is_registered_and_the_code_shown_at_once(client, form_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, form_page)
    assert response.status_code == 200
    req = InfoRequest.objects.get()
    html = response.content.decode()
    assert req.display_code in html
    assert req.register_number >= 1
    assert req.phone == "0912345678"
    assert req.privacy_notice_version == "2026-11"
    assert req.consent_survey is False and req.consent_updates is False
    assert req.events.get().action == "submitted"
    assert len(mail.outbox) == 1 and req.display_code in mail.outbox[0].subject
    assert req.due_date.strftime("%d/%m/%Y") in mail.outbox[0].body


def test_tracking_codes_are_readable_and_distinct(client, form_page):
    post(client, form_page)
    post(client, form_page)
    codes = list(InfoRequest.objects.values_list("tracking_code", flat=True))
    assert len(set(codes)) == 2
    assert all(re.fullmatch(r"[23456789ABCDEFGHJKMNPQRSTWXYZ]{10}", code) for code in codes)


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"id_number": "07219000112"}, "id_number", "đúng 12 chữ số"),
        ({"id_type": "passport", "id_number": "C12"}, "id_number", "hộ chiếu"),
        ({"phone": "12345"}, "phone", "số điện thoại"),
        ({"email": "khong-phai-email"}, "email", "email"),
        ({"privacy_confirmed": None}, "privacy_confirmed", "xác nhận"),
        ({"full_name": "A"}, "full_name", ""),
        ({"full_name": "Nguyen 123"}, "full_name", "chữ cái"),
        ({"information_requested": "x" * 5001}, "information_requested", ""),
        ({"phone": "", "email": ""}, "phone", "số điện thoại hoặc địa chỉ email"),
        ({"delivery": "email", "email": ""}, "email", "email"),
        ({"nationality": "foreign_resident", "id_type": "cccd"}, "id_type", "hộ chiếu"),
        ({"capacity": "representative"}, "represented_person", ""),
        ({"requester_kind": "organisation"}, "organisation_name", ""),
        ({"concerns_third_party": "on"}, "consent_file", "mẫu 06"),
        ({"website": "http://spam.example"}, "website", ""),
        ({"token": "forged"}, "token", "hết hạn"),
    ],
)
def test_bad_input_is_refused_with_a_vietnamese_message_and_kept(client, form_page, changes, field, message):
    response = post(client, form_page, **changes)
    html = response.content.decode()
    assert response.status_code == 400
    assert InfoRequest.objects.count() == 0
    assert 'class="error-summary"' in html
    form = response.context["form"]
    assert field in form.errors
    assert message.lower() in " ".join(form.errors[field]).lower()
    if field != "token":
        assert f'href="#id_{field}' in html
    assert "Tìm hiểu trước khi mua nhà." in html  # what was typed is kept


def test_error_summary_points_at_the_field_and_the_field_at_its_message(client, form_page):
    html = post(client, form_page, id_number="123").content.decode()
    assert 'href="#id_id_number"' in html
    assert 'id="id_id_number_error"' in html
    assert re.search(r'<input[^>]*aria-describedby="id_id_number_error"[^>]*id="id_id_number"', html)


def test_markup_is_stored_as_text_and_shown_escaped(client, form_page):
    script = '<script>alert("x")</script><b>đậm</b>'
    response = post(client, form_page, purpose=script)
    req = InfoRequest.objects.get()
    assert req.purpose == script
    assert "<script>alert" not in response.content.decode()


def test_double_submission_creates_one_request(client, form_page):
    data = {**VALID_POST, "token": token()}
    first = client.post(form_page.url, data)
    second = client.post(form_page.url, data)
    assert InfoRequest.objects.count() == 1
    assert first.status_code == second.status_code == 200
    code = InfoRequest.objects.get().display_code
    assert code in second.content.decode()


def test_a_ten_megabyte_body_is_refused_clearly(client, form_page):
    big = SimpleUploadedFile("lon.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024), content_type="application/pdf")
    data = {**VALID_POST, "token": token(), "concerns_third_party": "on", "consent_file": big}
    response = client.post(form_page.url, data)
    assert response.status_code == 413
    assert InfoRequest.objects.count() == 0
    assert "6 MB" in response.content.decode()


def test_consent_file_must_be_a_pdf_or_an_image(client, form_page):
    fake = SimpleUploadedFile("dong-y.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = post(client, form_page, concerns_third_party="on", consent_file=fake)
    assert response.status_code == 400
    assert "PDF" in " ".join(response.context["form"].errors["consent_file"])


def test_consent_file_is_kept_privately_with_the_request(client, form_page, settings):
    pdf = SimpleUploadedFile("dong-y.pdf", b"%PDF-1.4 consent", content_type="application/pdf")
    post(client, form_page, concerns_third_party="on", consent_file=pdf)
    stored = RequestFile.objects.get()
    assert stored.kind == "consent"
    assert str(settings.PORTAL_PRIVATE_ROOT) in stored.file.path
    assert str(settings.MEDIA_ROOT) not in stored.file.path


def test_organisation_request_keeps_its_member_list(client, form_page):
    members = "Trần Văn Bình; 072090003344; ấp Ninh Trung\nLê Thị Cúc; 072185005566"
    post(client, form_page, requester_kind="organisation", organisation_name="Hội Nông dân xã Ninh Điền",
         members=members)
    req = InfoRequest.objects.get()
    assert req.organisation_name == "Hội Nông dân xã Ninh Điền"
    assert list(req.members.values_list("full_name", "id_number")) == [
        ("Trần Văn Bình", "072090003344"), ("Lê Thị Cúc", "072185005566")]


def test_member_lines_with_errors_are_named(client, form_page):
    response = post(client, form_page, requester_kind="organisation", organisation_name="Hội Cựu chiến binh",
                    members="Trần Văn Bình; 0720\nLê Thị Cúc; 072185005566")
    assert response.status_code == 400
    assert "1" in " ".join(response.context["form"].errors["members"])


def test_foreign_resident_with_passport_asking_about_own_rights_is_accepted(client, form_page):
    response = post(client, form_page, nationality="foreign_resident", id_type="passport", id_number="N1234567",
                    own_rights_confirmed="on", full_name="John Smith")
    assert response.status_code == 200
    assert InfoRequest.objects.get().nationality == "foreign_resident"


def test_foreign_resident_must_confirm_own_rights(client, form_page):
    response = post(client, form_page, nationality="foreign_resident", id_type="passport", id_number="N1234567")
    assert "own_rights_confirmed" in response.context["form"].errors


def test_minor_asks_through_a_legal_representative(client, form_page):
    post(client, form_page, capacity="representative", represented_person="Nguyễn Minh Khang")
    assert InfoRequest.objects.get().represented_person == "Nguyễn Minh Khang"


def test_submissions_are_rate_limited_per_address(client, form_page):
    for _ in range(10):
        post(client, form_page)
    response = post(client, form_page)
    assert response.status_code == 429
    assert InfoRequest.objects.count() == 10


def test_many_addresses_leave_exactly_as_many_requests_as_accepted(client, form_page):
    accepted = 0
    for n in range(60):
        data = {**VALID_POST, "token": token()}
        response = client.post(form_page.url, data, REMOTE_ADDR=f"10.0.{n // 250}.{n % 250}")
        accepted += response.status_code == 200
    assert accepted == 60
    assert InfoRequest.objects.count() == 60
    assert InfoRequest.objects.values("tracking_code").distinct().count() == 60
    numbers = sorted(InfoRequest.objects.values_list("register_number", flat=True))
    assert numbers == list(range(numbers[0], numbers[0] + 60))
