"""Pages of another site in the admin: a component site's staff cannot open, change, add to or publish them."""

import pytest

from cms.sections.models import ContentPage, SectionPage
from tests.factories import ContentPageFactory

from .conftest import add_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_section(department):
    return add_section(department, SectionPage, "gioi-thieu", "about")


@pytest.fixture
def province_page(section):
    return ContentPageFactory(parent=section("about.overview"), title="Lịch sử hình thành tỉnh")


def test_component_staff_edit_a_page_of_their_site(department_client, own_section):
    page = ContentPageFactory(parent=own_section, title="Lịch sử Sở")
    assert department_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_component_staff_cannot_open_a_page_of_the_province(department_client, province_page):
    response = department_client.get(f"/admin/pages/{province_page.pk}/edit/")
    assert response.status_code in (302, 403)
    assert "Lịch sử hình thành tỉnh" not in response.content.decode()


def test_forged_edit_of_a_province_page_changes_nothing(department_client, province_page):
    response = department_client.post(f"/admin/pages/{province_page.pk}/edit/", {
        "title": "Sửa trộm", "slug": province_page.slug, "action-publish": "publish"})
    assert response.status_code in (302, 403)
    province_page.refresh_from_db()
    assert province_page.title == "Lịch sử hình thành tỉnh"
    assert not province_page.has_unpublished_changes


def test_component_staff_cannot_add_a_page_below_a_province_section(department_client, section):
    parent = section("about.overview")
    before = ContentPage.objects.child_of(parent).count()
    response = department_client.post(f"/admin/pages/add/sections/contentpage/{parent.pk}/", {
        "title": "Trang lạ", "slug": "trang-la", "action-publish": "publish"})
    assert response.status_code in (302, 403)
    assert ContentPage.objects.child_of(parent).count() == before


def test_component_staff_cannot_delete_or_unpublish_a_province_page(department_client, province_page):
    for action in ("delete", "unpublish"):
        response = department_client.post(f"/admin/pages/{province_page.pk}/{action}/")
        assert response.status_code in (302, 403)
    province_page.refresh_from_db()
    assert province_page.live


def test_component_staff_explorer_starts_at_their_site(department_client, department, province_page):
    response = department_client.get("/admin/pages/")
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert response["Location"].rstrip("/").endswith(f"/admin/pages/{department.root_page_id}")
    content = department_client.get(f"/admin/pages/{province_page.get_parent().pk}/").content.decode()
    assert "Lịch sử hình thành tỉnh" not in content


def test_province_staff_edit_pages_of_every_site(province_client, own_section, province_page):
    page = ContentPageFactory(parent=own_section, title="Lịch sử Sở")
    assert province_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert province_client.get(f"/admin/pages/{province_page.pk}/edit/").status_code == 200
