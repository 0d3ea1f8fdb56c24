"""The whole path of an information request in a real browser: submit, code, staff classify and answer,
the citizen sees the answer; axe finds no violation on the form, the look-up and the statistics."""

import re

import pytest

pytestmark = pytest.mark.e2e

FORM = "/tiep-can-thong-tin/yeu-cau-cung-cap-thong-tin/"
LOOKUP = "/tiep-can-thong-tin/tra-cuu-yeu-cau/"
STATS = "/tiep-can-thong-tin/thong-ke-yeu-cau/"


def submit_request(page, email):
    page.goto(FORM)
    page.fill("[name=full_name]", "Nguyễn Thị Thu Trang")
    page.fill("[name=address]", "Số 20 đường Trưng Nữ Vương, phường Tân Ninh")
    page.fill("[name=id_number]", "072195004455")
    page.fill("[name=phone]", "0913 456 789")
    page.fill("[name=email]", email)
    page.fill("[name=information_requested]", "Danh mục dự án đầu tư công năm 2026 trên địa bàn phường Tân Ninh.")
    page.fill("[name=purpose]", "Tìm hiểu để tham gia giám sát cộng đồng.")
    page.check("[name=privacy_confirmed]")
    page.click("form.request-form button[type=submit]")
    code = page.locator(".tracking-code strong").inner_text()
    assert re.fullmatch(r"[A-Z0-9]{5}-[A-Z0-9]{5}", code)
    return code


def test_request_form_is_accessible_and_shows_errors_at_the_top(page, axe_check):
    page.goto(FORM)
    axe_check(page)
    page.fill("[name=full_name]", "Trần Văn Lỗi")
    page.fill("[name=id_number]", "123")
    page.click("form.request-form button[type=submit]")
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert summary.locator("a[href='#id_id_number']").count() == 1
    assert page.input_value("[name=full_name]") == "Trần Văn Lỗi"
    axe_check(page)


def test_whole_path_from_request_to_answer(page, axe_check, admin_login):
    code = submit_request(page, "thu.trang@example.vn")

    admin_login(page)
    page.goto(f"/admin/inforequest/?q={code.replace('-', '')}")
    page.locator("a[href*='/admin/inforequest/edit/']").first.click()
    assert code in page.locator("main").inner_text()
    page.locator("a[href$='/classify/']").click()
    page.check("input[name=complexity][value=simple]")
    page.click("form.request-action-form button[type=submit]")
    page.locator("a[href$='/answer/']").click()
    page.fill("[name=text]", "Danh mục gồm 12 dự án, đăng tại mục Đầu tư công của Cổng thông tin.")
    page.click("form.request-action-form button[type=submit]")
    assert "Đã cung cấp thông tin" in page.locator("main").inner_text()

    page.context.clear_cookies()
    page.goto(LOOKUP)
    axe_check(page)
    page.fill("[name=code]", code.lower())
    page.fill("[name=contact]", "thu.trang@example.vn")
    page.click("form.lookup-form button[type=submit]")
    main = page.locator("main").inner_text()
    assert "Danh mục gồm 12 dự án" in main
    assert "Đã cung cấp thông tin" in main
    axe_check(page)


def test_statistics_page_is_accessible(page, axe_check):
    response = page.goto(STATS)
    assert response.status == 200
    axe_check(page)
