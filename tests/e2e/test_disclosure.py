"""Disclosure sections, the catalogue and the leaders' schedule in a real browser: axe-clean, CSP-clean."""

import pytest

from cms.sections import standard

pytestmark = pytest.mark.e2e


def test_catalogue_page(page, axe_check):
    response = page.goto(standard.path_of("access_to_information.catalogue"))
    assert response.status == 200
    assert page.locator(".catalogue-gaps table tbody tr").count() == 15  # one row per point a–p of Art. 17(1)
    assert page.locator(".catalogue-table tbody tr").count() > 1
    axe_check(page)


def test_catalogue_with_bad_filter_is_accessible(page, axe_check):
    response = page.goto(standard.path_of("access_to_information.catalogue") + "?nhom=z")
    assert response.status == 400
    assert page.locator(".error-summary").count() == 1
    axe_check(page)


def test_disclosure_list_and_record(page, axe_check):
    response = page.goto(standard.path_of("public_disclosure.procurement"))
    assert response.status == 200
    axe_check(page)
    href = page.locator(".disclosure-item__title a").first.get_attribute("href")
    assert page.goto(href).status == 200
    assert page.locator("main h1").count() == 1
    axe_check(page)


def test_schedule_week_view_and_print(page, axe_check):
    response = page.goto(standard.path_of("direction.schedule"))
    assert response.status == 200
    assert page.locator(".schedule-entry").count() > 0
    axe_check(page)
    page.locator("a", has_text="Tuần sau").first.click()
    assert page.locator("main h2").first.inner_text().startswith("Tuần")
    page.goto(page.locator("a", has_text="Bản in").first.get_attribute("href"))
    assert page.locator("table.schedule-table").count() == 1
    axe_check(page)
