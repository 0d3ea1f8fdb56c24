"""Regenerate the import templates from cms.documents.columns: python -m cms.documents.import_template.make_templates"""

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
EXAMPLES = [
    ["12/2024/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh", "15/03/2024", "01/04/2024", "",
     "Ban hành Bảng giá đất trên địa bàn tỉnh áp dụng từ ngày 01/4/2024", "Nguyễn Văn Phong", "Chủ tịch",
     "Đất đai", "tỉnh", "có", "15", "25/03/2024"],
    ["345/UBND-KT", "Công văn", "UBND", "02/10/2025", "", "",
     "Triển khai các giải pháp bình ổn giá mặt hàng thiết yếu", "Trần Văn Chiến", "Phó Chủ tịch",
     "Công nghiệp - Thương mại; Tài chính - Ngân sách", "tỉnh", "không", "", ""],
]


def rows():
    from cms.documents.columns import IMPORT_COLUMNS

    header = [c.label for c in IMPORT_COLUMNS]
    help_row = ["# " + (c.help or c.label) + (" (bắt buộc)" if c.required else "") for c in IMPORT_COLUMNS]
    return header, help_row


def main():
    header, help_row = rows()
    with (HERE / "mau-nhap-van-ban.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerow(help_row)
        writer.writerows(EXAMPLES)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Văn bản"
    sheet.append(header)
    sheet.append(help_row)
    for row in EXAMPLES:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[2]:
        cell.font = Font(italic=True, color="555555")
    for column in sheet.columns:
        sheet.column_dimensions[column[0].column_letter].width = 24
    for row in sheet.iter_rows():
        for cell in row:
            cell.number_format = "@"  # text: dates and numbers stay as typed
    workbook.save(HERE / "mau-nhap-van-ban.xlsx")


if __name__ == "__main__":
    import django

    django.setup()
    main()
