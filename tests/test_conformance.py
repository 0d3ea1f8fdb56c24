"""check_conformance (DESIGN.md §6, §7): it fails, naming the section, when the structure is changed behind
the admin's back. The demo province's passing report is in test_conformance_demo.py."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from cms.sections import lock
from cms.sections.conformance import FAIL, full_report
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def run(*args):
    """Run check_conformance; returns (exit code, stdout, message of the error if any)."""
    out = StringIO()
    try:
        call_command("check_conformance", *args, stdout=out)
    except CommandError as error:
        return error.returncode, out.getvalue(), str(error)
    return 0, out.getvalue(), ""


def failures(report=None):
    """{(code, key)} of every failing check of the default site."""
    report = report or full_report()
    return {(c["code"], c["details"].get("key")) for c in report["sites"][0]["checks"] if c["status"] == FAIL}


def raw_update(page, **values):
    """Change a page behind the admin's back, as a careless SQL session would."""
    assignments = ", ".join(f"{column} = %s" for column in values)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE wagtailcore_page SET {assignments} WHERE id = %s", [*values.values(), page.pk])


def test_fresh_tree_without_settings_fails_and_says_what_is_missing():
    code, out, error = run()
    assert code == 1
    assert "[KHÔNG ĐẠT]" in out
    assert ("settings.incomplete", None) in failures()
    assert "điểm khác biệt" in error


def test_renamed_section_fails_and_names_it(section):
    page = section("about.leaders")
    assert ("section.changed", "about.leaders") not in failures()
    raw_update(page, title="Ban lãnh đạo")
    code, out, _ = run()
    assert code == 1
    assert ("section.changed", "about.leaders") in failures()
    assert "Lãnh đạo" in out and "about.leaders" in out and "Ban lãnh đạo" in out


def test_reslugged_section_fails_and_names_it(section):
    raw_update(section("documents"), slug="van-ban-phap-luat")
    code, out, _ = run()
    assert code == 1
    assert ("section.changed", "documents") in failures()
    assert "van-ban-phap-luat" in out


def test_unpublished_section_fails_and_names_it(section):
    raw_update(section("interaction.qa"), live=False)
    assert run()[0] == 1
    assert ("section.changed", "interaction.qa") in failures()


def test_moved_section_fails_and_names_it(section):
    with lock.structure_maintenance():
        section("about.leaders").move(section("science"), pos="last-child")
    code, out, _ = run()
    assert code == 1
    assert ("section.changed", "about.leaders") in failures()
    assert "about.leaders" in out


def test_reordered_sections_fail(section):
    assert ("section.order", None) not in failures()
    with lock.structure_maintenance():
        section("science").move(section("about"), pos="left")
    assert run()[0] == 1
    codes = {code for code, _ in failures()}
    assert "section.order" in codes


def test_deleted_section_fails_and_names_it(section):
    with lock.structure_maintenance():
        section("access_to_information.lookup").delete()
    code, out, _ = run()
    assert code == 1
    assert ("section.missing", "access_to_information.lookup") in failures()
    assert "Tra cứu yêu cầu" in out


def test_unknown_site_is_refused_with_the_known_hosts(site):
    with pytest.raises(CommandError) as caught:
        call_command("check_conformance", "--site", "khong-co.gov.vn", stdout=StringIO())
    assert "khong-co.gov.vn" in str(caught.value) and site.hostname in str(caught.value)


def test_report_uses_a_fixed_number_of_queries(section, django_assert_max_num_queries):
    from django.db import connection as conn
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(conn) as before:
        full_report()
    for key in ("plans", "science", "about.overview", "direction.press"):
        for _ in range(3):
            ContentPageFactory(parent=section(key))
    with django_assert_max_num_queries(len(before.captured_queries)):
        full_report()
