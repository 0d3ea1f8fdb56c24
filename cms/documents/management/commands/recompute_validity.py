"""Recompute every document's validity status; run daily from cron (see README)."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from cms.documents.models import LegalDocument
from cms.documents.validity import recompute


class Command(BaseCommand):
    help = "Tính lại tình trạng hiệu lực của mọi văn bản (chạy hằng ngày bằng cron)."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Tính đến ngày (YYYY-MM-DD), mặc định là hôm nay.")

    def handle(self, *args, date=None, verbosity=1, **options):
        today = None
        if date:
            try:
                today = datetime.date.fromisoformat(date)
            except ValueError:
                raise CommandError(f"Ngày “{date}” không hợp lệ; hãy viết theo dạng YYYY-MM-DD.")
        total = LegalDocument.objects.count()
        with tqdm(total=total, unit="văn bản", disable=verbosity < 1 or not total, file=self.stderr) as bar:
            changed = recompute(today=today, progress=bar.update)
        if verbosity:
            self.stdout.write(f"Đã tính lại {total} văn bản; {changed} văn bản đổi tình trạng.")
