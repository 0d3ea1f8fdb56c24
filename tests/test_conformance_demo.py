"""The demo province keeps the standard (DESIGN.md §6: "the demo province always passes").

The demo is built once for this module, inside a transaction rolled back at its end, because
building it takes a while; each test still runs in its own savepoint.
"""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page, Revision, Site

from cms.core.models import ProvinceSettings
from tests.test_conformance import failures, run

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    django_db_blocker.unblock()
    atomic = transaction.atomic()
    atomic.__enter__()
    try:
        call_command("setup_province", name="Tây Ninh", demo=True, stdout=StringIO())
        yield Site.objects.get(is_default_site=True)
    finally:
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
        django_db_blocker.restore()


@pytest.fixture
def demo(demo_site, db):
    return demo_site


def test_demo_province_is_conformant(demo):
    code, out, error = run()
    assert (code, error) == (0, ""), out
    assert "Kết luận: cổng tuân thủ cấu trúc chuẩn." in out
    assert "[KHÔNG ĐẠT]" not in out


def test_demo_second_run_changes_nothing(demo):
    before = (list(Page.objects.order_by("path").values_list("pk", "path", "title", "live", "latest_revision_id")),
              Revision.objects.count())
    out = StringIO()
    call_command("setup_province", name="Tây Ninh", demo=True, stdout=out)
    after = (list(Page.objects.order_by("path").values_list("pk", "path", "title", "live", "latest_revision_id")),
             Revision.objects.count())
    assert after == before
    assert "không có thay đổi" in out.getvalue()


def test_json_mode_prints_the_same_report_as_the_endpoint(demo, client):
    code, out, _ = run("--json")
    printed = json.loads(out)
    served = client.get("/.well-known/portal-conformance.json").json()
    assert code == 0 and printed["conformant"] is True
    for report in (printed, served):
        report.pop("generated_at")
    assert printed == served


def test_endpoint_reports_in_vietnamese_whatever_the_browser_language(demo, client):
    reports = []
    for language in ("en", "vi"):
        response = client.get("/.well-known/portal-conformance.json", HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")
        report = response.json()
        report.pop("generated_at")
        reports.append(report)
    assert reports[0] == reports[1]


def test_emptied_focal_point_fails(demo):
    settings = ProvinceSettings.for_site(demo)
    settings.focal_person = ""
    settings.save()
    code, out, _ = run()
    assert code == 1
    assert "settings.focal_point" in {code for code, _ in failures()}
    assert "[KHÔNG ĐẠT]" in out


def test_site_option_reports_only_that_site(demo):
    code, out, _ = run("--json", "--site", demo.hostname)
    assert code == 0
    assert [s["hostname"] for s in json.loads(out)["sites"]] == [demo.hostname]
