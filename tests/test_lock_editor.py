"""The page editor: sections keep their title and slug, while editors still do their daily work."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import querydict_from_html

from cms.sections import lock
from cms.sections.models import ContentPage, SectionPage
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["superuser", "editor"])
def actor(request, client):
    user = request.getfixturevalue(request.param)
    client.force_login(user)
    return client


def editor_form(client, url):
    """The data the page editor would post back unchanged, read from its HTML."""
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # StreamFields are drawn by JavaScript; an empty body posts a count of zero.
    data.setdefault("body-count", "0")
    return data


def test_section_title_and_slug_fields_are_disabled(actor, section):
    page = section("about.contact")
    soup = WagtailTestUtils.get_soup(actor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content)
    for name in ("title", "slug"):
        field = soup.find(attrs={"name": name})
        assert field is not None, name
        assert field.has_attr("disabled"), name


@pytest.mark.parametrize("key", ["about.overview", "about.contact", "news"])
def test_forged_post_cannot_rename_or_reslug_a_section(actor, section, key):
    page = section(key)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = editor_form(actor, url)
    data["title"] = "Tên mới do biên tập viên đặt"
    data["slug"] = "ten-moi"
    data["action-publish"] = "action-publish"
    response = actor.post(url, data)
    assert response.status_code in (200, 302)
    row = Page.objects.get(pk=page.pk)
    assert (row.title, row.slug, row.url_path) == (page.title, page.slug, page.url_path)
    latest = row.get_latest_revision_as_object()
    assert (latest.title, latest.slug) == (page.title, page.slug)


def test_forged_post_cannot_schedule_a_section_to_expire(actor, section):
    page = section("science")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = editor_form(actor, url)
    data["expire_at"] = "2030-01-01 00:00"
    data["action-publish"] = "action-publish"
    actor.post(url, data)
    assert SectionPage.objects.get(pk=page.pk).expire_at is None


def test_editor_can_edit_a_section_body(actor, section):
    page = section("about.overview")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = editor_form(actor, url)
    data["seo_title"] = "Tổng quan về tỉnh"
    data["action-publish"] = "action-publish"
    response = actor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SectionPage.objects.get(pk=page.pk).seo_title == "Tổng quan về tỉnh"


def test_editor_can_add_a_content_page_with_a_vietnamese_slug(actor, section):
    parent = section("about.overview")
    url = reverse("wagtailadmin_pages:add", args=["sections", "contentpage", parent.pk])
    data = editor_form(actor, url)
    data["title"] = "Đầu mối liên hệ về Đất đai"
    data["slug"] = ""
    data["summary"] = "Danh sách đầu mối."
    data["action-publish"] = "action-publish"
    response = actor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    created = ContentPage.objects.child_of(parent).get(title="Đầu mối liên hệ về Đất đai")
    assert created.slug == "dau-moi-lien-he-ve-dat-dai"
    assert created.live


def test_editor_can_edit_and_delete_a_content_page(actor, section):
    page = ContentPageFactory(parent=section("plans"), title="Kế hoạch năm", slug="ke-hoach-nam")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = editor_form(actor, url)
    data["title"] = "Kế hoạch năm 2026"
    data["action-publish"] = "action-publish"
    assert actor.post(url, data).status_code == 302
    assert ContentPage.objects.get(pk=page.pk).title == "Kế hoạch năm 2026"

    response = actor.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


@pytest.mark.parametrize("key", ["documents", "access_to_information.request", "interaction.qa"])
def test_no_content_page_below_a_service_section(actor, section, key):
    parent = section(key)
    count = Page.objects.count()
    response = actor.get(reverse("wagtailadmin_pages:add", args=["sections", "contentpage", parent.pk]))
    assert response.status_code in (302, 403)
    assert Page.objects.count() == count


def test_no_content_page_at_the_top_level(actor, home):
    response = actor.get(reverse("wagtailadmin_pages:add", args=["sections", "contentpage", home.pk]))
    assert response.status_code in (302, 403)


def test_no_standard_section_type_can_be_added_by_hand(actor, section):
    parent = section("about")
    for model in ("sectionpage", "leaderspage", "contactpage"):
        response = actor.get(reverse("wagtailadmin_pages:add", args=["sections", model, parent.pk]))
        assert response.status_code in (302, 403), model
    assert SectionPage.objects.child_of(parent).count() == 5


def test_content_page_cannot_be_moved_below_a_service_section(actor, section):
    page = ContentPageFactory(parent=section("plans"), title="Quy hoạch", slug="quy-hoach")
    destination = section("documents")
    response = actor.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert str(lock.RULE_PLACE) in [str(m) for m in get_messages(response.wsgi_request)]
    assert Page.objects.get(pk=page.pk).get_parent().pk == section("plans").pk
