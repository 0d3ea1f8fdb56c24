"""Import documents from a CSV or XLSX file made from the template: all rows or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from cms.documents.importer import import_file


class Command(BaseCommand):
    help = "Nhập văn bản từ tệp CSV hoặc XLSX theo mẫu (cms/documents/import_template/): nhập tất cả hoặc không nhập gì."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Đường dẫn tệp .csv hoặc .xlsx")

    def handle(self, *args, path, verbosity=1, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"Không tìm thấy tệp “{path}”.")

        def bar(total, label):
            return tqdm(total=total, desc=label, unit="dòng", disable=verbosity < 1, file=self.stderr)

        with file.open("rb") as handle:
            result = import_file(handle, file.name, progress_factory=bar)
        if not result.ok:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(f"Không nhập văn bản nào: có {len(result.errors)} lỗi trong tệp.")
        self.stdout.write(self.style.SUCCESS(f"Đã nhập và công bố {result.created} văn bản."))
