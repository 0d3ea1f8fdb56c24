"""Scale of component sites (issue 9): python -m bench sites [--departments 20] [--communes 150] [--rounds 40].

On an empty database of its own (use PostgreSQL: DATABASE_URL=postgres://…/portal_bench_sites), builds the
province's site with demo content and measures page serving (p50/p95 ms, SQL queries per page) as a single-site
instance; then builds the component sites one by one as `setup_province --department/--commune --demo` does,
reporting the time and memory that takes, and measures the same pages again, plus pages of the first, a middle
and the last component site. Site lookup must not grow with the number of sites: compare the two columns.
"""

import argparse
import io
import resource
import statistics
import time
import tracemalloc
from unittest import mock

PAGES = ("/", "/gioi-thieu/tong-quan/", "/van-ban/", "/tin-tuc-su-kien/", "/tim-kiem/?q=thu+tuc")
COMPONENT_PAGES = ("/", "/gioi-thieu/", "/van-ban/", "/tin-tuc-su-kien/")
COMMUNE_WORDS = ("Tân", "Long", "Hòa", "Phước", "Thạnh", "An", "Bình", "Mỹ", "Lộc", "Thuận", "Hưng", "Phú", "Trường")
DEPARTMENTS = ("Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Y tế",
               "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ",
               "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh",
               "Văn phòng Ủy ban nhân dân tỉnh", "Ban Quản lý Khu kinh tế", "Ban Quản lý dự án đầu tư xây dựng tỉnh",
               "Trung tâm Phục vụ hành chính công tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Trường Cao đẳng tỉnh",
               "Ban Quản lý Vườn quốc gia")


def commune_names(count):
    """Distinct made-up commune and ward names ("Xã Tân Long", "Phường Hòa Phước", ...)."""
    pairs = [(a, b) for a in COMMUNE_WORDS for b in COMMUNE_WORDS if a != b]
    return [f"{'Phường' if i % 3 == 0 else 'Xã'} {a} {b}" for i, (a, b) in enumerate(pairs[:count])]


def measure(client, host, paths, rounds):
    """(p50 ms, p95 ms, max queries) for GETs of `paths` on `host`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for path in paths:
        client.get(path, HTTP_HOST=host)
    times, queries = [], []
    for i in range(rounds):
        path = paths[i % len(paths)]
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path, HTTP_HOST=host)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (host, path, response.status_code)
        queries.append(len(captured.captured_queries))
    times.sort()
    return statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)], max(queries)


def _rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv):
    parser = argparse.ArgumentParser(prog="python -m bench sites")
    parser.add_argument("--departments", type=int, default=20)
    parser.add_argument("--communes", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args(argv)

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings
    from wagtail.models import Site

    from cms.core.sites import SiteKind
    from cms.sections import standard
    from cms.sections.components import build_component_site
    from cms.sections.management.commands.setup_province import build_component_demo

    print(f"database: {connection.vendor} {connection.settings_dict.get('NAME')}")
    overrides = {"DEBUG": False, "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
                 "STORAGES": {**settings.STORAGES,
                              "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
                 "CACHES": {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                                        "LOCATION": "portal_cache"},
                            "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}}  # production's
    call_command("migrate", verbosity=0)
    with override_settings(**overrides):
        call_command("createcachetable", verbosity=0)
    if Site.objects.count() > 1:
        print("error: use an empty database of its own (component sites already exist here)")
        return 1
    client = Client()
    with override_settings(**overrides):
        started = time.perf_counter()
        # The province's demo without its component sites: a single-site instance is measured first.
        with mock.patch("cms.sections.management.commands.setup_province.build_demo_components", return_value=[]):
            call_command("setup_province", name="Tây Ninh", demo=True, stdout=io.StringIO())
        print(f"province site with demo content: {time.perf_counter() - started:.1f} s")
        before = {path: measure(client, "localhost", [path], args.rounds) for path in PAGES}
    province = standard.find_province("Tây Ninh")
    sites_before = Site.objects.count()

    names = [(SiteKind.DEPARTMENT, n) for n in DEPARTMENTS[: args.departments]]
    names += [(SiteKind.COMMUNE, n) for n in commune_names(args.communes)]
    tracemalloc.start()
    started = time.perf_counter()
    per_site = []
    with override_settings(**overrides):
        for kind, name in names:
            one = time.perf_counter()
            site, home, _result = build_component_site(kind, name, province)
            build_component_demo(site, home, province)
            per_site.append(time.perf_counter() - one)
    elapsed = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    sites = Site.objects.count()
    print(f"component sites built: {len(names)} ({sites} sites in all, {sites_before} before) in {elapsed:.1f} s; "
          f"per site p50 {statistics.median(per_site):.2f} s, max {max(per_site):.2f} s; "
          f"peak Python memory {peak / 1024 / 1024:.1f} MB, process max RSS {_rss_mb():.0f} MB")
    with override_settings(**overrides):
        started = time.perf_counter()
        for kind, name in names:
            site, home, result = build_component_site(kind, name, province)
            assert not result.changed, (name, result.created, result.repaired)
        print(f"second run over the {len(names)} component sites (idempotent: nothing changed): "
              f"{time.perf_counter() - started:.1f} s")

    with override_settings(**overrides):
        print(f"\n{'province page':32} {'1 site p50/p95 ms, queries':>30} {f'{sites} sites p50/p95 ms, queries':>32}")
        for path in PAGES:
            after = measure(client, "localhost", [path], args.rounds)
            b = before[path]
            print(f"{path:32} {b[0]:10.1f} {b[1]:8.1f} {b[2]:8d}   {after[0]:10.1f} {after[1]:8.1f} {after[2]:8d}")
        hosts = list(Site.objects.exclude(is_default_site=True).order_by("pk").values_list("hostname", flat=True))
        print(f"\n{'component site page':48} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
        for host in (hosts[0], hosts[len(hosts) // 2], hosts[-1]):
            for path in COMPONENT_PAGES:
                p50, p95, queries = measure(client, host, [path], args.rounds)
                print(f"{host + path:48} {p50:8.1f} {p95:8.1f} {queries:8d}")
        p50, p95, queries = measure(client, "khong-co-trang-nay.localhost", ["/"], args.rounds)
        print(f"{'unknown host (the province is served)':48} {p50:8.1f} {p95:8.1f} {queries:8d}")
    return 0
