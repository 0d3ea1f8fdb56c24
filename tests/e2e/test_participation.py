"""Participation in a real browser: page rating with and without JavaScript, asking a question,
commenting on a draft; axe finds no violation on these pages."""

import re

import pytest
from playwright.sync_api import expect

from cms.sections import standard

pytestmark = pytest.mark.e2e

OVERVIEW = standard.path_of("about.overview")
QA = standard.path_of("interaction.qa")
CONSULTATION = standard.path_of("interaction.consultation")


@pytest.fixture
def no_js_page(browser, live_url):
    context = browser.new_context(base_url=live_url, locale="vi-VN", java_script_enabled=False)
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


def test_rating_with_javascript_needs_no_reload(page, axe_check):
    page.goto(OVERVIEW)
    axe_check(page)
    rating = page.locator("#rating")
    page.evaluate("window.__sameDocument = true")
    rating.get_by_role("button", name="Có").click()
    details = rating.locator("[data-rating-details]")
    expect(details).to_be_visible()
    details.get_by_label("4").check()
    details.get_by_label("Nguyên nhân chính").select_option("clear")
    details.locator("textarea").fill("Trang viết rõ ràng.")
    axe_check(page, context="#rating")
    details.get_by_role("button", name="Gửi").click()
    expect(rating.locator("[data-rating-result]")).to_contain_text("Cảm ơn")
    assert page.evaluate("window.__sameDocument") is True  # no reload happened
    assert page.context.cookies() == []


def test_rating_without_javascript_posts_and_comes_back(no_js_page):
    page = no_js_page
    page.goto(OVERVIEW)
    page.locator("#rating").get_by_role("button", name="Không").click()
    page.wait_for_url(re.compile(r"/danh-gia/chi-tiet/"))
    expect(page.locator("h1")).to_contain_text("Cảm ơn")
    page.get_by_label("2", exact=True).check()
    page.locator("textarea").fill("Thiếu thông tin về lịch sử hình thành.")
    page.get_by_role("button", name="Gửi").click()
    page.wait_for_url(re.compile(r"danh-gia=cam-on"))
    expect(page.locator("#rating .rating__thanks")).to_be_visible()
    assert page.context.cookies() == []


def test_asking_a_question(page, axe_check):
    page.goto(QA)
    axe_check(page)
    page.get_by_role("link", name="Đặt câu hỏi").first.click()
    axe_check(page)
    page.get_by_label("Họ và tên", exact=True).fill("Nguyễn Thị Thu")
    page.get_by_label("Thư điện tử", exact=True).fill("thu@example.vn")
    page.get_by_label("Lĩnh vực", exact=True).select_option(label="Giáo dục")
    page.get_by_label("Câu hỏi của bạn", exact=True).fill(
        "Xin hỏi thủ tục chuyển trường cho học sinh trung học cơ sở giữa hai tỉnh cần những giấy tờ gì?")
    page.locator("input[name=consent]").check()
    page.locator("form.qa-form button[type=submit]").click()
    if "da-gui" not in page.url:  # similar answers were shown first: send anyway
        page.locator("form.qa-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/da-gui/"))
    expect(page.locator("h1")).to_contain_text("đã được gửi")
    axe_check(page)


def test_question_form_errors_keep_what_was_typed(page, axe_check):
    page.goto(QA + "dat-cau-hoi/")
    page.get_by_label("Câu hỏi của bạn", exact=True).fill("Câu hỏi ngắn")
    page.locator("form.qa-form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.get_by_label("Câu hỏi của bạn", exact=True)).to_have_value("Câu hỏi ngắn")
    axe_check(page)


def test_published_answer_page(page, axe_check):
    page.goto(QA)
    page.locator(".qa-item__title a").first.click()
    expect(page.locator("main h1")).to_be_visible()
    axe_check(page)


def test_commenting_on_a_draft(page, axe_check):
    page.goto(CONSULTATION)
    axe_check(page)
    page.locator(".consultation-card__title a").first.click()
    expect(page.locator("form.comment-form")).to_be_visible()
    axe_check(page)
    page.get_by_label("Họ và tên", exact=True).fill("Đặng Văn Sơn")
    page.get_by_label("Thư điện tử", exact=True).fill("son@example.vn")
    page.get_by_label("Ý kiến của bạn về", exact=True).select_option(index=1)
    page.get_by_label("Nội dung góp ý", exact=True).fill("Đề nghị quy định rõ trách nhiệm vệ sinh môi trường của tiểu thương.")
    page.locator("input[name=consent]").check()
    page.get_by_role("button", name="Gửi góp ý").click()
    page.wait_for_url(re.compile(r"gop-y=da-gui"))
    expect(page.locator("#comments [role=status]")).to_contain_text("Cảm ơn")
    axe_check(page)


def test_closed_consultation_shows_the_report(page, axe_check):
    page.goto(CONSULTATION)
    page.locator("#closed-title + .consultation-list .consultation-card__title a").first.click()
    expect(page.locator("form.comment-form")).to_have_count(0)
    expect(page.locator(".consultation-report")).to_be_visible()
    axe_check(page)


def test_satisfaction_summary(page, axe_check):
    page.goto(standard.path_of("interaction.satisfaction"))
    expect(page.locator("svg.chart")).to_be_visible()
    axe_check(page)
