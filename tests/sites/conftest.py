"""Fixtures for component sites: a bare site with a profile, for tests that need no standard tree."""

import pytest
from wagtail.models import Locale, Page, Site

from cms.core.models import SiteProfile
from cms.core.sites import SiteKind
from cms.sections.lock import structure_maintenance
from cms.sections.models import HomePage


@pytest.fixture
def bare_component(db):
    """bare_component(kind, slug) -> a Site with a profile and an empty home page (no sections)."""

    def make(kind=SiteKind.COMMUNE, slug="phuong-tan-ninh", name="Phường Tân Ninh"):
        with structure_maintenance():
            home = HomePage(title="Trang chủ", slug=f"trang-chu-{slug}", locale=Locale.objects.get(language_code="vi"))
            Page.get_first_root_node().add_child(instance=home)
        site = Site.objects.create(hostname=f"{slug}.localhost", port=80, site_name=name, root_page=home)
        SiteProfile.objects.create(site=site, kind=kind, name=name, slug=slug)
        return site

    return make
