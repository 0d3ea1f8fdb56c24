"""Settings and security: /healthz, security headers with a strict CSP on public pages, and
production settings that refuse to start without their essentials and pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms.sections import standard

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_healthz_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def _policy(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", standard.path_of("about.contact"), standard.path_of("news"), "/khong-co-trang-nay/"])
def test_public_pages_have_a_strict_content_security_policy(client, path):
    response = client.get(path)
    policy = _policy(response)
    assert policy["default-src"] == ["'self'"]
    for directive in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in policy[directive]
        assert "'unsafe-eval'" not in policy[directive]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.django_db
def test_public_pages_have_no_inline_script_or_style(client):
    html = client.get("/").content.decode()
    assert "<script>" not in html and " style=" not in html and "<style" not in html
    assert "onclick=" not in html and "onload=" not in html


@pytest.mark.django_db
def test_admin_login_page_allows_no_inline_scripts(client):
    policy = _policy(client.get("/admin/login/"))
    assert policy["script-src"] == ["'self'"]


@pytest.mark.django_db
def test_signed_in_admin_allows_wagtails_inline_scripts_but_no_foreign_host(admin_client):
    policy = _policy(admin_client.get("/admin/"))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["connect-src"] == ["'self'"] and policy["img-src"] == ["'self'", "data:", "blob:"]


def _run_production(*args, **env):
    environment = {
        key: value for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    environment.setdefault("DATABASE_URL", "sqlite:////tmp/portal-settings-test.sqlite3")
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


GOOD_KEY = "k" * 20 + "Xy7#pQ2$mN9&vB4^zL1@wR8!tC5%hJ3*"
GOOD = {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.tayninh.gov.vn",
        "WAGTAILADMIN_BASE_URL": "https://portal.tayninh.gov.vn"}


@pytest.mark.parametrize(
    ("missing", "message"),
    [("SECRET_KEY", "SECRET_KEY"), ("ALLOWED_HOSTS", "ALLOWED_HOSTS"), ("WAGTAILADMIN_BASE_URL", "WAGTAILADMIN_BASE_URL")],
)
def test_production_refuses_to_start_without_an_essential_setting(missing, message):
    env = {k: v for k, v in GOOD.items() if k != missing}
    result = _run_production("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_production_refuses_a_short_or_development_secret_key():
    for key in ("short", "dev-" + "x" * 60):
        result = _run_production("check", **{**GOOD, "SECRET_KEY": key})
        assert result.returncode != 0 and "SECRET_KEY" in result.stderr


def test_production_settings_pass_check_deploy():
    result = _run_production("check", "--deploy", "--fail-level", "WARNING", **GOOD)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_admin_may_frame_itself_for_previews(admin_client):
    assert admin_client.get("/admin/")["X-Frame-Options"] == "SAMEORIGIN"


def test_production_uses_redis_for_the_shared_cache_when_redis_url_is_set():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    with_redis = _run_production("shell", "-c", code, **GOOD, REDIS_URL="redis://127.0.0.1:6379/1")
    without = _run_production("shell", "-c", code, **GOOD)
    assert with_redis.stdout.strip().endswith("django.core.cache.backends.redis.RedisCache"), with_redis.stderr
    assert without.stdout.strip().endswith("django.core.cache.backends.db.DatabaseCache"), without.stderr
