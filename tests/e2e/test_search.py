"""Search from the header in a real browser: works, accessible (axe), no CSP violation; the beacon fires."""

import pytest

pytestmark = pytest.mark.e2e


def test_search_from_the_header(page, axe_check):
    page.goto("/")
    page.fill("#header-search", "tiep can thong tin")
    page.press("#header-search", "Enter")
    page.wait_for_url("**/tim-kiem/**")
    main = page.locator("main")
    assert "Tiếp cận thông tin" in main.inner_text()
    assert main.locator("mark").count() > 0
    axe_check(page)


def test_no_results_page_is_accessible(page, axe_check):
    response = page.goto("/tim-kiem/?q=xyzzyquux")
    assert response.status == 200
    assert page.locator("main a[href='/van-ban/']").count() == 1
    axe_check(page)


def test_beacon_is_sent_when_the_page_is_hidden(page, manage):
    page.goto("/gioi-thieu/")
    with page.expect_request("**/api/v1/beacon/") as request_info:
        page.evaluate("window.dispatchEvent(new Event('pagehide'))")
    assert request_info.value.method == "POST"
