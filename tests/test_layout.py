"""The public layout: every zone of DESIGN.md §1b in its standard place, breadcrumbs, language switch, print."""

import re

import pytest
from wagtail.models import Locale

from cms.core.models import ProvinceSettings
from cms.sections import standard
from tests.factories import ContentPageFactory, NewsPageFactory


@pytest.fixture
def filled_settings(site):
    settings = ProvinceSettings.for_site(site)
    settings.address = "Số 1 đường Trung tâm Hành chính"
    settings.phone = "0276 3822 306"
    settings.hotline = "1022"
    settings.email = "ubnd@tayninh.gov.vn"
    settings.zalo_oa_url = "https://zalo.me/ubndtayninh"
    settings.working_hours = "Thứ Hai đến Thứ Sáu"
    settings.editor_in_charge = "Ông Trần Quốc Bảo"
    settings.licence = "Giấy phép số 15/GP-TTĐT"
    settings.save()
    return settings


@pytest.fixture
def content_page(section):
    return ContentPageFactory(parent=section("about.overview"), title="Lịch sử hình thành", slug="lich-su-hinh-thanh")


def _position(html, marker):
    position = html.find(marker)
    assert position >= 0, f"{marker!r} is missing"
    return position


def test_every_zone_is_present_in_standard_order(client, filled_settings, content_page):
    html = client.get(content_page.url).content.decode()
    zones = [
        'class="skip-link" href="#main"',
        'class="site-header"',
        'class="main-menu"',
        'class="quick-access"',
        'class="breadcrumbs"',
        '<main id="main"',
        'class="site-footer"',
    ]
    positions = [_position(html, zone) for zone in zones]
    assert positions == sorted(positions)


def test_header_has_emblem_name_home_link_search_language_and_text_size(client, filled_settings, content_page):
    html = client.get(content_page.url).content.decode()
    header = re.search(r'<header class="site-header".*?</header>', html, re.S).group(0)
    assert 'class="brand" href="/" rel="home"' in header
    assert "brand__emblem" in header and "Ủy ban nhân dân tỉnh Tây Ninh" in header
    assert 'role="search"' in header and 'action="/tim-kiem/"' in header
    assert 'class="lang-switch"' in header
    assert "data-text-size" in header


def test_quick_access_offers_tap_to_call_hotline_and_services(client, filled_settings, home):
    html = client.get("/").content.decode()
    strip = re.search(r'<nav class="quick-access".*?</nav>', html, re.S).group(0)
    assert 'href="tel:1022"' in strip
    assert 'href="https://zalo.me/ubndtayninh"' in strip
    for key in ("access_to_information.request", "documents", "interaction.qa", "public_services"):
        assert f'href="{standard.path_of(key)}"' in strip, key


def test_footer_has_contacts_standard_links_editor_and_licence(client, filled_settings, home):
    html = client.get("/").content.decode()
    footer = re.search(r'<footer class="site-footer".*?</footer>', html, re.S).group(0)
    for text in ("Ủy ban nhân dân tỉnh Tây Ninh", "Số 1 đường Trung tâm Hành chính", "0276 3822 306", "1022",
                 "ubnd@tayninh.gov.vn", "Thứ Hai đến Thứ Sáu", "Ông Trần Quốc Bảo", "Giấy phép số 15/GP-TTĐT"):
        assert text in footer, text
    for key in ("sitemap", "privacy", "accessibility", "terms", "access_to_information.focal_point"):
        assert f'href="{standard.path_of(key)}"' in footer, key


