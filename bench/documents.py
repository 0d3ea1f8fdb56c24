"""Benchmark of the legal-document registry (issue 4): python -m bench documents [--count 100000].

Generates realistic documents (Vietnamese summaries, numbers per body and year, fields, relations) into the
configured database (use PostgreSQL, your own database), then prints p50/p95 latency and SQL query counts for
the list page, three filter combinations, an accent-less text query, a detail page, the JSON API, and a
10,000-row CSV export (time and peak Python memory). Targets: list/filter p95 < 100 ms, detail p95 < 50 ms,
CSV 10k rows < 3 s with flat memory.
"""

import argparse
import datetime
import random
import statistics
import time
import tracemalloc

BODY_SYMBOLS = {"HĐND": "HĐND", "UBND": "UBND", "CT UBND": "UBND", "VP UBND": "VP"}
SUBJECTS = [
    "Bảng giá đất", "mức thu phí, lệ phí", "hạn mức giao đất ở", "bồi thường, hỗ trợ, tái định cư",
    "quản lý chất thải rắn sinh hoạt", "học phí các cơ sở giáo dục công lập", "phân cấp quản lý công trình xây dựng",
    "hoạt động vận tải hành khách", "chính sách hỗ trợ sản xuất nông nghiệp", "chuyển đổi số",
    "cải cách hành chính", "phòng, chống thiên tai", "phòng cháy, chữa cháy rừng", "quản lý cụm công nghiệp",
    "giải ngân vốn đầu tư công", "tiếp công dân", "bảo vệ môi trường làng nghề", "an toàn thực phẩm",
    "phát triển du lịch", "khuyến công", "quản lý nghĩa trang", "đặt tên đường", "thi đua, khen thưởng",
    "chế độ hỗ trợ cán bộ cấp xã", "quản lý chợ", "xây dựng nông thôn mới", "dạy nghề cho lao động nông thôn",
]
VERBS = ["Ban hành Quy định về", "Quy định chi tiết về", "Sửa đổi, bổ sung quy định về", "Kế hoạch triển khai",
         "Phê duyệt Đề án", "Tăng cường công tác", "Hướng dẫn thực hiện", "Chương trình hành động về",
         "Bãi bỏ quy định về", "Giao chỉ tiêu về"]
PLACES = ["trên địa bàn tỉnh Tây Ninh", "tại các xã biên giới", "trong các khu công nghiệp", "tại các phường",
          "giai đoạn 2021 - 2025", "giai đoạn 2026 - 2030", "năm {y}"]
SIGNERS = [("Nguyễn Văn Phong", "Chủ tịch"), ("Trần Văn Chiến", "Phó Chủ tịch"), ("Lê Thị Hồng", "Phó Chủ tịch"),
           ("Phạm Minh Đức", "Phó Chủ tịch"), ("Nguyễn Thành Tâm", "Chủ tịch"), ("Võ Thị Mai", "Chánh Văn phòng"),
           ("Đặng Quốc Hùng", "Giám đốc"), ("Huỳnh Thanh Bình", "Phó Giám đốc")]
KINDS = ["replaces", "amends", "repeals", "based_on", "guides", "suspends", "related"]


