"""Navigation between the province's portal and its component sites (DESIGN.md §9, issue 9 item 5):
a component site's header and footer link to the province's portal; the province's Đơn vị hành chính lists
the communes and its Cơ cấu tổ chức the departments, in a fixed number of queries, kept up to date."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.core.models import ProvinceSettings, SiteProfile
from cms.core.sites import SiteKind
from cms.sections import layout
from cms.sections.directory import build_entries, for_section
from cms.sections.layout import invalidate
from cms.sections.lock import structure_maintenance
from cms.sections.models import SectionPage

PORTAL_TEXT = "Cổng thông tin điện tử tỉnh Tây Ninh"


def _header(html):
    return re.search(r'<header class="site-header".*?</header>', html, re.S).group(0)


def _footer(html):
    return re.search(r'<footer class="site-footer".*?</footer>', html, re.S).group(0)


def _directory(html):
    found = re.search(r'<section class="unit-directory".*?</section>', html, re.S)
    return found.group(0) if found else ""


def _settings(site, official_name, short_name, **fields):
    """The component's settings, as setup_province writes them."""
    settings = ProvinceSettings.for_site(site)
    settings.official_name, settings.short_name, settings.province_slug = official_name, short_name, "tay-ninh"
    for name, value in fields.items():
        setattr(settings, name, value)
    settings.save()
    return settings


@pytest.fixture
def department(site, bare_component):
    department = bare_component(SiteKind.DEPARTMENT, "so-tu-phap", "Sở Tư pháp")
    _settings(department, "Sở Tư pháp tỉnh Tây Ninh", "Sở Tư pháp")
    return department


@pytest.fixture
def commune(site, bare_component):
    commune = bare_component(SiteKind.COMMUNE, "phuong-tan-ninh", "Phường Tân Ninh")
    _settings(commune, "Ủy ban nhân dân phường Tân Ninh", "Phường Tân Ninh",
              address="Số 2 đường Cách Mạng Tháng Tám, phường Tân Ninh", phone="0276 3822 111")
    return commune


def _get(client, path, site=None):
    host = site.hostname if site is not None else "localhost"
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode()


def test_component_header_names_the_province_and_links_to_its_portal(client, site, department):
    header = _header(_get(client, "/", department))
    link = re.search(r'<div class="site-header__province">.*?</div>\s*</div>', header, re.S).group(0)
    assert f'href="{site.root_url}/"' in link
    assert PORTAL_TEXT in link
    assert 'class="brand" href="/" rel="home"' in header  # the component's own home stays the brand link


def test_component_footer_links_to_the_province_portal(client, site, commune):
    footer = _footer(_get(client, "/", commune))
    assert f'<a href="{site.root_url}/">{PORTAL_TEXT}</a>' in footer


def test_province_site_shows_no_link_to_itself(client, site, department):
    html = _get(client, "/")
    assert "site-header__province" not in html
    assert "site-footer__province" not in html
    assert PORTAL_TEXT not in _header(html)


def test_province_link_costs_no_query_once_the_layout_is_cached(site, department, django_assert_max_num_queries):
    layout.for_request(RequestFactory().get("/", HTTP_HOST=department.hostname))
    request = RequestFactory().get("/", HTTP_HOST=department.hostname)
    with django_assert_max_num_queries(1):  # the request's site; the layout is one cache read
        portal = layout.for_request(request).province_portal
    assert portal == layout.ProvincePortal(name="tỉnh Tây Ninh", url=f"{site.root_url}/")


def test_province_link_follows_a_change_of_the_province_host(client, site, department):
    _get(client, "/", department)
    site.hostname = "tayninh.localhost"
    site.save()
    assert 'href="http://tayninh.localhost/"' in _header(_get(client, "/", department))


def test_units_page_lists_the_communes_with_links_and_contacts(client, section, commune, bare_component):
    bare_component(SiteKind.COMMUNE, "xa-hoa-hoi", "Xã Hòa Hội")
    bare_component(SiteKind.DEPARTMENT, "so-tu-phap", "Sở Tư pháp")
    html = _get(client, section("about.units").url)
    directory = _directory(html)
    assert "Xã, phường, đặc khu" in directory
    assert '<a href="http://phuong-tan-ninh.localhost/">Phường Tân Ninh</a>' in directory
    assert '<a href="http://xa-hoa-hoi.localhost/">Xã Hòa Hội</a>' in directory
    assert "Số 2 đường Cách Mạng Tháng Tám, phường Tân Ninh" in directory
    assert 'href="tel:02763822111"' in directory
    assert "Sở Tư pháp" not in directory
    assert html.find('class="unit-directory"') > html.find("<h1>")


