"""CSV, XLSX and JSON of any filtered list. CSV and JSON are streamed with flat memory.

Rows are read in chunks of ids with their fields (lĩnh vực) fetched per chunk: a fixed number of queries
per 2,000 rows, never one per row. Text that spreadsheets would execute is escaped.
"""

import csv
import io
import json

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone

from .columns import EXPORT_COLUMNS, SCOPE_LABELS, safe_cell
from .models import LegalDocument, ValidityStatus

CHUNK = 2000
XLSX_MAX_ROWS = 100_000
VALUES = ("id", "number", "slug", "document_type__name", "issuing_body__name", "issue_date", "effective_date",
          "expiry_date", "summary", "signer_name", "signer_position", "scope", "is_normative",
          "gazette_number", "gazette_date", "validity_status", "validity_computed_on")


def _date(value):
    return value.strftime("%d/%m/%Y") if value else ""


def iter_records(queryset):
    """Dicts of the export columns' values, in the queryset's order."""
    from .models import Field

    rows = queryset.values(*VALUES).iterator(chunk_size=CHUNK)
    chunk = []

    def flush(chunk):
        through = LegalDocument.fields.through
        names = dict(Field.objects.values_list("pk", "name"))
        fields = {}
        for doc_id, field_id in through.objects.filter(legaldocument_id__in=[r["id"] for r in chunk]).values_list(
                "legaldocument_id", "field_id"):
            fields.setdefault(doc_id, []).append(names.get(field_id, ""))
        for row in chunk:
            row["fields"] = fields.get(row["id"], [])
            yield row

    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield from flush(chunk)
            chunk = []
    if chunk:
        yield from flush(chunk)


def _cells(row, base_url, labels=None):
    labels = labels or _status_labels()
    return {
        "number": row["number"], "type": row["document_type__name"], "body": row["issuing_body__name"],
        "issue_date": _date(row["issue_date"]), "effective_date": _date(row["effective_date"]),
        "expiry_date": _date(row["expiry_date"]), "summary": row["summary"], "signer_name": row["signer_name"],
        "signer_position": row["signer_position"], "fields": "; ".join(row["fields"]),
        "scope": SCOPE_LABELS.get(row["scope"], row["scope"]), "is_normative": "có" if row["is_normative"] else "không",
        "gazette_number": row["gazette_number"], "gazette_date": _date(row["gazette_date"]),
        "status": labels.get(row["validity_status"], row["validity_status"]), "status_on": _date(row["validity_computed_on"]),
        "url": f"{base_url}{row['slug']}/",
    }


def _status_labels():
    """Translated once per export, not once per row."""
    return {value: str(label) for value, label in ValidityStatus.choices}


def _filename(ext):
    return f"van-ban-{timezone.localdate():%Y%m%d}.{ext}"


class _Echo:
    def write(self, value):
        return value


def csv_rows(queryset, base_url):
    writer = csv.writer(_Echo())
    yield "\ufeff"  # so spreadsheet programs read UTF-8
    yield writer.writerow([c.label for c in EXPORT_COLUMNS])
    labels = _status_labels()
    for row in iter_records(queryset):
        cells = _cells(row, base_url, labels)
        yield writer.writerow([safe_cell(cells[c.key]) for c in EXPORT_COLUMNS])


def render_csv(queryset, base_url):
    response = StreamingHttpResponse(csv_rows(queryset, base_url), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    return response


def json_rows(queryset, base_url):
    yield '{"results": ['
    first = True
    labels = _status_labels()
    for row in iter_records(queryset):
        cells = _cells(row, base_url, labels)
        item = {c.key: cells[c.key] for c in EXPORT_COLUMNS}
        item["fields"] = row["fields"]
        item["status_code"] = row["validity_status"]
        item["issue_date"] = row["issue_date"].isoformat()
        yield ("" if first else ",") + json.dumps(item, ensure_ascii=False)
        first = False
    yield "]}"


def render_json(queryset, base_url):
    response = StreamingHttpResponse(json_rows(queryset, base_url), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("json")}"'
    return response


def render_xlsx(queryset, base_url):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Văn bản")
    sheet.append([c.label for c in EXPORT_COLUMNS])
    labels = _status_labels()
    for count, row in enumerate(iter_records(queryset)):
        if count >= XLSX_MAX_ROWS:
            break
        cells = _cells(row, base_url, labels)
        values = []
        for column in EXPORT_COLUMNS:
            cell = WriteOnlyCell(sheet, value=safe_cell(cells[column.key]))
            cell.data_type = "s" if isinstance(cell.value, str) else cell.data_type
            values.append(cell)
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="{_filename("xlsx")}"'
    return response


RENDERERS = {"csv": render_csv, "json": render_json, "xlsx": render_xlsx}
