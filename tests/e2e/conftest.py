"""Browser suite harness: the demo province served by a real server, driven by Debian's Chromium.

Run with `make test-e2e` (or `pytest -m e2e tests/e2e`). Every test in tests/e2e is marked `e2e`
automatically, so `make test` skips them. Fixtures for your tests:

- `live_url`      base URL of the server, e.g. "http://127.0.0.1:41234" (no trailing slash). The
                  server runs `portal.settings.test` on its own temporary SQLite database, built once
                  per session with `setup_province --name "Tây Ninh" --demo` (so every app's demo
                  content is there), DEBUG off, like production.
- `page`          a fresh Playwright page (sync API) in its own browser context. `page.goto("/x/")`
                  works with paths. After the test it fails if the page logged a Content-Security-Policy
                  violation or tried to reach any host other than the live server (such requests are
                  blocked). `page.console_errors` lists every console error, for your own asserts.
- `axe_check(page)`    runs axe-core (shipped offline in axe-playwright-python) on the current page and
                  fails listing every violation. `axe_check(page, context="main")` limits it.
- `admin_login(page)`  logs in to the Wagtail admin as a superuser and leaves the page on the dashboard.
                  `admin_login(page, username, password)` for another account (see `manage`).
- `manage(*args)` runs a management command against the live server's database and returns its
                  stdout, e.g. `manage("shell", "-c", "...")` to prepare data.

The browser is /usr/bin/chromium (`scripts/ensure_chromium.sh` installs it from Debian); Playwright's
own browsers are never downloaded. Set E2E_HEADED=1 to watch, E2E_SLOWMO=250 to slow it down.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
ADMIN_USERNAME = os.environ.get("E2E_ADMIN_USER", "e2e-admin")
ADMIN_PASSWORD = os.environ.get("E2E_ADMIN_PASSWORD", "e2e-matkhau-Quantri-2026")
SERVER_START_TIMEOUT = 90


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark everything below tests/e2e as `e2e` before `-m` filters, so the fast suite skips it."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """A `manage.py runserver` on a temporary SQLite database holding the demo province."""

    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")},
            "DJANGO_SETTINGS_MODULE": "tests.e2e.settings",
            "DATABASE_URL": f"sqlite:///{self.workdir / 'e2e.sqlite3'}",
            "PORTAL_VAR_DIR": str(self.workdir),
            "MEDIA_ROOT": str(self.workdir / "media"),
            "DJANGO_SUPERUSER_USERNAME": ADMIN_USERNAME,
            "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
            "DJANGO_SUPERUSER_EMAIL": "e2e-admin@example.gov.vn",
            "PYTHONUNBUFFERED": "1",
        }
        self.process = None
        self.log = self.workdir / "server.log"

    def manage(self, *args, timeout=600):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def build(self):
        self.manage("migrate", "--noinput", "-v0")
        self.manage("setup_province", "--name", "Tây Ninh", "--demo")
        self.manage("createsuperuser", "--noinput")

    def start(self):
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", "--insecure", "--noreload", f"127.0.0.1:{self.port}"],
                cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"The server stopped:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=5) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"The server did not answer within {SERVER_START_TIMEOUT}s:\n{self.log.read_text()}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()


class ExistingServer:
    """E2E_BASE_URL=http://127.0.0.1:8011 runs the suite against a server you started yourself
    (with E2E_DATABASE_URL pointing at its database for `manage`, and its demo admin in
    E2E_ADMIN_USER / E2E_ADMIN_PASSWORD). Handy while writing tests; CI always builds its own."""

    def __init__(self, url):
        self.url = url.rstrip("/")
        self.env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.e2e.settings",
                    "DATABASE_URL": os.environ.get("E2E_DATABASE_URL", "")}

    manage = LiveServer.manage

    def stop(self):
        pass


@pytest.fixture(scope="session")
def live_server_process(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ensure_chromium.sh (Debian's chromium package).")
    if os.environ.get("E2E_BASE_URL"):
        yield ExistingServer(os.environ["E2E_BASE_URL"])
        return
    server = LiveServer(tmp_path_factory.mktemp("e2e-server"))
    server.build()
    server.start()
    yield server
    server.stop()
    shutil.rmtree(server.workdir / "media", ignore_errors=True)


@pytest.fixture(scope="session")
def live_url(live_server_process):
    return live_server_process.url


@pytest.fixture(scope="session")
def manage(live_server_process):
    return live_server_process.manage


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=CHROMIUM_ARGS,
        headless=not os.environ.get("E2E_HEADED"),
        slow_mo=float(os.environ.get("E2E_SLOWMO", "0")),
    )
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def page(browser, live_url):
    """A fresh page that fails the test on CSP violations and on requests that leave the instance."""
    host = urlsplit(live_url).netloc
    context = browser.new_context(base_url=live_url, locale="vi-VN", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    foreign = []

    def guard(route):
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).netloc == host:
            route.continue_()
        else:
            foreign.append(url)
            route.abort()

    context.route("**/*", guard)
    browser_page = context.new_page()
    browser_page.console_errors = []
    browser_page.csp_violations = []

    def on_console(message):
        if message.type == "error":
            browser_page.console_errors.append(message.text)
            if "Content Security Policy" in message.text:
                browser_page.csp_violations.append(message.text)

    browser_page.on("console", on_console)
    yield browser_page
    context.close()
    assert not browser_page.csp_violations, "Content-Security-Policy violations:\n" + "\n".join(browser_page.csp_violations)
    assert not foreign, "Requests to hosts other than the instance:\n" + "\n".join(foreign)


def _format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']}")
        for node in violation.get("nodes", [])[:5]:
            lines.append(f"    {', '.join(map(str, node.get('target', [])))}: {node.get('failureSummary', '')[:300]}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_check():
    """axe_check(page, context=None, options=None): fail on any axe-core violation (WCAG 2.1 AA and best practice)."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page, context=None, options=None):
        results = axe.run(page, context=context, options=options or {"resultTypes": ["violations"]})
        violations = results.response.get("violations", [])
        assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n" + _format_violations(violations)
        return results

    return check


@pytest.fixture
def admin_login(live_url):
    """admin_login(page, username=..., password=...): log in through the real login form."""

    def login(page, username=ADMIN_USERNAME, password=ADMIN_PASSWORD):
        page.goto("/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit], input[type=submit]")
        page.wait_for_url(lambda url: "/admin/login/" not in url)
        return page

    return login