def test_breadcrumbs_show_the_path_to_the_page(client, content_page):
    html = client.get(content_page.url).content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', crumbs)
    assert links == [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu"), ("/gioi-thieu/tong-quan/", "Tổng quan")]
    assert '<span aria-current="page">Lịch sử hình thành</span>' in crumbs


def test_home_page_has_no_breadcrumbs(client, home):
    assert 'class="breadcrumbs"' not in client.get("/").content.decode()


def test_language_switch_links_to_the_english_translation(client, section):
    organisation = section("about.organisation")
    english = organisation.get_translation(Locale.objects.get(language_code="en"))
    html = client.get(organisation.url).content.decode()
    switch = re.search(r'<nav class="lang-switch".*?</nav>', html, re.S).group(0)
    assert f'href="{english.url}"' in switch and 'hreflang="en"' in switch
    assert 'href="/gioi-thieu/co-cau-to-chuc/" lang="vi" hreflang="vi" aria-current="true"' in switch
    assert english.url.startswith("/en/")


def test_english_page_is_served_in_english(client, section):
    english = section("about.organisation").get_translation(Locale.objects.get(language_code="en"))
    html = client.get(english.url).content.decode()
    assert '<html lang="en"' in html
    assert "Skip to main content" in html


def test_articles_offer_print_and_share_at_the_top(client, section):
    article = NewsPageFactory(parent=section("news"), title="Tin thử nghiệm", slug="tin-thu-nghiem")
    html = client.get(article.url).content.decode()
    header = re.search(r'<header class="article__header">.*?</header>', html, re.S).group(0)
    assert 'href="?print=1"' in header and "facebook.com/sharer" in header and "mailto:" in header


def test_print_view_uses_print_styles_and_is_not_indexed(client, content_page):
    html = client.get(content_page.url + "?print=1").content.decode()
    assert re.search(r'print\.css"[^>]*media="all"', html)
    assert '<meta name="robots" content="noindex">' in html
    assert "print-view" in html
    normal = client.get(content_page.url).content.decode()
    assert re.search(r'print\.css"[^>]*media="print"', normal)


def test_section_page_lists_its_children(client, section):
    html = client.get(standard.path_of("public_disclosure")).content.decode()
    titles = [s.title for s in standard.children_of("public_disclosure")]
    positions = [_position(html, f">{title}</a>") for title in titles]
    assert positions == sorted(positions)


def test_pages_load_no_asset_from_outside_the_instance(client, filled_settings, content_page):
    html = client.get(content_page.url).content.decode()
    assets = re.findall(r'<(?:script|img)[^>]+src="([^"]+)"', html)
    assets += re.findall(r'<link rel="(?:stylesheet|icon|preload)"[^>]+href="([^"]+)"', html)
    assert assets
    external = [url for url in assets if not url.startswith("/")]
    assert external == []
    assert "style=" not in html and "<script>" not in html


def _luminance(colour):
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a, b):
    high, low = sorted([_luminance(a), _luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_accent_colour_passes_wcag_aa_contrast():
    from pathlib import Path

    from django.conf import settings

    from cms.core.models import AccentColour

    css = (Path(settings.BASE_DIR) / "static/css/portal.css").read_text()
    for choice in AccentColour.values:
        rule = re.search(rf"\.accent-{choice} \{{ --accent: (#[0-9a-f]{{6}}); --accent-dark: (#[0-9a-f]{{6}}); \}}", css)
        assert rule, choice
        accent, dark = rule.groups()
        assert _contrast(accent, "#ffffff") >= 4.5, choice  # white header text on the accent
        assert _contrast(dark, "#f4f5f7") >= 4.5, choice  # links on the light strips


def test_menu_links_stay_relative_when_the_instance_serves_several_sites(client, site):
    """The cached layout is built without a request: with a second site, Wagtail would give full URLs
    with the configured host (http://localhost/...), wrong for a portal reached by another name."""
    from cms.core.sites import SiteKind
    from tests.sites_records.conftest import make_component

    make_component(SiteKind.COMMUNE, "phuong-tan-ninh", "Phường Tân Ninh")
    html = client.get("/", HTTP_HOST="127.0.0.1:8000").content.decode()
    menu = re.search(r'<nav[^>]*class="[^"]*main-menu[^"]*".*?</nav>', html, re.S)
    assert menu is not None
    hrefs = re.findall(r'href="([^"]+)"', menu.group(0))
    assert "/gioi-thieu/" in hrefs
    assert not [href for href in hrefs if href.startswith("http")]


def test_a_site_without_settings_is_served(client, site):
    """The settings row is made on the first view; the cached layout must not carry the request with it."""
    ProvinceSettings.objects.filter(site=site).delete()
    assert client.get("/").status_code == 200
    assert client.get("/gioi-thieu/").status_code == 200
    assert ProvinceSettings.objects.filter(site=site).exists()


def test_a_section_with_many_pages_lists_them_twenty_at_a_time_in_few_queries(client, section, django_assert_max_num_queries):
    parent = section("legal_dissemination")
    for n in range(45):
        ContentPageFactory(parent=parent, title=f"Thông báo tuyển dụng số {n:02d}", summary=f"Tóm tắt {n}")
    client.get(parent.url)
    with django_assert_max_num_queries(14):
        html = client.get(parent.url).content.decode()
    assert "Thông báo tuyển dụng số 00" in html and "Thông báo tuyển dụng số 20" not in html
    assert "Tóm tắt 19" in html, html[html.find("card-list"):html.find("card-list")+600]
    assert 'rel="next"' in html
    last = client.get(parent.url, {"page": "3"}).content.decode()
    assert "Thông báo tuyển dụng số 44" in last and "Thông báo tuyển dụng số 39" not in last
    assert client.get(parent.url, {"page": "khong-phai-so"}).status_code == 200
