"""Site-search latency (p50/p95) with many pages and documents, and beacon throughput on one worker.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench python -m bench search [--pages 10000] [--docs 100000]
    DATABASE_URL=... python -m bench search --beacon-only [--requests 3000]

The database is migrated and filled on first use (rows are generated in bulk, then indexed in batches).
When the legal-document model is not installed, the documents are generated as pages instead (said in the output).
"""

import argparse
import os
import random
import statistics
import time

WORDS = ("thủ tục hành chính cấp đổi căn cước công dân đất đai xây dựng giấy phép kinh doanh hộ tịch khai sinh "
         "bảo hiểm xã hội y tế giáo dục đào tạo tuyển dụng công chức viên chức quy hoạch giao thông nông nghiệp "
         "môi trường tài nguyên nước khoáng sản du lịch văn hóa thể thao thông tin truyền thông khoa học công nghệ "
         "ngân sách đầu tư công đấu thầu phòng chống thiên tai an toàn thực phẩm lao động việc làm").split()
QUERIES = ["cấp đổi căn cước", "can cuoc cong dan", "thủ tục hành chính đất đai", "giay phep xay dung",
           "tuyển dụng viên chức", "12/2024/QĐ-UBND", "15-2023-nq-hdnd", "UBND tỉnh", "TTHC hộ tịch", "bảo hiểm y tế",
           "quy hoach giao thong", "du lịch", "ngân sách", "an toan thuc pham", "khoáng sản", "phòng chống thiên tai",
           "xyzzy không có", "nghị định 42", "đấu thầu", "khai sinh"]


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()


def _text(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def fill_pages(count, label, rng):
    """Bulk-insert `count` content pages under the 'about.overview' section and index them."""
    from django.db import connection
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from cms.sections.models import ContentPage, SectionPage

    parent = SectionPage.objects.get(section_key="about.overview", locale__language_code="vi")
    existing = ContentPage.objects.child_of(parent).filter(slug__startswith=f"bench-{label}-").count()
    if existing >= count:
        return ContentPage.objects.count(), 0.0
    started = time.perf_counter()
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(ContentPage)
    last = parent.get_last_child()
    base = int(last.path[-4:], 36) + 1 if last else 1
    pages = []
    for n in range(existing, count):
        number = f"{rng.randint(1, 999)}/{rng.randint(2015, 2026)}/QĐ-UBND"
        title = f"{_text(rng, 6).capitalize()} {n} ({label}) {number}"
        step = base + n - existing
        pages.append(Page(
            title=title, draft_title=title, slug=f"bench-{label}-{n}", content_type=ct, live=True,
            path=parent.path + _b36(step), depth=parent.depth + 1, numchild=0,
            url_path=f"{parent.url_path}bench-{label}-{n}/", locale_id=parent.locale_id,
            first_published_at=None,
        ))
    batch = 2000
    for start in range(0, len(pages), batch):
        chunk = Page.objects.bulk_create(pages[start:start + batch])
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {ContentPage._meta.db_table} (page_ptr_id, summary, body) VALUES (%s, %s, %s)",
                [(p.pk, _text(rng, 40), "[]") for p in chunk],
            )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    backend = get_search_backend()
    index = backend.get_index_for_model(ContentPage)
    ids = [p.pk for p in pages]
    for start in range(0, len(ids), 1000):
        objs = list(ContentPage.objects.filter(pk__in=ids[start:start + 1000]))
        index.add_items(ContentPage, objs)
    if connection.vendor == "postgresql":
        # Fresh statistics, as autovacuum would soon give them: with none, the planner takes 10,000 pages for 4.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE wagtailcore_page; ANALYZE sections_contentpage; ANALYZE wagtailsearch_indexentry")
    return count, time.perf_counter() - started


def fill_documents(count):
    """Legal documents from the registry's own generator (bench/documents.py), then indexed in batches."""

    from bench.documents import generate
    from cms.documents.models import LegalDocument

    started = time.perf_counter()
    generate(count)
    from django.db import connection

    if connection.vendor == "postgresql":
        _index_documents_sql(LegalDocument)
    else:
        _index_documents_orm(LegalDocument)
    return time.perf_counter() - started


