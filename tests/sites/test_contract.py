"""cms.core.sites: kinds, the province's site, component sites, who manages which site, unknown hosts."""

from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from wagtail.models import GroupPagePermission, Page

from cms.core.sites import (
    SiteKind,
    component_sites,
    is_province_site,
    province_site,
    site_for_request,
    site_kind,
    sites_for_user,
)
from tests.factories import UserFactory


def _grant(group, page, codename="change_page"):
    GroupPagePermission.objects.create(
        group=group, page=page,
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
    )


def test_existing_site_reads_as_province_without_a_profile(site):
    assert site_kind(site) == SiteKind.PROVINCE
    assert is_province_site(site)


def test_province_site_is_the_default_site(site, bare_component):
    bare_component()
    assert province_site() == site


def test_component_site_reads_its_kind(bare_component):
    commune = bare_component(SiteKind.COMMUNE, "xa-a", "Xã A")
    department = bare_component(SiteKind.DEPARTMENT, "so-tu-phap", "Sở Tư pháp")
    assert site_kind(commune) == SiteKind.COMMUNE
    assert site_kind(department) == SiteKind.DEPARTMENT
    assert not is_province_site(commune)


def test_site_kind_of_many_sites_costs_one_query(site, bare_component, django_assert_max_num_queries):
    sites = [bare_component(SiteKind.COMMUNE, f"xa-{n}", f"Xã {n}") for n in range(5)] + [site]
    with django_assert_max_num_queries(1):
        kinds = [site_kind(s) for s in sites]
    assert kinds.count(SiteKind.COMMUNE) == 5


def test_component_sites_filters_by_kind(site, bare_component):
    commune = bare_component(SiteKind.COMMUNE, "xa-a", "Xã A")
    department = bare_component(SiteKind.DEPARTMENT, "so-tu-phap", "Sở Tư pháp")
    assert set(component_sites()) == {commune, department}
    assert list(component_sites(SiteKind.COMMUNE)) == [commune]
    assert list(component_sites(SiteKind.DEPARTMENT)) == [department]


def test_superuser_manages_every_site(site, bare_component):
    commune = bare_component()
    user = UserFactory(is_superuser=True)
    assert set(sites_for_user(user)) == {site, commune}


def test_permission_on_the_tree_root_manages_every_site(site, bare_component):
    commune = bare_component()
    group = Group.objects.create(name="Biên tập viên tỉnh (thử)")
    _grant(group, Page.get_first_root_node())
    user = UserFactory()
    user.groups.add(group)
    assert set(sites_for_user(user)) == {site, commune}


def test_component_staff_manage_only_their_site(site, bare_component):
    commune = bare_component(SiteKind.COMMUNE, "xa-a", "Xã A")
    bare_component(SiteKind.COMMUNE, "xa-b", "Xã B")
    group = Group.objects.create(name="Biên tập viên - Xã A")
    _grant(group, commune.root_page)
    user = UserFactory()
    user.groups.add(group)
    assert list(sites_for_user(user)) == [commune]


def test_permission_below_a_root_does_not_manage_the_site(site):
    group = Group.objects.create(name="Biên tập viên tin tức")
    _grant(group, site.root_page.get_children().first())
    user = UserFactory()
    user.groups.add(group)
    assert list(sites_for_user(user)) == []


def test_user_without_groups_manages_no_site(site):
    assert list(sites_for_user(UserFactory())) == []


def test_unknown_host_gets_the_province_site(site, bare_component):
    bare_component()
    request = RequestFactory().get("/", HTTP_HOST="khong-co-that.localhost")
    assert site_for_request(request) == site


def test_component_host_gets_its_site(site, bare_component):
    commune = bare_component()
    request = RequestFactory().get("/", HTTP_HOST="phuong-tan-ninh.localhost")
    assert site_for_request(request) == commune
