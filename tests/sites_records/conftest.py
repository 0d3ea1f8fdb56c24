"""Fixtures for records that belong to a body: a department's site next to the province's, its staff, the
province's staff. The component site gets only the sections a test asks for (no full standard tree)."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Page, Site

from cms.core.models import SiteProfile
from cms.core.sites import SiteKind
from cms.sections.lock import structure_maintenance
from cms.sections.models import HomePage
from tests.factories import UserFactory

DEPARTMENT_HOST = "so-tu-phap.localhost"
COMMUNE_HOST = "phuong-tan-ninh.localhost"


def make_component(kind, slug, name):
    with structure_maintenance():
        home = HomePage(title=name, slug=f"trang-chu-{slug}", locale=Locale.objects.get(language_code="vi"))
        Page.get_first_root_node().add_child(instance=home)
    site = Site.objects.create(hostname=f"{slug}.localhost", port=80, site_name=name, root_page=home)
    SiteProfile.objects.create(site=site, kind=kind, name=name, slug=slug)
    return site


def add_section(site, page_class, slug, section_key, **fields):
    """A section page of `page_class` under the site's home (or the live one that exists)."""
    home = site.root_page.specific
    existing = page_class.objects.child_of(home).filter(slug=slug).first()
    if existing is not None:
        return existing
    with structure_maintenance():
        page = page_class(title=slug.replace("-", " ").capitalize(), slug=slug, section_key=section_key, **fields)
        home.add_child(instance=page)
    return page


@pytest.fixture
def department(db):
    return make_component(SiteKind.DEPARTMENT, "so-tu-phap", "Sở Tư pháp")


@pytest.fixture
def commune(db):
    return make_component(SiteKind.COMMUNE, "phuong-tan-ninh", "Phường Tân Ninh")


MODEL_PERMISSIONS = [
    ("documents", "legaldocument"), ("documents", "issuingbody"), ("info_requests", "inforequest"), ("qa", "question"),
    ("consultations", "consultationcomment"), ("disclosure", "disclosurerecord"), ("disclosure", "catalogueitem"),
    ("schedule", "scheduleentry"), ("feedback", "pagerating"),
]


def staff_for(site_or_page, username):
    """A non-superuser with page permissions on `site_or_page`'s root and every model permission of our apps."""
    page = site_or_page.root_page if isinstance(site_or_page, Site) else site_or_page
    group = Group.objects.create(name=f"Biên tập viên - {username}")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for app_label, model in MODEL_PERMISSIONS:
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label,
                                                         content_type__model=model))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename))
    user = UserFactory(username=username, is_superuser=False, is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def department_staff(department):
    return staff_for(department, "sotuphap")


@pytest.fixture
def province_staff(db):
    return staff_for(Page.get_first_root_node(), "tinh")


@pytest.fixture
def department_client(client, department_staff):
    client.force_login(department_staff)
    return client


@pytest.fixture
def province_client(client, province_staff):
    client.force_login(province_staff)
    return client
