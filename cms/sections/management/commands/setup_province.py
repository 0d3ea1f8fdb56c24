"""Build or upgrade an instance's standard structure (DESIGN.md §7). Idempotent."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.core.models import ProvinceSettings
from cms.core.sites import SiteKind, province_site
from cms.sections import standard
from cms.sections.builder import build_site
from cms.sections.components import ComponentError, build_component_site
from cms.sections.publishing import ensure_publishing


class Command(BaseCommand):
    help = "Create or repair the province's site with the standard section tree; --demo adds demo content."

    def add_arguments(self, parser):
        parser.add_argument("--name", help="One of the 34 provincial-level units, e.g. \"Tây Ninh\" "
                            "(optional with --department/--commune once the province's site exists).")
        parser.add_argument("--demo", action="store_true",
                            help="Fill the site with realistic demo content; for the province, also two departments "
                                 "and three communes with content.")
        parser.add_argument("--hostname", default=None,
                            help="Host name of the site (province: localhost; component site: <slug>.<province host>).")
        parser.add_argument("--port", type=int, default=None)
        component = parser.add_mutually_exclusive_group()
        component.add_argument("--department", metavar="NAME",
                               help="Create or repair a department's component site, e.g. \"Sở Tư pháp\".")
        component.add_argument("--commune", metavar="NAME",
                               help="Create or repair a commune's component site, e.g. \"Phường Tân Ninh\".")

    def handle(self, *args, name, demo, hostname, port, department=None, commune=None, **options):
        province = _province(name, component=bool(department or commune))
        if department or commune:
            return self._component(province, SiteKind.DEPARTMENT if department else SiteKind.COMMUNE,
                                   department or commune, demo, hostname, port, options)
        requested = (hostname, port)
        hostname, port = hostname or "localhost", port or 80
        with transaction.atomic():
            site, home, result = build_site(province, hostname=hostname, port=port)
            _move_site(site, *requested, result)
            settings_changed = fill_settings(site, province)
            settings_changed = bool(ensure_publishing([home, *home.get_translations()])) or settings_changed
            demo_changes = []
            if demo:
                from cms.sections.demo import build_demo

                demo_changes = build_demo(site, home, province)
                demo_changes += build_demo_components(province)
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


    def _component(self, province, kind, name, demo, hostname, port, options):
        try:
            with transaction.atomic():
                site, home, result = build_component_site(kind, name, province, hostname=hostname, port=port or 80)
                demo_changes = build_component_demo(site, home, province) if demo else []
        except ComponentError as error:
            raise CommandError(str(error)) from error
        verbosity = options.get("verbosity", 1)
        if not (result.changed or demo_changes):
            self.stdout.write(f"{site.site_name} ({site.hostname}): cấu trúc chuẩn đã đầy đủ, không có thay đổi.")
            return
        for item in result.created:
            if verbosity > 1:
                self.stdout.write(f"  + {item}")
        for item in result.repaired:
            self.stdout.write(f"  ~ {item}")
        self.stdout.write(self.style.SUCCESS(
            f"{site.site_name} ({site.hostname}): đã tạo {len(result.created)} mục, sửa {len(result.repaired)} mục"
            + (f", thêm {len(demo_changes)} nội dung mẫu" if demo_changes else "") + "."
        ))


def _province(name, component=False):
    """The province named `name`; for a component site without --name, the province of the province's site."""
    if not name and component:
        site = province_site()
        settings = ProvinceSettings.objects.filter(site=site).first() if site else None
        province = standard.find_province(settings.province_slug) if settings and settings.province_slug else None
        if province is None:
            raise CommandError("Chưa có trang của tỉnh: hãy chạy setup_province --name \"<tên tỉnh>\" trước, "
                               "hoặc thêm --name.")
        return province
    if not name:
        raise CommandError("Hãy cho biết tên tỉnh, thành phố: --name \"Tây Ninh\".")
    province = standard.find_province(name)
    if province is None:
        names = ", ".join(p.name for p in standard.PROVINCES)
        raise CommandError(
            f"“{name}” không phải là tên một trong 34 đơn vị hành chính cấp tỉnh. Các tên hợp lệ: {names}."
        )
    return province


def _move_site(site, hostname, port, result):
    """Give the province's site the host name and port asked for (the first run finds Wagtail's default
    site at localhost:80); a run without --hostname/--port leaves them as they are. Component sites whose
    host name ends with the old one follow it (so-tu-phap.localhost -> so-tu-phap.tayninh.gov.vn)."""
    from cms.core.sites import component_sites

    new_host, new_port = (hostname or site.hostname).lower(), port or site.port
    if (new_host, new_port) == (site.hostname, site.port):
        return
    old_host = site.hostname
    site.hostname, site.port = new_host, new_port
    site.save(update_fields=["hostname", "port"])
    result.repaired.append(f"site: {new_host}:{new_port}")
    for component in component_sites():
        if component.hostname.endswith(f".{old_host}"):
            component.hostname = component.hostname[: -len(old_host)] + new_host
            component.port = new_port
            component.save(update_fields=["hostname", "port"])
            result.repaired.append(f"site: {component.hostname}:{new_port}")


def build_demo_components(province):
    """The demo's two departments and three communes, each with content; a list of what was created."""
    from cms.demo.components import DEMO_COMPONENTS

    changes = []
    for kind, name in DEMO_COMPONENTS:
        site, home, result = build_component_site(kind, name, province)
        changes += [f"{site.hostname}: {item}" for item in result.created]
        changes += [f"{site.hostname}: {item}" for item in build_component_demo(site, home, province)]
    return changes


def build_component_demo(site, home, province):
    from cms.demo.components import build_component_demo as build

    return build(site, home, province)


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
