import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from cms.documents.columns import IMPORT_COLUMNS
from cms.documents.importer import import_file
from cms.documents.models import LegalDocument, ValidityStatus

from .factories import LegalDocumentFactory

pytestmark = pytest.mark.django_db
HEADER = [c.label for c in IMPORT_COLUMNS]
TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "import_template"


def row(number="12/2024/QĐ-UBND", type_="Quyết định", body="UBND", issued="15/03/2024", effective="01/04/2024",
        expiry="", summary="Ban hành Bảng giá đất", signer="Nguyễn Văn Phong", position="Chủ tịch", fields="Đất đai",
        scope="tỉnh", normative="có", gazette="", gazette_date=""):
    return [number, type_, body, issued, effective, expiry, summary, signer, position, fields, scope, normative,
            gazette, gazette_date]


def csv_file(*rows, header=HEADER):
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return io.BytesIO(buffer.getvalue().encode("utf-8-sig"))


def xlsx_file(*rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for r in rows:
        sheet.append(r)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    return buffer


def test_valid_csv_imports_every_row_published_with_fields(db):
    result = import_file(csv_file(row(), row(number="Số: 345/UBND-KT", type_="Công văn", effective="",
                                             fields="Đất đai; Tư pháp", normative="không")), "van-ban.csv")
    assert result.ok and result.created == 2
    document = LegalDocument.objects.get(number="345/UBND-KT")
    assert document.live and document.validity_status == ValidityStatus.IN_FORCE
    assert sorted(f.name for f in document.fields.all()) == ["Tư pháp", "Đất đai"]
    assert document.revisions.count() == 1


def test_accentless_names_and_abbreviations_are_recognised(db):
    result = import_file(csv_file(row(type_="quyet dinh", body="uy ban nhan dan tinh")), "a.csv")
    assert result.ok


def test_one_bad_row_imports_nothing_and_names_row_column_and_problem(db):
    result = import_file(csv_file(
        row(),
        row(number="13/2024/QĐ-UBND", issued="31/02/2024"),
        row(number="14/2024/QĐ UBND xx"),
        row(number="15/2024/QĐ-UBND", type_="Sắc lệnh"),
    ), "a.csv")
    assert not result.ok
    assert LegalDocument.objects.count() == 0
    problems = {(e.row, e.column) for e in result.errors}
    assert (3, "Ngày ban hành") in problems
    assert (4, "Số, ký hiệu") in problems
    assert (5, "Loại văn bản") in problems
    assert "31/02/2024" in str(next(e for e in result.errors if e.row == 3))


def test_duplicates_in_the_file_and_in_the_database_are_refused(db):
    LegalDocumentFactory(number="20/2024/QĐ-UBND")
    result = import_file(csv_file(row(), row(), row(number="20/2024/QĐ-UBND")), "a.csv")
    assert not result.ok
    messages = {e.row: e.message for e in result.errors}
    assert "2" in messages[3]  # the same document is already on row 2
    assert 4 in messages
    assert LegalDocument.objects.count() == 1


def test_formula_cells_are_refused_never_evaluated(db):
    result = import_file(xlsx_file(row(summary="=1+1")), "a.xlsx")
    assert not result.ok
    assert result.errors[0].column == "Trích yếu"


def test_xlsx_with_real_dates_imports(db):
    import datetime

    result = import_file(xlsx_file(row(issued=datetime.datetime(2024, 3, 15), effective=datetime.date(2024, 4, 1))),
                         "a.xlsx")
    assert result.ok
    assert LegalDocument.objects.get().issue_date == datetime.date(2024, 3, 15)


def test_missing_columns_are_reported(db):
    result = import_file(csv_file(["x"], header=["Tiêu đề lạ"]), "a.csv")
    assert not result.ok and "Số, ký hiệu" in result.errors[0].message


def test_damaged_xlsx_is_reported(db):
    result = import_file(io.BytesIO(b"PK\x03\x04 not really a workbook"), "a.xlsx")
    assert not result.ok


def test_committed_templates_import_cleanly(db):
    for name in ("mau-nhap-van-ban.csv", "mau-nhap-van-ban.xlsx"):
        LegalDocument.objects.all().delete()
        with (TEMPLATE_DIR / name).open("rb") as handle:
            result = import_file(handle, name)
        assert result.ok and result.created == 2, result.errors


def test_command_imports_all_or_nothing(db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_file(row(), row(issued="hôm qua")).getvalue())
    with pytest.raises(CommandError):
        call_command("import_documents", str(bad), verbosity=0)
    assert LegalDocument.objects.count() == 0
    good = tmp_path / "good.csv"
    good.write_bytes(csv_file(row()).getvalue())
    call_command("import_documents", str(good), verbosity=0)
    assert LegalDocument.objects.count() == 1


def test_admin_page_reports_errors_and_imports(admin_client):
    upload = SimpleUploadedFile("a.csv", csv_file(row(issued="31/02/2024")).getvalue(), content_type="text/csv")
    response = admin_client.post("/admin/documents-registry/import/", {"file": upload})
    assert response.status_code == 200
    assert "31/02/2024" in response.content.decode()
    upload = SimpleUploadedFile("a.csv", csv_file(row()).getvalue(), content_type="text/csv")
    response = admin_client.post("/admin/documents-registry/import/", {"file": upload})
    assert response.status_code == 302
    assert LegalDocument.objects.filter(number="12/2024/QĐ-UBND", live=True).exists()


def test_export_can_be_imported_again(client, site):
    LegalDocumentFactory(number="12/2024/QĐ-UBND", summary="=cmd| ' /C calc'!A0")
    exported = b"".join(client.get("/van-ban/xuat/csv/").streaming_content)
    LegalDocument.objects.all().delete()
    result = import_file(io.BytesIO(exported), "export.csv")
    assert result.ok, result.errors
    assert LegalDocument.objects.get().summary == "=cmd| ' /C calc'!A0"
