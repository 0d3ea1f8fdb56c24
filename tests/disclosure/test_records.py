import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from cms.disclosure.models import CatalogueItem, DisclosureAttachment, DisclosureRecord
from cms.documents.models import IssuingBody

from .factories import DisclosureRecordFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ADD_URL = "/admin/snippets/disclosure/disclosurerecord/add/"


def _form(**changes):
    data = {
        "kind": "budget", "title": "Dự toán ngân sách thử nghiệm", "number": "", "category": "đ",
        "issuing_body": "", "body_name": "Ủy ban nhân dân tỉnh", "summary": "",
        "created_on": "2026-11-16", "published_on": "", "publish_until": "", "period_start": "", "period_end": "",
        "disclosure_form": "portal", "fiscal_year": "2026", "budget_stage": "estimate", "package_name": "",
        "investor": "", "value": "", "positions": "", "headcount": "", "closing_date": "", "project": "",
        "location": "", "decision_number": "",
        "attachments-TOTAL_FORMS": "0", "attachments-INITIAL_FORMS": "0", "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_section_lists_only_its_published_records(client, section):
    DisclosureRecordFactory(title="Dự toán ngân sách năm 2026")
    DisclosureRecordFactory(title="Bản nháp dự toán", live=False)
    DisclosureRecordFactory(title="Thông báo tuyển dụng", kind="recruitment", category="l",
                            positions="Giáo viên")
    html = client.get(section("public_disclosure.budget").url).content.decode()
    assert "Dự toán ngân sách năm 2026" in html
    assert "Bản nháp dự toán" not in html
    assert "Thông báo tuyển dụng" not in html


def test_section_filters_by_year_body_and_category(client, section):
    body = IssuingBody.objects.get(abbreviation="UBND")
    DisclosureRecordFactory(title="Quyết toán năm 2025", published_on=datetime.date(2025, 6, 1),
                            created_on=datetime.date(2025, 5, 30), issuing_body=body)
    DisclosureRecordFactory(title="Dự toán năm 2026 của tỉnh")
    url = section("public_disclosure.budget").url
    html = client.get(url, {"nam": "2025"}).content.decode()
    assert "Quyết toán năm 2025" in html and "Dự toán năm 2026 của tỉnh" not in html
    html = client.get(url, {"co_quan": str(body.pk)}).content.decode()
    assert "Quyết toán năm 2025" in html and "Dự toán năm 2026 của tỉnh" not in html
    html = client.get(url, {"nhom": "o"}).content.decode()
    assert "Quyết toán năm 2025" not in html and "Dự toán năm 2026 của tỉnh" not in html


def test_bad_filter_gets_a_vietnamese_message_not_an_error(client, section):
    DisclosureRecordFactory(title="Dự toán vẫn hiển thị")
    response = client.get(section("public_disclosure.budget").url, {"nam": "hai-nghin", "nhom": "z"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Nhóm thông tin này không tồn tại" in html
    assert "Dự toán vẫn hiển thị" in html


def test_list_query_count_does_not_grow_with_records(client, section, django_assert_max_num_queries):
    body = IssuingBody.objects.get(abbreviation="UBND")
    for _ in range(15):
        DisclosureRecordFactory(issuing_body=body)
    url = section("public_disclosure.budget").url
    client.get(url)
    with django_assert_max_num_queries(25):
        assert client.get(url).status_code == 200


def test_detail_page_shows_the_structured_fields_and_files(client, section):
    record = DisclosureRecordFactory(
        kind="procurement", category="g", title="Mời thầu xây trường học", package_name="Gói thầu số 05",
        investor="Ban Quản lý dự án tỉnh", value=12500000000, closing_date=datetime.date(2026, 12, 20),
    )
    DisclosureAttachment.objects.create(record=record, title="Hồ sơ mời thầu",
                                        file=SimpleUploadedFile("hsmt.pdf", PDF))
    page = section("public_disclosure.procurement")
    listing = client.get(page.url).content.decode()
    detail_url = f"{page.url}{record.pk}-{record.slug}/"
    assert detail_url in listing
    html = client.get(detail_url).content.decode()
    for text in ("Gói thầu số 05", "Ban Quản lý dự án tỉnh", "20/12/2026", "Hồ sơ mời thầu"):
        assert text in html
    download = client.get(f"{page.url}{record.pk}/tep/{record.attachments.get().pk}/")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"


def test_draft_or_other_kind_detail_is_not_found(client, section):
    draft = DisclosureRecordFactory(live=False)
    other = DisclosureRecordFactory(kind="fees", category="o")
    url = section("public_disclosure.budget").url
    assert client.get(f"{url}{draft.pk}/").status_code == 404
    assert client.get(f"{url}{other.pk}/").status_code == 404


def test_published_date_defaults_to_the_day_of_publication():
    record = DisclosureRecord(kind="fees", category="o", title="Mức thu phí", body_name="UBND tỉnh",
                              created_on=timezone.localdate(), live=False)
    record.save()
    record.save_revision().publish()
    record.refresh_from_db()
    assert record.published_on == timezone.localdate()


def test_admin_creates_a_record(admin_client):
    response = admin_client.post(ADD_URL, _form())
    assert response.status_code == 302
    assert DisclosureRecord.objects.filter(title="Dự toán ngân sách thử nghiệm").exists()


def test_period_end_before_start_is_refused_and_input_kept(admin_client):
    response = admin_client.post(ADD_URL, _form(period_start="2026-12-31", period_end="2026-01-01"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ngày kết thúc kỳ không được trước ngày bắt đầu." in html
    assert "Dự toán ngân sách thử nghiệm" in html
    assert not DisclosureRecord.objects.filter(title="Dự toán ngân sách thử nghiệm").exists()


def test_closing_date_in_the_past_on_a_new_notice_is_refused(admin_client):
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    response = admin_client.post(ADD_URL, _form(kind="recruitment", category="l", positions="Giáo viên",
                                                closing_date=yesterday, fiscal_year="", budget_stage=""))
    assert "Hạn nộp của thông báo mới không được ở trong quá khứ." in response.content.decode()
    assert not DisclosureRecord.objects.exists()


def test_unknown_category_is_refused(admin_client):
    response = admin_client.post(ADD_URL, _form(category="z"))
    assert response.status_code == 200
    assert not DisclosureRecord.objects.exists()
    with pytest.raises(ValidationError) as error:
        DisclosureRecordFactory.build(category="z").full_clean()
    assert "không phải là một nhóm thông tin" in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        DisclosureRecordFactory(category="z")


def test_wrong_attachment_type_is_refused(admin_client):
    fake = SimpleUploadedFile("bao-cao.pdf", b"MZ\x90\x00 this is an executable", content_type="application/pdf")
    data = _form(**{"attachments-TOTAL_FORMS": "1", "attachments-0-title": "Báo cáo",
                    "attachments-0-file": fake, "attachments-0-ORDER": "1"})
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "PDF, DOC, DOCX, ODT, XLS" in response.content.decode()
    assert not DisclosureRecord.objects.exists()


def test_catalogue_item_link_must_be_http(admin_client):
    response = admin_client.post("/admin/snippets/disclosure/catalogueitem/add/", {
        "category": "a", "name": "Danh mục thủ tục", "number": "", "issuing_body": "", "body_name": "UBND tỉnh",
        "created_on": "2026-11-02", "published_on": "2026-11-03", "publish_until": "", "period_start": "",
        "period_end": "", "disclosure_form": "portal", "url": "javascript:alert(1)",
    })
    assert response.status_code == 200
    assert "http:// hoặc https://" in response.content.decode()
    assert not CatalogueItem.objects.exists()


def test_admin_listings_load(admin_client):
    DisclosureRecordFactory(title="Bản ghi trong quản trị")
    html = admin_client.get("/admin/snippets/disclosure/disclosurerecord/").content.decode()
    assert "Bản ghi trong quản trị" in html
    assert admin_client.get("/admin/snippets/disclosure/catalogueitem/").status_code == 200
    assert admin_client.get(ADD_URL).status_code == 200
