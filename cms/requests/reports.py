"""The yearly report the province sends to the Ministry of Justice (Decree 13/2018 Art. 12), as CSV or XLSX."""

import csv
import io

from django.http import HttpResponse
from django.utils.translation import gettext as _

from . import statistics
from .states import RefusalGround


def ground_labels():
    return {ground.value: str(ground.label) for ground in RefusalGround}


def _columns():
    columns = [
        ("period", _("Period")),
        ("received", _("Requests received")),
        ("answered", _("Information provided")),
        ("answered_on_time", _("Provided on time")),
        ("answered_late", _("Provided late")),
        ("refused", _("Refused")),
    ]
    columns += [(f"ground_{ground.value}", _("Refused on ground %(ground)s") % {"ground": ground.label[:4].strip()})
                for ground in RefusalGround]
    columns += [
        ("transferred", _("Sent to the competent body")),
        ("withdrawn", _("Withdrawn")),
        ("pending", _("Being handled")),
        ("median_working_days", _("Median working days to provide")),
    ]
    return columns


def report_rows(site, year):
    rows, total = statistics.year_table(site, year)
    out = []
    for label, row in [(f"{r['month']:02d}/{year}", r) for r in rows] + [(_("Year %(year)s") % {"year": year}, total)]:
        values = {"period": label, **row}
        for ground, count in row["refused_by_ground"].items():
            values[f"ground_{ground}"] = count
        out.append(values)
    return out


def moj_report_response(site, year, fmt):
    columns = _columns()
    rows = report_rows(site, year)
    filename = f"bao-cao-tiep-can-thong-tin-{year}.{fmt}"
    if fmt == "csv":
        buffer = io.StringIO()
        buffer.write("\ufeff")  # Excel opens UTF-8 Vietnamese correctly with a BOM
        writer = csv.writer(buffer)
        writer.writerow([title for _key, title in columns])
        for row in rows:
            writer.writerow(["" if row.get(key) is None else row.get(key) for key, _title in columns])
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = str(year)
        sheet.append([title for _key, title in columns])
        for row in rows:
            sheet.append([row.get(key) for key, _title in columns])
        buffer = io.BytesIO()
        book.save(buffer)
        response = HttpResponse(
            buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