def test_organisation_page_lists_the_departments(client, section, department, commune, bare_component):
    bare_component(SiteKind.DEPARTMENT, "so-nong-nghiep-va-moi-truong", "Sở Nông nghiệp và Môi trường")
    directory = _directory(_get(client, section("about.organisation").url))
    assert "Sở, ban, ngành" in directory
    assert '<a href="http://so-tu-phap.localhost/">Sở Tư pháp</a>' in directory
    assert ('<a href="http://so-nong-nghiep-va-moi-truong.localhost/">Sở Nông nghiệp và Môi trường</a>'
            in directory)
    assert "Phường Tân Ninh" not in directory


def test_lists_follow_the_profiles_position(client, section, bare_component):
    first = bare_component(SiteKind.COMMUNE, "xa-b", "Xã B")
    second = bare_component(SiteKind.COMMUNE, "xa-a", "Xã A")
    SiteProfile.objects.filter(site=first).update(position=1)
    SiteProfile.objects.filter(site=second).update(position=2)
    cache.clear()
    directory = _directory(_get(client, section("about.units").url))
    assert directory.index("Xã B") < directory.index("Xã A")


def test_editor_text_stays_above_the_list(client, section, commune):
    units = section("about.units")
    units.intro = "<p>Tỉnh có 96 đơn vị hành chính cấp xã.</p>"
    units.save_revision().publish()
    html = _get(client, units.url)
    assert html.find("Tỉnh có 96 đơn vị hành chính cấp xã.") < html.find('class="unit-directory"')


def test_no_list_without_component_sites(client, section):
    assert 'class="unit-directory"' not in _get(client, section("about.units").url)


def test_other_sections_list_nothing(client, section, commune, department):
    for key in ("about.overview", "about.leaders", "about.contact"):
        assert 'class="unit-directory"' not in _get(client, section(key).url), key


def test_department_own_organisation_section_lists_nothing(department, commune):
    with structure_maintenance():
        page = SectionPage(title="Cơ cấu tổ chức", slug="co-cau-to-chuc", section_key="about.organisation",
                           locale=Locale.objects.get(language_code="vi"))
        department.root_page.add_child(instance=page)
    assert for_section(page) is None


def _commune_sites(bare_component, start, stop):
    for number in range(start, stop):
        site = bare_component(SiteKind.COMMUNE, f"xa-so-{number}", f"Xã Số {number}")
        _settings(site, f"Ủy ban nhân dân xã Số {number}", f"Xã Số {number}",
                  address=f"Ấp {number}", phone=f"0276 3822 {number:03d}")


def _page_queries(client, url):
    invalidate()  # the layout and the lists are built again; Wagtail's cached site root paths are kept
    with CaptureQueriesContext(connection) as queries:
        _get(client, url)
    return len(queries.captured_queries)


def test_units_page_costs_the_same_queries_for_one_or_five_communes(client, section, bare_component):
    url = section("about.units").url
    _commune_sites(bare_component, 1, 2)
    _get(client, url)  # warm what is not ours (site root paths, kinds map)
    one = _page_queries(client, url)
    _commune_sites(bare_component, 2, 6)
    _get(client, url)
    five = _page_queries(client, url)
    assert one == five
    assert _directory(_get(client, url)).count('class="unit"') == 5


def test_building_a_list_takes_two_queries(site, bare_component, django_assert_max_num_queries):
    _commune_sites(bare_component, 1, 6)
    with django_assert_max_num_queries(2):
        entries = build_entries(SiteKind.COMMUNE)
    assert [entry.name for entry in entries] == [f"Xã Số {n}" for n in range(1, 6)]
    assert entries[0].address == "Ấp 1" and entries[0].phone == "0276 3822 001"


def test_cached_list_costs_no_query(client, section, commune, django_assert_max_num_queries):
    page = section("about.units")
    for_section(page)
    with django_assert_max_num_queries(0):
        directory = for_section(page)
    assert [entry.name for entry in directory.entries] == ["Phường Tân Ninh"]


def test_lists_update_when_a_component_site_is_added(client, section, commune, bare_component):
    url = section("about.units").url
    assert "Xã Hòa Hội" not in _directory(_get(client, url))
    bare_component(SiteKind.COMMUNE, "xa-hoa-hoi", "Xã Hòa Hội")
    assert '<a href="http://xa-hoa-hoi.localhost/">Xã Hòa Hội</a>' in _directory(_get(client, url))


def test_lists_update_when_a_profile_or_contact_changes(client, section, commune):
    url = section("about.units").url
    _get(client, url)
    profile = SiteProfile.objects.get(site=commune)
    profile.name = "Phường Tân Ninh mới"
    profile.save()
    settings = ProvinceSettings.for_site(commune)
    settings.phone = "0276 3999 999"
    settings.save()
    directory = _directory(_get(client, url))
    assert "Phường Tân Ninh mới" in directory and "0276 3999 999" in directory
