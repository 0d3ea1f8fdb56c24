"""The lock in the admin (DESIGN.md §1 rules): every page action on a standard page is refused,
for superusers and for editors with every page permission, with a message that names the rule."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page

from cms.sections import lock
from cms.sections.models import SectionPage
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["superuser", "editor"])
def actor(request, client):
    """A client logged in as a superuser, then as an editor with full page permissions."""
    user = request.getfixturevalue(request.param)
    client.force_login(user)
    return client


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def snapshot(page):
    """What the lock protects, read fresh from the database."""
    row = Page.objects.get(pk=page.pk)
    return (row.title, row.slug, row.path, row.live, row.url_path)


def assert_refused(response, page, before, rule):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert str(rule) in messages_of(response)
    assert snapshot(page) == before


@pytest.mark.parametrize("method", ["get", "post"])
def test_delete_view_refuses_a_section(actor, section, method):
    page = section("about.overview")
    before = snapshot(page)
    response = getattr(actor, method)(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 302
    assert str(lock.RULE_DELETE) in messages_of(response)
    assert snapshot(page) == before


def test_delete_view_refuses_the_home_page(actor, home):
    before = snapshot(home)
    response = actor.post(reverse("wagtailadmin_pages:delete", args=[home.pk]))
    assert_refused(response, home, before, lock.RULE_DELETE)


def test_move_view_refuses_a_section(actor, section):
    page = section("about.leaders")
    before = snapshot(page)
    response = actor.get(reverse("wagtailadmin_pages:move", args=[page.pk]))
    assert response.status_code == 302
    assert str(lock.RULE_MOVE) in messages_of(response)
    assert snapshot(page) == before


def test_move_confirm_refuses_a_section(actor, section):
    page, destination = section("about.leaders"), section("science")
    before = snapshot(page)
    response = actor.post(reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]))
    assert response.status_code == 302
    assert str(lock.RULE_MOVE) in messages_of(response)
    assert snapshot(page) == before


def test_reordering_sections_is_refused(actor, section, home):
    page = section("science")
    before = snapshot(page)
    response = actor.post(reverse("wagtailadmin_pages:set_page_position", args=[page.pk]) + "?position=0")
    assert response.status_code in (302, 400, 403)
    assert snapshot(page) == before


@pytest.mark.parametrize("method", ["get", "post"])
def test_unpublish_view_refuses_a_section(actor, section, method):
    page = section("interaction.qa")
    before = snapshot(page)
    response = getattr(actor, method)(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert response.status_code == 302
    assert str(lock.RULE_UNPUBLISH) in messages_of(response)
    assert snapshot(page) == before


def test_unpublish_view_refuses_the_home_page(actor, home):
    before = snapshot(home)
    response = actor.post(reverse("wagtailadmin_pages:unpublish", args=[home.pk]))
    assert_refused(response, home, before, lock.RULE_UNPUBLISH)


def test_copy_view_refuses_a_section(actor, section, home):
    page = section("science")
    count = Page.objects.count()
    response = actor.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {"new_title": "Khoa học 2", "new_slug": "khoa-hoc-2", "new_parent_page": home.pk, "publish_copies": "on"},
    )
    assert response.status_code == 302
    assert str(lock.RULE_COPY) in messages_of(response)
    assert Page.objects.count() == count


def test_privacy_of_a_section_cannot_be_restricted(actor, section):
    page = section("about.contact")
    response = actor.post(reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), {"restriction_type": "login"})
    assert response.status_code in (302, 403)
    assert not page.view_restrictions.exists()


def _bulk_url(action, pages, parent):
    query = "&".join(f"id={p.pk}" for p in pages)
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?{query}&childOf={parent.pk}&next=/admin/"


@pytest.mark.parametrize(
    ("action", "rule", "extra"),
    [
        ("delete", lock.RULE_DELETE, {}),
        ("unpublish", lock.RULE_UNPUBLISH, {"include_descendants": "on"}),
        ("move", lock.RULE_MOVE, {}),
    ],
)
def test_bulk_action_including_a_section_is_refused_whole(actor, section, action, rule, extra):
    parent = section("about")
    editors_page = ContentPageFactory(parent=parent, title="Lịch sử hình thành", slug="lich-su-hinh-thanh")
    target = section("about.overview")
    before = snapshot(target), snapshot(editors_page)
    data = dict(extra)
    if action == "move":
        data["chooser"] = section("science").pk
    response = actor.post(_bulk_url(action, [editors_page, target], parent), data)
    assert response.status_code == 302
    assert str(rule) in messages_of(response)
    assert (snapshot(target), snapshot(editors_page)) == before


def test_bulk_delete_of_editors_pages_still_works(actor, section):
    parent = section("about")
    editors_page = ContentPageFactory(parent=parent, title="Lịch sử", slug="lich-su")
    response = actor.post(_bulk_url("delete", [editors_page], parent))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=editors_page.pk).exists()


def test_section_listing_offers_no_delete_or_move(actor, section, home):
    page = section("about")
    response = actor.get(reverse("wagtailadmin_explore", args=[home.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:delete", args=[page.pk]) not in html
    assert reverse("wagtailadmin_pages:move", args=[page.pk]) not in html
    assert SectionPage.objects.filter(pk=page.pk).exists()