def generate(count, seed=4):
    """Create `count` published documents (plus relations for about 15 %) with bulk_create; returns seconds."""
    from django.db import connection, transaction
    from django.utils import timezone

    from cms.core.text import fold, slugify_vi
    from cms.documents.models import DocumentRelation, DocumentType, Field, IssuingBody, LegalDocument

    rng = random.Random(seed)
    start = time.perf_counter()
    existing = LegalDocument.objects.count()
    if existing >= count:
        return 0.0
    types = list(DocumentType.objects.all())
    weights = {"Quyết định": 35, "Công văn": 25, "Kế hoạch": 10, "Thông báo": 8, "Nghị quyết": 6, "Chỉ thị": 3,
               "Báo cáo": 5, "Công điện": 1}
    type_weights = [weights.get(t.name, 1) for t in types]
    bodies = list(IssuingBody.objects.all())
    body_weights = [40 if b.abbreviation == "UBND" else 8 if b.abbreviation in {"HĐND", "VP UBND"} else 2 for b in bodies]
    fields = list(Field.objects.all())
    taken_slugs = set(LegalDocument.objects.values_list("slug", flat=True))
    counters = {}
    through = LegalDocument.fields.through
    now = timezone.now()
    batch, links = [], []
    ids = list(LegalDocument.objects.values_list("pk", flat=True))
    today = timezone.localdate()

    def flush():
        with transaction.atomic():
            created = LegalDocument.objects.bulk_create(batch, batch_size=2000)
            rows = []
            for doc, doc_fields in zip(created, links, strict=True):
                ids.append(doc.pk)
                rows.extend(through(legaldocument_id=doc.pk, field_id=f.pk) for f in doc_fields)
            through.objects.bulk_create(rows, batch_size=5000)
        batch.clear()
        links.clear()

    for _ in range(count - existing):
        doc_type = rng.choices(types, type_weights)[0]
        body = rng.choices(bodies, body_weights)[0]
        issued = today - datetime.timedelta(days=rng.randint(0, 21 * 365))
        year = issued.year
        key = (body.pk, year)
        counters[key] = counters.get(key, 0) + 1
        seq = counters[key]
        symbol = BODY_SYMBOLS.get(body.abbreviation, body.abbreviation.replace(" ", "") or "UBND")
        if doc_type.name == "Công văn":
            number = f"{seq}/{symbol}-{rng.choice(['KT', 'VX', 'NC', 'TH', 'XD'])}"
        elif doc_type.normative and rng.random() < 0.4:
            number = f"{seq}/{year}/{doc_type.abbreviation}-{symbol}"
        else:
            number = f"{seq}/{doc_type.abbreviation or 'CV'}-{symbol}"
        slug = slugify_vi(number, max_length=60)
        if slug in taken_slugs:
            slug = f"{slug}-{body.slug}-{year}"
        taken_slugs.add(slug)
        summary = f"{rng.choice(VERBS)} {rng.choice(SUBJECTS)} {rng.choice(PLACES).format(y=year)}"
        signer, position = rng.choice(SIGNERS)
        effective = issued + datetime.timedelta(days=rng.choice([0, 0, 10, 15, 30])) if doc_type.normative else None
        published = timezone.make_aware(datetime.datetime.combine(issued + datetime.timedelta(days=rng.choice([0, 1, 1, 2, 5])),
                                                                  datetime.time(9)))
        batch.append(LegalDocument(
            number=number, slug=slug, document_type=doc_type, issuing_body=body, issue_date=issued, issue_year=year,
            effective_date=effective, summary=summary, signer_name=signer, signer_position=position,
            is_normative=doc_type.normative, live=True, first_published_at=min(published, now),
            last_published_at=min(published, now), validity_status="in_force", validity_computed_on=today,
            search_folded=fold(f"{number} {doc_type.name} {body.name} {summary}"), signer_folded=fold(signer),
        ))
        links.append(rng.sample(fields, rng.choice([1, 1, 2])))
        if len(batch) >= 5000:
            flush()
    if batch:
        flush()

    relations = []
    pairs = set()
    for _ in range(len(ids) * 15 // 100):
        source, target = rng.sample(ids, 2)
        kind = rng.choice(KINDS)
        if (source, target, kind) in pairs:
            continue
        pairs.add((source, target, kind))
        relations.append(DocumentRelation(source_id=source, target_id=target, kind=kind,
                                          articles=rng.choice(["", "", "Điều 3", "khoản 2 Điều 5"])))
    DocumentRelation.objects.bulk_create(relations, batch_size=5000)
    from cms.documents.validity import recompute

    recompute()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE documents_legaldocument; ANALYZE documents_documentrelation; "
                           "ANALYZE documents_legaldocument_fields")
    return time.perf_counter() - start


def _registry(queries):
    return sum(1 for q in queries if '"documents_' in q["sql"] and '"wagtailcore_page"' not in q["sql"])


