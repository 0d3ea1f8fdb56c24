"""Requests by host name: each host serves its own site's tree; an unknown host is the province's."""

import pytest

from cms.core.sites import SiteKind
from cms.sections.models import SectionPage
from tests.sites_records.conftest import add_section, make_component

pytestmark = pytest.mark.django_db


@pytest.fixture
def commune(site):
    commune = make_component(SiteKind.COMMUNE, "phuong-tan-ninh", "Phường Tân Ninh")
    add_section(commune, SectionPage, "dong-gop-quy", "public_disclosure.contributions")
    return commune


def test_an_unknown_host_is_served_the_provinces_pages(client, commune):
    response = client.get("/gioi-thieu/tong-quan/", HTTP_HOST="khong-co-that.localhost")
    assert response.status_code == 200
    assert response.context["page"].get_site().is_default_site


def test_an_unknown_host_gets_the_provinces_404_not_a_component_page(client, commune):
    response = client.get("/dong-gop-quy/", HTTP_HOST="khong-co-that.localhost")
    assert response.status_code == 404
    assert "Phường Tân Ninh" not in response.content.decode()


def test_a_component_host_does_not_serve_the_provinces_sections(client, commune):
    assert client.get("/dong-gop-quy/", HTTP_HOST="phuong-tan-ninh.localhost").status_code == 200
    assert client.get("/gioi-thieu/tong-quan/", HTTP_HOST="phuong-tan-ninh.localhost").status_code == 404


def test_a_component_page_cannot_be_reached_through_the_provinces_host_by_its_tree_path(client, commune):
    home_slug = commune.root_page.slug
    assert client.get(f"/{home_slug}/dong-gop-quy/", HTTP_HOST="localhost").status_code == 404


def test_a_component_site_offers_no_english_version_it_does_not_have(client, commune):
    html = client.get("/", HTTP_HOST="phuong-tan-ninh.localhost").content.decode()
    assert 'hreflang="vi"' in html and 'hreflang="en"' not in html
    assert 'hreflang="en"' in client.get("/", HTTP_HOST="localhost").content.decode()


def test_english_address_of_a_component_site_is_served_not_an_error(client, commune):
    client.get("/", HTTP_HOST="phuong-tan-ninh.localhost")
    assert client.get("/en/", HTTP_HOST="phuong-tan-ninh.localhost").status_code == 200


def test_links_and_forms_stay_on_the_host_the_visitor_used(client, commune, section):
    """With several sites Wagtail's `page.url` is a full URL with the configured host (http://localhost/…):
    a form posting there would leave the visitor's host and break the Content-Security-Policy."""
    qa = section("interaction.qa")
    html = client.get(f"{qa.url}dat-cau-hoi/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert 'action="/tuong-tac/hoi-dap/dat-cau-hoi/"' in html
    sitemap = client.get(section("sitemap").url, HTTP_HOST="127.0.0.1:8000").content.decode()
    assert 'href="/gioi-thieu/tong-quan/"' in sitemap and 'href="http://localhost/gioi-thieu/' not in sitemap


def test_a_component_home_links_only_to_sections_its_tree_has(client, site):
    """A commune has no consultations and no satisfaction page of its own: no link may lead to a 404."""
    import re

    from cms.sections import standard
    from cms.sections.components import build_component_site

    commune, _home, _result = build_component_site(SiteKind.COMMUNE, "Phường Tân Ninh", standard.find_province("Tây Ninh"))
    html = client.get("/", HTTP_HOST=commune.hostname).content.decode()
    assert "/tuong-tac/lay-y-kien-du-thao/" not in html and "/tuong-tac/danh-gia-hai-long/" not in html
    for href in set(re.findall(r'href="(/[^"#?]*)"', html)) - {"/"}:
        if not href.startswith("/static/"):
            assert client.get(href, HTTP_HOST=commune.hostname).status_code == 200, href
