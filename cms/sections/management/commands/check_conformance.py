"""Does this instance keep the national standard? (DESIGN.md §6, §7) Exit 0 only when it does."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.models import Site

from cms.sections.conformance import FAIL, PASS, full_report

LABELS = {PASS: "ĐẠT", FAIL: "KHÔNG ĐẠT", "warn": "LƯU Ý"}


class Command(BaseCommand):
    help = (
        "Báo cáo mức độ tuân thủ cấu trúc chuẩn của cổng (DESIGN.md §6). "
        "Trả về mã 0 chỉ khi cổng tuân thủ; --json in cùng báo cáo với /.well-known/portal-conformance.json."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="In báo cáo dạng JSON.")
        parser.add_argument("--site", metavar="HOST", help="Chỉ kiểm tra trang có tên miền này (mặc định: mọi trang).")

    def handle(self, *args, **options):
        as_json, site = options["json"], options["site"]
        if site and not Site.objects.filter(hostname=site).exists():
            known = ", ".join(Site.objects.order_by("hostname").values_list("hostname", flat=True)) or "chưa có"
            raise CommandError(f"Không có trang nào với tên miền “{site}”. Các tên miền hiện có: {known}.")
        report = full_report(hostname=site)
        if as_json:
            self.stdout.write(_dumps(report))
        else:
            self._print_text(report, verbosity=options.get("verbosity", 1))
        if not report["conformant"]:
            if not report["sites"]:
                raise CommandError("Chưa có trang nào: hãy chạy manage.py setup_province trước.", returncode=2)
            failed = sum(1 for s in report["sites"] for c in s["checks"] if c["status"] == FAIL)
            raise CommandError(f"Cổng chưa tuân thủ cấu trúc chuẩn: {failed} điểm khác biệt.", returncode=1)

    def _print_text(self, report, verbosity):
        for site in report["sites"]:
            self.stdout.write(f"Trang: {site['site_name']} ({site['hostname']})")
            for check in site["checks"]:
                if check["status"] == PASS and verbosity < 1:
                    continue
                line = f"  [{LABELS.get(check['status'], check['status'])}] {check['message']}"
                if check["status"] == FAIL:
                    line = self.style.ERROR(line)
                elif check["status"] != PASS:
                    line = self.style.WARNING(line)
                self.stdout.write(line)
        if report["conformant"]:
            self.stdout.write(self.style.SUCCESS("Kết luận: cổng tuân thủ cấu trúc chuẩn."))


def _dumps(report):
    return json.dumps(report, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
