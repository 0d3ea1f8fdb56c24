"""The catalogue as CSV, XLSX or JSON. Text that spreadsheets would run as a formula is escaped."""

import csv
import io
import json

from django.http import HttpResponse
from django.utils.translation import gettext as _

from cms.documents.columns import safe_cell

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def _date(value):
    return value.strftime("%d/%m/%Y") if value else ""


def _absolute(origin, url):
    return url if not url or url.startswith(("http://", "https://")) else origin + url


def columns():
    return [
        ("category", _("Category (Art. 17(1))")), ("category_label", _("Category name")),
        ("name", _("Name of the information")), ("number", _("Number and symbol")), ("body", _("Body")),
        ("created_on", _("Date created")), ("form", _("Form of disclosure")),
        ("published_on", _("Date published")), ("disclosure_time", _("Time and period of disclosure")),
        ("url", _("Link")), ("files", _("Attached files")), ("source", _("Source")),
    ]


def row_values(row, origin):
    return {
        "category": row.category, "category_label": row.category_label, "name": row.name, "number": row.number,
        "body": row.body, "created_on": _date(row.created_on), "form": row.form,
        "published_on": _date(row.published_on), "disclosure_time": row.disclosure_time,
        "url": _absolute(origin, row.url), "files": " ; ".join(_absolute(origin, url) for _t, url in row.files),
        "source": str(row.source_label),
    }


def render_csv(rows, origin):
    out = io.StringIO()
    out.write("\ufeff")  # Excel opens UTF-8 CSV correctly with a BOM
    writer = csv.writer(out)
    cols = columns()
    writer.writerow([label for _k, label in cols])
    for row in rows:
        values = row_values(row, origin)
        writer.writerow([safe_cell(values[key]) for key, _l in cols])
    return out.getvalue().encode("utf-8")


def render_xlsx(rows, origin):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Catalogue"))
    cols = columns()
    sheet.append([label for _k, label in cols])
    for row in rows:
        values = row_values(row, origin)
        sheet.append([safe_cell(values[key]) for key, _l in cols])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def render_json(rows, origin):
    items = []
    for row in rows:
        values = row_values(row, origin)
        values["created_on"] = row.created_on.isoformat() if row.created_on else None
        values["published_on"] = row.published_on.isoformat() if row.published_on else None
        values["publish_until"] = row.publish_until.isoformat() if row.publish_until else None
        values["files"] = [{"title": title, "url": _absolute(origin, url)} for title, url in row.files]
        values["source"] = row.source
        items.append(values)
    return json.dumps({"count": len(items), "items": items}, ensure_ascii=False, indent=1).encode("utf-8")


RENDERERS = {"csv": render_csv, "xlsx": render_xlsx, "json": render_json}


def render_export(rows, fmt, origin, basename):
    response = HttpResponse(RENDERERS[fmt](rows, origin), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{basename}.{fmt}"'
    return response
