"""The columns shared by the import template and the exports, so an export can be imported again."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from cms.core.text import fold

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # the Vietnamese heading in files (part of the template, not translated)
    help: str = ""
    required: bool = False


IMPORT_COLUMNS = (
    Column("number", "Số, ký hiệu", "12/2024/QĐ-UBND", True),
    Column("type", "Loại văn bản", "Quyết định (tên hoặc chữ viết tắt trong danh mục)", True),
    Column("body", "Cơ quan ban hành", "Ủy ban nhân dân tỉnh (tên hoặc chữ viết tắt trong danh mục)", True),
    Column("issue_date", "Ngày ban hành", "dd/mm/yyyy", True),
    Column("effective_date", "Ngày có hiệu lực", "dd/mm/yyyy, để trống nếu có hiệu lực từ ngày ban hành"),
    Column("expiry_date", "Ngày hết hiệu lực", "dd/mm/yyyy"),
    Column("summary", "Trích yếu", "Nội dung tóm tắt của văn bản", True),
    Column("signer_name", "Người ký"),
    Column("signer_position", "Chức vụ người ký"),
    Column("fields", "Lĩnh vực", "Nhiều lĩnh vực cách nhau bằng dấu ;"),
    Column("scope", "Phạm vi", "tỉnh hoặc xã"),
    Column("is_normative", "Văn bản quy phạm pháp luật", "có hoặc không"),
    Column("gazette_number", "Số công báo"),
    Column("gazette_date", "Ngày đăng công báo", "dd/mm/yyyy"),
)
EXPORT_EXTRA = (
    Column("status", "Tình trạng hiệu lực"),
    Column("status_on", "Tình trạng tính đến ngày"),
    Column("url", "Địa chỉ trên cổng"),
)
EXPORT_COLUMNS = IMPORT_COLUMNS + EXPORT_EXTRA


def header_key(heading):
    """Match a file heading to a column by its label or key, ignoring case, marks and spacing."""
    wanted = fold(str(heading or "")).replace("_", " ").strip(" *:")
    for column in EXPORT_COLUMNS:
        if wanted in {fold(column.label), column.key.replace("_", " ")}:
            return column.key
    return None


def safe_cell(value):
    """Text that a spreadsheet would run as a formula is prefixed with an apostrophe (CWE-1236)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


SCOPE_WORDS = {"tinh": "province", "province": "province", "xa": "commune", "commune": "commune",
               "cap tinh": "province", "cap xa": "commune"}
YES_WORDS = {"co", "x", "yes", "1", "true", "dung"}
NO_WORDS = {"khong", "no", "0", "false", "", "sai"}
SCOPE_LABELS = {"province": "tỉnh", "commune": "xã"}
TEMPLATE_NOTE = _("Fill one document per row, from the third row; the second row explains each column.")
