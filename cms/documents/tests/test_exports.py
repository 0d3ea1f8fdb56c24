import csv
import io
import json

import pytest
from openpyxl import load_workbook

from cms.documents.columns import EXPORT_COLUMNS, safe_cell

from .factories import LegalDocumentFactory, body, doc_type

pytestmark = pytest.mark.django_db


@pytest.fixture
def docs(site):
    return [
        LegalDocumentFactory(number="12/2024/QĐ-UBND", summary="=HYPERLINK(\"http://evil\",\"bấm\")"),
        LegalDocumentFactory(number="45/KH-UBND", summary="+1+2 kế hoạch", signer_name="@Nguyễn"),
        LegalDocumentFactory(number="15/2024/NQ-HĐND", summary="Học phí năm học 2024 - 2025",
                             document_type=doc_type("Nghị quyết"), issuing_body=body("HĐND")),
    ]


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("value, expected", [("=1+1", "'=1+1"), ("+84", "'+84"), ("-x", "'-x"), ("@a", "'@a"),
                                             ("Bình thường", "Bình thường"), (12, 12)])
def test_formula_like_cells_are_escaped(value, expected):
    assert safe_cell(value) == expected


def test_csv_export_is_streamed_filtered_and_escaped(client, docs):
    response = client.get("/van-ban/xuat/csv/", {"q": "quyet dinh 12/2024"})
    assert response.streaming
    rows = read_csv(response)
    assert rows[0] == [c.label for c in EXPORT_COLUMNS]
    assert len(rows) == 2
    assert rows[1][0] == "12/2024/QĐ-UBND"
    assert rows[1][6].startswith("'=HYPERLINK")


def test_csv_export_of_all_documents_escapes_signer(client, docs):
    rows = read_csv(client.get("/van-ban/xuat/csv/"))
    signers = {row[0]: row[7] for row in rows[1:]}
    assert signers["45/KH-UBND"] == "'@Nguyễn"


def test_xlsx_export_stores_formulas_as_text(client, docs):
    response = client.get("/van-ban/xuat/xlsx/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    cell = cells["12/2024/QĐ-UBND"][6]
    assert cell.data_type == "s"
    assert cell.value.startswith("'=")


def test_json_export_has_every_filtered_document(client, docs):
    response = client.get("/van-ban/xuat/json/", {"type": "nghi-quyet"})
    data = json.loads(b"".join(response.streaming_content))
    assert [item["number"] for item in data["results"]] == ["15/2024/NQ-HĐND"]


def test_export_with_a_bad_filter_answers_400(client, docs):
    assert client.get("/van-ban/xuat/csv/", {"from": "31/02/2024"}).status_code == 400


def test_csv_export_query_count_does_not_grow_with_rows(client, docs, django_assert_max_num_queries):
    for i in range(40):
        LegalDocumentFactory(number=f"{400 + i}/2024/QĐ-UBND")
    response = client.get("/van-ban/xuat/csv/")
    with django_assert_max_num_queries(20):
        rows = read_csv(client.get("/van-ban/xuat/csv/"))
    assert len(rows) == 44 and response.status_code == 200
