"""Beacon throughput (issue 7 target: 500 requests/s on one worker): python -m bench beacon [--requests 5000]

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<your db> python -m bench beacon [--gunicorn]

1. In-process: requests go straight through Django's WSGI handler (all middleware, DEBUG off) from one
   thread, so the figure is what one worker process can do, without any network.
2. With --gunicorn (installed from requirements.txt): one sync gunicorn worker on a Unix socket in a
   temporary directory, driven by a few client threads over real HTTP; the figure includes the server.

Both report requests/s, errors (any status other than 204) and the events stored. The database needs
the site tree (it is built when missing); the events the benchmark stores are deleted afterwards.
"""

import argparse
import io
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from urllib.parse import urlencode

PATHS = ["/", "/gioi-thieu/", "/tin-tuc/", "/gioi-thieu/tong-quan/", "/khong-co/", "/van-ban/12-2024-qd-ubnd/"]
UA = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"


def _body(n):
    return urlencode({"p": PATHS[n % len(PATHS)], "t": str(n % 300), "r": "https://www.google.com/"}).encode()


def _environ(n):
    body = _body(n)
    return {
        "REQUEST_METHOD": "POST", "PATH_INFO": "/api/v1/beacon/", "SCRIPT_NAME": "", "QUERY_STRING": "",
        "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": str(len(body)),
        "SERVER_NAME": "localhost", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "localhost", "HTTP_ORIGIN": "http://localhost", "HTTP_SEC_FETCH_SITE": "same-origin",
        "HTTP_USER_AGENT": UA, "REMOTE_ADDR": f"10.0.{n % 200}.{n % 250 + 1}",
        "wsgi.input": io.BytesIO(body), "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr,
        "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False, "wsgi.version": (1, 0),
    }


def wsgi_app():
    """The WSGI application with DEBUG off (gunicorn loads it as 'bench.beacon:wsgi_app()')."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False  # no query log, no debug pages: what production does
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def in_process(requests):
    app = wsgi_app()
    statuses = {}

    def start_response(status, headers, exc_info=None):
        statuses[status] = statuses.get(status, 0) + 1

    for n in range(50):  # warm up: caches, connection, URL resolver
        b"".join(app(_environ(n), start_response))
    statuses.clear()
    started = time.perf_counter()
    for n in range(requests):
        b"".join(app(_environ(n), start_response))
    elapsed = time.perf_counter() - started
    errors = sum(count for status, count in statuses.items() if not status.startswith("204"))
    return {"requests": requests, "errors": errors, "requests_per_second": round(requests / elapsed),
            "ms_per_request": round(elapsed * 1000 / requests, 2)}


def _post(sock_path, n):
    body = _body(n)
    head = (f"POST /api/v1/beacon/ HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost\r\n"
            f"Sec-Fetch-Site: same-origin\r\nUser-Agent: {UA}\r\nX-Bench: {n}\r\nConnection: close\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(sock_path)
        sock.sendall(head + body)
        data = b""
        while chunk := sock.recv(4096):
            data += chunk
    return data[9:12]


def with_gunicorn(requests, threads):
    try:
        import gunicorn  # noqa: F401
    except ImportError:
        return {"skipped": "gunicorn is not installed"}
    with tempfile.TemporaryDirectory() as tmp:
        sock_path = os.path.join(tmp, "beacon.sock")
        server = subprocess.Popen(  # noqa: S603 - fixed arguments
            [sys.executable, "-m", "gunicorn", "bench.beacon:wsgi_app()", "--workers", "1", "--worker-class", "sync",
             "--bind", f"unix:{sock_path}", "--log-level", "warning", "--backlog", "2048"],
            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        )
        try:
            for _ in range(300):
                if os.path.exists(sock_path):
                    break
                time.sleep(0.1)
            try:
                for n in range(50):
                    _post(sock_path, n)
            except OSError as error:
                return {"skipped": f"gunicorn did not answer ({error}); see its output above"}
            counts = {"ok": 0, "errors": 0}
            lock = threading.Lock()
            per_thread = requests // threads

            def run(offset):
                ok = errors = 0
                for n in range(offset, offset + per_thread):
                    try:
                        ok_status = _post(sock_path, n) == b"204"
                    except OSError:
                        ok_status = False
                    ok += ok_status
                    errors += not ok_status
                with lock:
                    counts["ok"] += ok
                    counts["errors"] += errors

            workers = [threading.Thread(target=run, args=(i * per_thread,)) for i in range(threads)]
            started = time.perf_counter()
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
    total = per_thread * threads
    return {"requests": total, "errors": counts["errors"], "client_threads": threads,
            "requests_per_second": round(total / elapsed)}


def main(argv):
    parser = argparse.ArgumentParser(prog="python -m bench beacon")
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--gunicorn", action="store_true", help="also measure one real gunicorn sync worker")
    parser.add_argument("--threads", type=int, default=4, help="client threads for --gunicorn")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from cms.analytics.models import ViewEvent
    from cms.sections import standard
    from cms.sections.builder import build_site

    print(f"database: {connection.vendor} {connection.settings_dict.get('NAME')}")
    call_command("migrate", verbosity=0)
    build_site(standard.find_province("Tây Ninh"))
    since = timezone.now()
    try:
        result = in_process(args.requests)
        result["events_stored"] = ViewEvent.objects.filter(created_at__gte=since).count()
        print("in-process WSGI, one thread:", result)
        if args.gunicorn:
            mark = timezone.now()
            result = with_gunicorn(args.requests, args.threads)
            result["events_stored"] = ViewEvent.objects.filter(created_at__gte=mark).count()
            print("gunicorn, one sync worker:", result)
    finally:
        ViewEvent.objects.filter(created_at__gte=since).delete()