def measure(client, urls, rounds):
    """(p50 ms, p95 ms, queries, registry queries, p95 ms spent in the registry's SQL) for GETs over `urls`."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for url in urls[:3]:
        client.get(url)
    times, counts, own, sql = [], [], [], []
    for i in range(rounds):
        url = urls[i % len(urls)]
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            if getattr(response, "streaming", False):
                for _chunk in response.streaming_content:
                    pass
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        counts.append(len(captured.captured_queries))
        own.append(_registry(captured.captured_queries))
        sql.append(1000 * sum(float(q["time"]) for q in captured.captured_queries
                              if '"documents_' in q["sql"] and '"wagtailcore_page"' not in q["sql"]))
    return statistics.median(times), _p95(times), max(counts), max(own), _p95(sql)


def _p95(values):
    values = sorted(values)
    return values[max(0, int(round(0.95 * len(values))) - 1)]


def _stream(client, url):
    rows = 0
    for chunk in client.get(url).streaming_content:
        rows += chunk.count(b"\n")
    return rows - 1


def csv_export(client, query):
    """(rows, seconds, peak MB): timed without tracing, then streamed again under tracemalloc for the peak."""
    url = f"/van-ban/xuat/csv/?{query}"
    started = time.perf_counter()
    rows = _stream(client, url)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    _stream(client, url)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return rows, seconds, peak / 1024 / 1024


def _cache_settings(choice):
    import os

    backends = {
        "database": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "portal_cache"},
        "redis": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                  "LOCATION": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/9")},
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    renditions = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # as in production settings
    return {"CACHES": {"default": backends[choice], "renditions": renditions}} if choice in backends else {}


def main(argv):
    parser = argparse.ArgumentParser(prog="python -m bench documents")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--cache", choices=["configured", "database", "redis", "local"], default="database",
                        help="cache during the measurement: production's database cache (default), Redis "
                             "(REDIS_URL or redis://127.0.0.1:6379/9), a per-process memory cache, or the settings'")
    args = parser.parse_args(argv)

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    from cms.documents.models import DocumentRelation, LegalDocument
    from cms.sections import standard
    from cms.sections.builder import build_site

    print(f"database: {connection.vendor} {connection.settings_dict.get('NAME')}")
    if connection.vendor != "postgresql":
        print("warning: the targets are for PostgreSQL")
    call_command("migrate", verbosity=0)
    with override_settings(**_cache_settings("database")):
        call_command("createcachetable", verbosity=0)
    build_site(standard.find_province("Tây Ninh"))
    seconds = generate(args.count)
    print(f"documents: {LegalDocument.objects.count()}, relations: {DocumentRelation.objects.count()} "
          f"(generated in {seconds:.0f} s)")
    started = time.perf_counter()
    from cms.documents.validity import recompute

    recompute()
    print(f"recompute_validity over all documents: {time.perf_counter() - started:.1f} s")

    rng = random.Random(9)
    slugs = list(LegalDocument.objects.order_by("?").values_list("slug", flat=True)[:200])
    latest_year = LegalDocument.objects.order_by("-issue_year").values_list("issue_year", flat=True).first()
    scenarios = [
        ("reference: a plain section page", ["/gioi-thieu/tong-quan/"]),
        ("list, unfiltered", ["/van-ban/"]),
        ("list, page 200", ["/van-ban/?page=200"]),
        ("filter: type + year", [f"/van-ban/?type=quyet-dinh&year={latest_year - k}" for k in range(5)]),
        ("filter: body + status + field", ["/van-ban/?body=uy-ban-nhan-dan-tinh&status=in_force&field=dat-dai",
                                           "/van-ban/?body=hoi-dong-nhan-dan-tinh&status=expired&field=y-te"]),
        ("filter: dates + signer, oldest first",
         ["/van-ban/?from=01/01/2015&to=31/12/2018&signer=tran+van+chien&sort=oldest"]),
        ("text without accents", ["/van-ban/?q=quyet+dinh+bang+gia+dat", "/van-ban/?q=ke+hoach+chuyen+doi+so",
                                  "/van-ban/?q=12/2024"]),
        ("detail page", [f"/van-ban/{slug}/" for slug in slugs]),
        ("API list, filtered", ["/api/v1/documents/?type=nghi-quyet&status=in_force"]),
        ("API detail", [f"/api/v1/documents/{slug}/" for slug in slugs]),
    ]
    client = Client(HTTP_HOST="localhost")
    print(f"{'scenario':40} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'registry':>8} {'reg. SQL p95 ms':>16}")
    from django.conf import settings

    # Production-like: no DEBUG query log; plain static storage (no collectstatic manifest needed here).
    storages = {**settings.STORAGES,
                "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    overrides = {"DEBUG": False, "STORAGES": storages}
    overrides.update(_cache_settings(args.cache))
    print("cache:", overrides.get("CACHES", settings.CACHES)["default"]["BACKEND"])
    with override_settings(**overrides):
        for label, urls in scenarios:
            rng.shuffle(urls)
            p50, p95, queries, own, sql95 = measure(client, urls, args.rounds)
            print(f"{label:40} {p50:8.1f} {p95:8.1f} {queries:8d} {own:8d} {sql95:16.1f}")
        exports = [("two years (about 10,000 rows)", f"from=01/01/{latest_year - 1}&to=31/12/{latest_year}"),
                   ("all Công văn (about 25,000 rows)", "type=cong-van"),
                   ("one year of Nghị quyết (small)", f"type=nghi-quyet&year={latest_year - 1}")]
        for label, query in exports:
            rows, seconds, peak = csv_export(client, query)
            print(f"CSV export, {label}: {rows} rows in {seconds:.2f} s, peak Python memory {peak:.1f} MB")
    return 0
