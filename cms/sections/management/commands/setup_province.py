"""Build or upgrade an instance's standard structure (DESIGN.md §7). Idempotent."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.core.models import ProvinceSettings
from cms.sections import standard
from cms.sections.builder import build_site
from cms.sections.publishing import ensure_publishing


class Command(BaseCommand):
    help = "Create or repair the province's site with the standard section tree; --demo adds demo content."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="One of the 34 provincial-level units, e.g. \"Tây Ninh\".")
        parser.add_argument("--demo", action="store_true", help="Fill the site with realistic demo content.")
        parser.add_argument("--hostname", default="localhost", help="Host name of the province's site.")
        parser.add_argument("--port", type=int, default=80)

    def handle(self, *args, name, demo, hostname, port, **options):
        province = standard.find_province(name)
        if province is None:
            names = ", ".join(p.name for p in standard.PROVINCES)
            raise CommandError(
                f"“{name}” không phải là tên một trong 34 đơn vị hành chính cấp tỉnh. Các tên hợp lệ: {names}."
            )
        with transaction.atomic():
            site, home, result = build_site(province, hostname=hostname, port=port)
            settings_changed = fill_settings(site, province)
            settings_changed = bool(ensure_publishing([home, *home.get_translations()])) or settings_changed
            demo_changes = []
            if demo:
                from cms.sections.demo import build_demo

                demo_changes = build_demo(site, home, province)
        verbosity = options.get("verbosity", 1)
        if not (result.changed or settings_changed or demo_changes):
            self.stdout.write(f"{province.official_name}: cấu trúc chuẩn đã đầy đủ, không có thay đổi.")
            return
        for item in result.created:
            if verbosity > 1:
                self.stdout.write(f"  + {item}")
        for item in result.repaired:
            self.stdout.write(f"  ~ {item}")
        self.stdout.write(self.style.SUCCESS(
            f"{province.official_name}: đã tạo {len(result.created)} trang, sửa {len(result.repaired)} trang"
            + (f", thêm {len(demo_changes)} nội dung mẫu" if demo_changes else "") + "."
        ))


def fill_settings(site, province):
    """Set the province's identity where the settings are still empty; never overwrite an editor's values."""
    settings = ProvinceSettings.for_site(site)
    changed = False
    for field, value in (
        ("official_name", province.official_name),
        ("short_name", province.name),
        ("province_slug", province.slug),
    ):
        if not getattr(settings, field):
            setattr(settings, field, value)
            changed = True
    if changed:
        settings.save()
    return changed