def _index_documents_sql(model):
    """Index the generated documents in large batches: the texts the backend would index, one INSERT per batch.

    Texts come from each search field's own value (properties included), so the vectors are the ones
    the backend builds one object at a time, only much faster.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from modelsearch.backends.database.postgres.weights import get_weight
    from modelsearch.conf import get_app_config
    from psycopg import sql

    IndexEntry = get_app_config().get_model("IndexEntry")
    ct = ContentType.objects.get_for_model(model)
    fields = [f for f in model.get_searchable_search_fields() if f.field_name != "title"]
    autocomplete = list(model.get_autocomplete_search_fields())
    body = sql.SQL(" || ").join(
        sql.SQL("setweight(to_tsvector('simple', {}), {})").format(sql.Placeholder(), sql.Literal(get_weight(f.boost)))
        for f in fields
    )
    auto = sql.SQL(" || ").join(sql.SQL("to_tsvector('simple', {})").format(sql.Placeholder()) for _ in autocomplete)
    statement = sql.SQL(
        "INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text) "
        "VALUES ({ct}, {pk}, ''::tsvector, {auto}, {body}, 1.0, '', {text}) "
        "ON CONFLICT (content_type_id, object_id) DO NOTHING"
    ).format(table=sql.Identifier(IndexEntry._meta.db_table), ct=sql.Placeholder(), pk=sql.Placeholder(),
             auto=auto or sql.SQL("''::tsvector"), body=body, text=sql.Placeholder())
    indexed = set(IndexEntry.objects.filter(content_type=ct).values_list("object_id", flat=True))
    ids = [pk for pk in model.get_indexed_objects().values_list("pk", flat=True) if str(pk) not in indexed]
    with connection.cursor() as cursor:
        for start in range(0, len(ids), 5000):
            rows = []
            for obj in model.objects.filter(pk__in=ids[start:start + 5000]):
                texts = [str(f.get_value(obj) or "") for f in fields]
                autos = [str(f.get_value(obj) or "") for f in autocomplete]
                rows.append([ct.pk, str(obj.pk), *autos, *texts, " ".join(t for t in texts if t)])
            cursor.executemany(statement.as_string(connection.connection), rows)
        cursor.execute(f"ANALYZE {IndexEntry._meta.db_table}")


def _index_documents_orm(model):
    from django.contrib.contenttypes.models import ContentType
    from modelsearch.conf import get_app_config

    IndexEntry = get_app_config().get_model("IndexEntry")
    from wagtail.search.backends import get_search_backend

    index = get_search_backend().get_index_for_model(model)
    ct = ContentType.objects.get_for_model(model)
    indexed = set(IndexEntry.objects.filter(content_type=ct).values_list("object_id", flat=True))
    ids = [pk for pk in model.objects.filter(live=True).values_list("pk", flat=True) if str(pk) not in indexed]
    for start in range(0, len(ids), 2000):
        index.add_items(model, list(model.objects.filter(pk__in=ids[start:start + 2000])
                                    .select_related("document_type", "issuing_body")))


def document_source():
    """The registry's documents as a search source, if the registry does not register one itself."""
    from wagtail import hooks

    from cms.documents.models import LegalDocument
    from cms.search.sources import SearchSource, get_sources

    if any(s.model is LegalDocument for s in get_sources()):
        import contextlib

        return contextlib.nullcontext()
    source = SearchSource("van-ban", "Văn bản", LegalDocument, lambda request: LegalDocument.objects.published(),
                          order=30, url=lambda obj, request: f"/van-ban/{obj.slug}/")
    return hooks.register_temporarily("portal_search_sources", lambda: [source])


def _b36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    for _ in range(4):
        number, rem = divmod(number, 36)
        out = digits[rem] + out
    return out


def bench_search(rounds):
    from django.test import RequestFactory

    from cms.search import services

    factory = RequestFactory()
    timings = []
    for _ in range(rounds):
        for query in QUERIES:
            request = factory.get("/tim-kiem/", {"q": query})
            started = time.perf_counter()
            services.run(request, query)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "searches": len(timings),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
        "max_ms": round(timings[-1], 1),
    }


def bench_search_page(rounds):
    """The whole /tim-kiem/ page (middleware, layout, template) through Django's test client."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    client = Client(HTTP_HOST="localhost")
    timings, queries = [], []
    with override_settings(DEBUG=False, STORAGES=storages):
        client.get("/tim-kiem/", {"q": QUERIES[0]})
        for _ in range(rounds):
            for query in QUERIES:
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get("/tim-kiem/", {"q": query})
                    timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (query, response.status_code)
                queries.append(len(captured.captured_queries))
    timings.sort()
    return {"pages": len(timings), "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1), "max_queries": max(queries)}


def bench_beacon(requests):
    """Beacon requests per second through the full Django stack (middleware included) in one process."""
    from django.test import Client

    client = Client(HTTP_ORIGIN="http://localhost", HTTP_SEC_FETCH_SITE="same-origin",
                    HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0", SERVER_NAME="localhost")
    paths = ["/", "/gioi-thieu/", "/tin-tuc/", "/gioi-thieu/tong-quan/", "/khong-co/"]
    errors = 0
    started = time.perf_counter()
    for n in range(requests):
        response = client.post("/api/v1/beacon/", {"p": paths[n % len(paths)], "t": str(n % 300)})
        errors += response.status_code != 204
    elapsed = time.perf_counter() - started
    return {"requests": requests, "errors": errors, "requests_per_second": round(requests / elapsed)}


def main(argv):
    parser = argparse.ArgumentParser(prog="python -m bench search")
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--beacon-only", action="store_true")
    parser.add_argument("--no-fill", action="store_true", help="measure with the rows already in the database")
    args = parser.parse_args(argv)
    setup_django()
    from django.apps import apps
    from django.core.management import call_command
    from django.db import connection

    print(f"database: {connection.vendor} {connection.settings_dict.get('NAME')}")
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    from cms.sections import standard
    from cms.sections.builder import build_site

    build_site(standard.find_province("Tây Ninh"))
    rng = random.Random(7)
    if not args.beacon_only:
        if args.no_fill:
            args.pages = args.docs = 0
        total, seconds = fill_pages(args.pages, "page", rng)
        print(f"pages: {total} (generated in {seconds:.0f} s)")
        if apps.is_installed("cms.documents"):
            seconds = fill_documents(args.docs)
            from cms.documents.models import LegalDocument

            print(f"documents: {LegalDocument.objects.count()} legal documents (generated and indexed in {seconds:.0f} s)")
            with document_source():
                print("search:", bench_search(args.rounds))
                print("search page /tim-kiem/:", bench_search_page(args.rounds))
        else:
            print(f"documents: legal-document model not installed; {args.docs} extra pages stand in for them")
            total, seconds = fill_pages(args.pages + args.docs, "page", rng)
            print(f"indexed pages in total: {total} (generated in {seconds:.0f} s)")
            print("search:", bench_search(args.rounds))
    print("beacon:", bench_beacon(args.requests))
