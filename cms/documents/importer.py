"""Import documents from CSV or XLSX (template in cms/documents/import_template/).

Every row is validated first (number pattern, dates, known type, body and fields, duplicates in the file
and in the database); then either every row is imported in one transaction or nothing is, and each
problem is reported by row, column and reason in Vietnamese. Cells are read as values: a formula is
refused, never evaluated.
"""

import csv
import datetime
import io
import os
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.core.text import fold

from .columns import FORMULA_PREFIXES, IMPORT_COLUMNS, NO_WORDS, SCOPE_WORDS, YES_WORDS, header_key
from .numbering import NUMBER_PATTERN, normalise_number

MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_ROWS = 50_000
LABELS = {c.key: c.label for c in IMPORT_COLUMNS}
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")


class ImportFileError(Exception):
    """The file as a whole cannot be read (wrong format, missing columns)."""


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        where = _("Row %(row)d") % {"row": self.row}
        if self.column:
            where += _(", column “%(column)s”") % {"column": self.column}
        return f"{where}: {self.message}"


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def _read_csv(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(_("The CSV file must be saved as UTF-8 text."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds of errors for damaged files
        raise ImportFileError(_("The file could not be read as an Excel (XLSX) workbook."))
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def read_rows(uploaded, name=None):
    """[(spreadsheet row number, {column key: raw value})] from an uploaded CSV or XLSX file."""
    name = name or getattr(uploaded, "name", "")
    data = uploaded.read() if hasattr(uploaded, "read") else uploaded
    if len(data) > MAX_FILE_SIZE:
        raise ImportFileError(_("The file is larger than 10 MB; split it into several files."))
    ext = os.path.splitext(name)[1].lower()
    if ext == ".xlsx" or data[:4] == b"PK\x03\x04":
        table = _read_xlsx(data)
    elif ext in {".csv", ".txt", ""}:
        table = _read_csv(data)
    else:
        raise ImportFileError(_("Choose a CSV or XLSX file made from the template."))
    if not table:
        raise ImportFileError(_("The file is empty."))
    headers = [header_key(cell) for cell in table[0]]
    missing = [c.label for c in IMPORT_COLUMNS if c.required and c.key not in headers]
    if missing:
        raise ImportFileError(_("The first row must hold the column headings of the template; missing: %(cols)s.")
                              % {"cols": ", ".join(missing)})
    rows = []
    for index, raw in enumerate(table[1:], start=2):
        values = {key: raw[i] for i, key in enumerate(headers) if key and i < len(raw)}
        cells = [v for v in raw if v not in (None, "")]
        if not cells or str(cells[0]).startswith("#"):
            continue  # blank rows and the template's explanation row
        rows.append((index, values))
        if len(rows) > MAX_ROWS:
            raise ImportFileError(_("The file has more than %(max)d rows; split it into several files.")
                                  % {"max": MAX_ROWS})
    if not rows:
        raise ImportFileError(_("The file has no document rows."))
    return rows


class _Lookup:
    """Names and abbreviations of a managed list, folded, to their objects (one query)."""

    def __init__(self, model, queryset=None):
        self.by_key = {}
        for obj in (model.objects.all() if queryset is None else queryset):
            for key in (obj.name, getattr(obj, "abbreviation", ""), obj.slug):
                if key:
                    self.by_key.setdefault(fold(key), obj)

    def get(self, value):
        return self.by_key.get(fold(value))


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.startswith("'") and text[1:2] and text[1:2] in "".join(FORMULA_PREFIXES):
        text = text[1:]  # our own export's escaping of text that looks like a formula
    return text


def _date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def validate_rows(rows, progress=None, body_queryset=None):
    """([(row number, cleaned dict)], [RowError]): every row checked before anything is written.

    body_queryset: the issuing bodies the importing user may use (a component site's staff: their own).
    """
    from .models import DocumentType, Field, IssuingBody, LegalDocument

    types, bodies, fields = _Lookup(DocumentType), _Lookup(IssuingBody, body_queryset), _Lookup(Field)
    cleaned_rows, errors, seen = [], [], {}

    for row_number, values in rows:
        row_errors = []

        def problem(key, message, row_number=row_number, row_errors=row_errors):
            row_errors.append(RowError(row_number, LABELS.get(key, ""), message))

        for key, raw in values.items():
            if isinstance(raw, str) and raw.strip().startswith("="):
                problem(key, _("the cell holds a formula; enter the value itself."))
        if row_errors:
            errors.extend(row_errors)
            continue
        text = {key: _text(value) for key, value in values.items()}
        data = {}
        number = normalise_number(text.get("number", ""))
        if not number:
            problem("number", _("the number and symbol is missing."))
        elif not NUMBER_PATTERN.match(number):
            problem("number", _("“%(value)s” is not a valid number and symbol (e.g. 12/2024/QĐ-UBND).")
                    % {"value": number})
        data["number"] = number
        for key, lookup, missing, unknown in (
            ("type", types, _("the document type is missing."), _("“%(value)s” is not in the list of document types.")),
            ("body", bodies, _("the issuing body is missing."), _("“%(value)s” is not in the list of issuing bodies.")),
        ):
            if not text.get(key):
                problem(key, missing)
            else:
                data[key] = lookup.get(text[key])
                if data[key] is None:
                    problem(key, unknown % {"value": text[key]})
        for key in ("issue_date", "effective_date", "expiry_date", "gazette_date"):
            raw = values.get(key)
            if raw in (None, "") or not _text(raw):
                data[key] = None
                if key == "issue_date":
                    problem(key, _("the issue date is missing."))
                continue
            try:
                data[key] = _date(raw)
            except ValueError:
                problem(key, _("“%(value)s” is not a real date (write dd/mm/yyyy, e.g. 28/02/2024).")
                        % {"value": _text(raw)[:30]})
                data[key] = None
        start = data.get("effective_date") or data.get("issue_date")
        if start and data.get("expiry_date") and data["expiry_date"] <= start:
            problem("expiry_date", _("the expiry date must be after the effective date."))
        summary = text.get("summary", "")
        if not summary:
            problem("summary", _("the summary is missing."))
        elif len(summary) > 2000:
            problem("summary", _("the summary is longer than 2,000 characters."))
        data["summary"] = summary
        data["signer_name"] = text.get("signer_name", "")[:150]
        data["signer_position"] = text.get("signer_position", "")[:150]
        data["gazette_number"] = text.get("gazette_number", "")[:50]
        data["fields"] = []
        for name in filter(None, (part.strip() for part in text.get("fields", "").split(";"))):
            found = fields.get(name)
            if found is None:
                problem("fields", _("“%(value)s” is not in the list of fields.") % {"value": name})
            else:
                data["fields"].append(found)
        scope = fold(text.get("scope", "")) or "tinh"
        data["scope"] = SCOPE_WORDS.get(scope)
        if data["scope"] is None:
            problem("scope", _("write “tỉnh” or “xã”."))
        normative = fold(text.get("is_normative", ""))
        if normative in YES_WORDS:
            data["is_normative"] = True
        elif normative in NO_WORDS:
            data["is_normative"] = False
        else:
            problem("is_normative", _("write “có” or “không”."))
        if data.get("body") and data.get("issue_date") and number:
            key = (data["body"].pk, data["issue_date"].year, number)
            if key in seen:
                problem("number", _("the same document is already on row %(row)d.") % {"row": seen[key]})
            else:
                seen[key] = row_number
        if row_errors:
            errors.extend(row_errors)
        else:
            cleaned_rows.append((row_number, data))
        if progress:
            progress(1)

    # Duplicates against the database, in one query.
    if seen:
        numbers = {number for _body, _year, number in seen}
        existing = set(LegalDocument.objects.filter(number__in=numbers).values_list(
            "issuing_body_id", "issue_year", "number"))
        for key, row_number in seen.items():
            if key in existing:
                errors.append(RowError(row_number, LABELS["number"],
                                       _("“%(value)s” of this issuing body in %(year)d is already in the registry.")
                                       % {"value": key[2], "year": key[1]}))
    errors.sort(key=lambda e: e.row)
    return cleaned_rows, errors


def create_documents(cleaned_rows, user=None, progress=None):
    """Create and publish every row in one transaction; any failure rolls back everything."""
    from .models import LegalDocument

    now = timezone.now()
    created = 0
    with transaction.atomic():
        for _row, data in cleaned_rows:
            document = LegalDocument(
                number=data["number"], document_type=data["type"], issuing_body=data["body"],
                issue_date=data["issue_date"], effective_date=data["effective_date"],
                expiry_date=data["expiry_date"], summary=data["summary"], signer_name=data["signer_name"],
                signer_position=data["signer_position"], scope=data["scope"], is_normative=data["is_normative"],
                gazette_number=data["gazette_number"], gazette_date=data["gazette_date"],
                live=True, first_published_at=now, last_published_at=now,
            )
            document.fields.set(data["fields"])  # a ParentalManyToManyField: written by save()
            document.save()
            revision = document.save_revision(user=user, clean=False, log_action=False)
            LegalDocument.objects.filter(pk=document.pk).update(live_revision=revision, has_unpublished_changes=False)
            log(instance=document, action="wagtail.create", user=user)
            created += 1
            if progress:
                progress(1)
    return created


def import_file(uploaded, name=None, user=None, progress_factory=None):
    """Read, validate and import a file: all rows or nothing. Returns an ImportResult."""
    result = ImportResult()
    try:
        rows = read_rows(uploaded, name)
    except ImportFileError as exc:
        result.errors.append(RowError(1, "", str(exc)))
        return result
    result.rows = len(rows)
    bar = progress_factory(len(rows), _("Checking")) if progress_factory else None
    body_queryset = None
    if user is not None:
        from cms.core.admin_scoping import user_records

        from .models import IssuingBody
        from .services import BODY_SCOPE

        body_queryset = user_records(IssuingBody.objects.all(), user, BODY_SCOPE)
    cleaned, errors = validate_rows(rows, progress=bar.update if bar else None, body_queryset=body_queryset)
    if bar:
        bar.close()
    if errors:
        result.errors = errors
        return result
    bar = progress_factory(len(cleaned), _("Importing")) if progress_factory else None
    result.created = create_documents(cleaned, user=user, progress=bar.update if bar else None)
    if bar:
        bar.close()
    return result
