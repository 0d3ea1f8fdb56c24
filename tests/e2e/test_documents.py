"""The legal-document registry in a real browser: filter the list without JavaScript tricks, open a detail;
accessible (axe), no CSP violation."""

import pytest

pytestmark = pytest.mark.e2e


def test_filter_the_registry_and_open_a_document(page, axe_check):
    page.goto("/van-ban/")
    axe_check(page)
    page.fill("#id_q", "bang gia dat")
    page.select_option("#id_type", "quyet-dinh")
    page.click(".doc-filters button[type=submit]")
    page.wait_for_url("**/van-ban/?*q=bang+gia+dat*")
    results = page.locator(".doc-item__title a")
    assert results.count() >= 1
    assert "12/2024/QĐ-UBND" in page.locator(".doc-list").inner_text()
    axe_check(page)
    link = page.locator(".doc-item__title a[href$='/van-ban/12-2024-qd-ubnd/']")
    with page.expect_navigation(timeout=60_000):
        link.click()
    assert page.url.endswith("/van-ban/12-2024-qd-ubnd/")
    main = page.locator("main")
    assert "tình trạng tính đến ngày" in main.inner_text()
    assert "Bị sửa đổi, bổ sung bởi" in main.inner_text()
    assert page.locator("script[type='application/ld+json']").count() == 1
    axe_check(page)


def test_bad_filter_values_show_an_accessible_error_summary(page, axe_check):
    response = page.goto("/van-ban/?from=31/02/2024&type=khong-co&page=999")
    assert response.status == 200
    summary = page.locator(".error-summary")
    assert summary.locator("a[href='#id_from']").count() == 1
    axe_check(page)
