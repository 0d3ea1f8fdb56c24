"""The foundation's pages in a real browser: accessible (axe), CSP-clean and self-contained."""

import re

import pytest

from cms.sections import standard

pytestmark = pytest.mark.e2e


def test_home_page(page, axe_check):
    response = page.goto("/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("main").count() == 1
    axe_check(page)


@pytest.mark.parametrize("key", ["about", "access_to_information.focal_point", "about.contact"])
def test_section_page(page, axe_check, key):
    response = page.goto(standard.path_of(key))
    assert response.status == 200
    assert standard.BY_KEY[key].title in page.locator("main").inner_text()
    axe_check(page)


def test_news_article(page, axe_check):
    page.goto(standard.path_of("news"))
    href = page.locator(".news-card__title a").first.get_attribute("href")
    assert href.startswith("/tin-tuc-su-kien/") and href.rstrip("/") != "/tin-tuc-su-kien"
    response = page.goto(href)
    assert response.status == 200
    assert page.locator("main h1").count() == 1
    axe_check(page)


def test_not_found_page(page, axe_check):
    response = page.goto("/trang-khong-ton-tai/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "vi"
    axe_check(page)


def test_home_page_on_a_phone(browser, live_url, axe_check):
    context = browser.new_context(base_url=live_url, viewport={"width": 375, "height": 740}, is_mobile=True)
    phone = context.new_page()
    try:
        phone.goto("/")
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"the page scrolls sideways on a phone ({width}px wide)"
        axe_check(phone)
    finally:
        context.close()


def test_admin_login_page(page, axe_check):
    response = page.goto("/admin/login/")
    assert response.status == 200
    axe_check(page)


def test_admin_login_reaches_the_dashboard(page, admin_login):
    admin_login(page)
    assert re.search(r"/admin/$", page.url)


def test_admin_slug_autofill_is_vietnamese(page, admin_login, manage):
    parent_id = manage(
        "shell", "-c",
        "from cms.sections.models import SectionPage; "
        "print(SectionPage.objects.filter(section_key='plans', locale__language_code='vi').first().pk)",
    ).strip().splitlines()[-1]
    admin_login(page)
    page.goto(f"/admin/pages/add/sections/contentpage/{parent_id}/")
    page.fill("input[name=title]", "Đầu mối Đất đai và Tái định cư")
    page.locator("input[name=title]").blur()
    slug = page.locator("input[name=slug]")
    page.wait_for_function("() => document.querySelector('input[name=slug]').value !== ''")
    assert slug.input_value() == "dau-moi-dat-dai-va-tai-dinh-cu"
    # An editor's own slug is kept when the title changes afterwards.
    slug.evaluate("(el) => { el.value = 'dat-dai'; el.dispatchEvent(new Event('change', {bubbles: true})); }")
    page.locator("input[name=title]").focus()
    page.fill("input[name=title]", "Đất đai, bồi thường")
    page.locator("input[name=title]").blur()
    page.wait_for_timeout(400)
    assert slug.input_value() == "dat-dai"
