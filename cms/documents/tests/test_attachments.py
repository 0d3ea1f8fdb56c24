import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.documents.attachments import detect_format, validate_attachment
from cms.documents.models import DocumentAttachment, LegalDocument

from .factories import body, doc_type

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def xlsx_bytes():
    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize("name, content, expected", [
    ("a.pdf", PDF, "pdf"), ("a.docx", docx_bytes(), "docx"), ("a.xlsx", xlsx_bytes(), "xlsx"),
    ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "doc"),
])
def test_allowed_formats_are_recognised_by_content(name, content, expected):
    assert detect_format(upload(name, content), name) == expected
    validate_attachment(upload(name, content))


def test_executable_renamed_to_pdf_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_attachment(upload("quyet-dinh.pdf", b"MZ\x90\x00" + b"\0" * 100))
    assert error.value.code == "bad_type"


def test_pdf_named_docx_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_attachment(upload("quyet-dinh.docx", PDF))
    assert error.value.code == "mismatch"


def test_too_large_file_is_refused(settings):
    settings.DOCUMENTS_MAX_ATTACHMENT_SIZE = 10
    with pytest.raises(ValidationError) as error:
        validate_attachment(upload("a.pdf", PDF))
    assert error.value.code == "too_large"


def form(attachment):
    return nested_form_data({
        "number": "Số: 12/2024/QÐ-UBND",
        "document_type": doc_type().pk,
        "issuing_body": body().pk,
        "scope": "province",
        "issue_date": "2024-03-15",
        "effective_date": "2024-04-01",
        "signer_name": "Nguyễn Văn Phong",
        "signer_position": "Chủ tịch",
        "summary": "Ban hành Bảng giá đất trên địa bàn tỉnh",
        "full_text": rich_text(""),
        "disclosure_form": "portal",
        "attachments": inline_formset([{"title": "Bản có chữ ký số", "file": attachment}]),
        "relations_out": inline_formset([]),
        "action-publish": "publish",
    })


ADD_URL = "/admin/snippets/documents/legaldocument/add/"


def test_admin_refuses_a_bad_attachment_and_keeps_the_rest(admin_client):
    response = admin_client.post(ADD_URL, form(upload("quyet-dinh.pdf", b"not a pdf at all")))
    assert response.status_code == 200
    assert LegalDocument.objects.count() == 0
    content = response.content.decode()
    assert "Ban hành Bảng giá đất trên địa bàn tỉnh" in content
    assert "Nguyễn Văn Phong" in content


def test_admin_publishes_with_a_safe_attachment_name_and_normalised_number(admin_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = admin_client.post(ADD_URL, form(upload("Quyết định ../../etc.pdf", PDF)))
    assert response.status_code == 302, response.content.decode()[:2000]
    document = LegalDocument.objects.get()
    assert document.live and document.number == "12/2024/QĐ-UBND"
    attachment = DocumentAttachment.objects.get()
    assert attachment.file_format == "pdf" and attachment.size == len(PDF)
    assert attachment.original_name == "Quyết định ..etc.pdf" or ".." not in attachment.file.name
    assert attachment.file.name.startswith("van-ban/") and " " not in attachment.file.name


def test_admin_refuses_a_duplicate_number_with_a_message(admin_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    admin_client.post(ADD_URL, form(upload("a.pdf", PDF)))
    response = admin_client.post(ADD_URL, form(upload("a.pdf", PDF)))
    assert response.status_code == 200
    assert LegalDocument.objects.count() == 1
    assert "12/2024/QĐ-UBND" in response.content.decode()
