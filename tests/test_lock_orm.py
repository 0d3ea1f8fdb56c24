"""The lock in code paths (DESIGN.md §1: "a guarded delete inside a transaction"): the ORM refuses
every change to the standard structure, and nothing is left changed afterwards."""

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Page, PageViewRestriction

from cms.news.models import NewsIndexPage
from cms.sections import lock
from cms.sections.models import ContactPage, ContentPage, HomePage, SectionPage
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def tree_state():
    """Every page's identity and place, to compare before and after a refused change."""
    return list(Page.objects.order_by("path").values_list("pk", "path", "title", "slug", "live", "url_path"))


@pytest.fixture
def unchanged():
    """Asserts, after the test body, that the page tree is exactly as it was."""
    before = tree_state()
    yield
    assert tree_state() == before


def refused(rule, fn):
    """Run fn in its own transaction (as a request or command would) and expect the named rule,
    raised by the guard (StructureLocked) or, when the page is cleaned first, by validation."""
    with pytest.raises((lock.StructureLocked, ValidationError)) as caught:
        with transaction.atomic():
            fn()
    assert str(rule) in str(caught.value)


def test_deleting_a_section_is_refused(section, unchanged):
    refused(lock.RULE_DELETE, section("about.overview").delete)


def test_deleting_a_section_of_a_subclass_type_is_refused(section, unchanged):
    refused(lock.RULE_DELETE, section("about.contact").delete)
    refused(lock.RULE_DELETE, section("news").delete)


def test_deleting_a_section_through_the_base_page_is_refused(section, unchanged):
    refused(lock.RULE_DELETE, Page.objects.get(pk=section("science").pk).delete)


def test_deleting_the_home_page_is_refused(home, unchanged):
    refused(lock.RULE_DELETE, home.delete)


def test_queryset_delete_of_an_ancestor_is_refused(home, unchanged):
    refused(lock.RULE_DELETE, lambda: Page.objects.filter(pk=home.pk).delete())


def test_queryset_delete_of_sections_is_refused(home, unchanged):
    refused(lock.RULE_DELETE, lambda: SectionPage.objects.descendant_of(home).delete())
    refused(lock.RULE_DELETE, lambda: Page.objects.filter(depth__gte=3).delete())


def test_deleting_an_editors_page_still_works(section):
    page = ContentPageFactory(parent=section("plans"))
    page.delete()
    assert not ContentPage.objects.filter(pk=page.pk).exists()


def test_moving_a_section_is_refused(section, unchanged):
    refused(lock.RULE_MOVE, lambda: section("about.leaders").move(section("science"), pos="last-child"))


def test_reordering_sections_is_refused(section, unchanged):
    refused(lock.RULE_MOVE, lambda: section("science").move(section("about"), pos="left"))


def test_moving_the_home_page_is_refused(home, unchanged):
    refused(lock.RULE_MOVE, lambda: home.move(Page.get_first_root_node(), pos="first-child"))


def test_moving_an_editors_page_between_content_sections_works(section):
    page = ContentPageFactory(parent=section("plans"))
    page.move(section("science"), pos="last-child")
    assert Page.objects.get(pk=page.pk).get_parent().pk == section("science").pk


def test_moving_an_editors_page_below_a_service_section_is_refused(section):
    page = ContentPageFactory(parent=section("plans"))
    before = tree_state()
    refused(lock.RULE_PLACE, lambda: page.move(section("documents"), pos="last-child"))
    assert tree_state() == before


def test_moving_an_editors_page_to_the_top_level_is_refused(section, home):
    page = ContentPageFactory(parent=section("plans"))
    before = tree_state()
    refused(lock.RULE_PLACE, lambda: page.move(home, pos="last-child"))
    assert tree_state() == before


def test_unpublishing_a_section_is_refused(section, unchanged):
    refused(lock.RULE_UNPUBLISH, section("interaction").unpublish)


def test_unpublishing_the_home_page_is_refused(home, unchanged):
    refused(lock.RULE_UNPUBLISH, home.unpublish)


def test_queryset_unpublish_of_sections_is_refused(home, unchanged):
    refused(lock.RULE_UNPUBLISH, lambda: SectionPage.objects.child_of(home).unpublish())


@pytest.mark.parametrize("getter", ["specific", "base"])
def test_renaming_a_section_by_save_is_refused(section, unchanged, getter):
    page = section("about.contact")
    if getter == "base":
        page = Page.objects.get(pk=page.pk)
    page.title = "Liên hệ với chúng tôi"
    refused(lock.RULE_RENAME, page.save)


@pytest.mark.parametrize("getter", ["specific", "base"])
def test_reslugging_a_section_by_save_is_refused(section, unchanged, getter):
    page = section("documents")
    if getter == "base":
        page = Page.objects.get(pk=page.pk)
    page.slug = "van-ban-phap-luat"
    refused(lock.RULE_RESLUG, page.save)


def test_changing_a_section_key_is_refused(section, unchanged):
    page = section("about.overview")
    page.section_key = "about.history"
    refused(lock.RULE_RENAME, page.save)
    assert SectionPage.objects.filter(section_key="about.overview").count() == 2  # vi and en


def test_publishing_a_revision_with_another_title_is_refused(section, unchanged):
    page = section("science")
    page.title = "Khoa học"
    refused(lock.RULE_RENAME, lambda: page.save_revision(clean=False).publish())


def test_renaming_the_home_page_is_refused(home, unchanged):
    home.slug = "trang-chinh"
    refused(lock.RULE_RESLUG, home.save)


def test_editing_a_section_body_by_save_works(section):
    page = section("about.overview")
    page.intro = "<p>Tây Ninh nằm ở vùng Đông Nam Bộ.</p>"
    page.save()
    assert SectionPage.objects.get(pk=page.pk).intro == page.intro


def test_a_second_section_with_the_same_key_is_refused(section, unchanged):
    duplicate = SectionPage(title="Tổng quan", slug="tong-quan", section_key="about.overview")
    refused(lock.RULE_DUPLICATE % {"title": "Tổng quan"}, lambda: section("science").add_child(instance=duplicate))


def test_a_second_section_is_refused_during_maintenance_too(section, unchanged):
    duplicate = SectionPage(title="Tổng quan", slug="tong-quan", section_key="about.overview")
    with lock.structure_maintenance():
        refused(lock.RULE_DUPLICATE % {"title": "Tổng quan"}, lambda: section("science").add_child(instance=duplicate))


def test_renaming_a_section_without_validation_is_refused(section, unchanged):
    page = section("about.contact")
    page.title = "Liên hệ với chúng tôi"
    refused(lock.RULE_RENAME, lambda: page.save(clean=False))
    page.title, page.slug = "Liên hệ", "lien-he-moi"
    refused(lock.RULE_RESLUG, lambda: page.save(clean=False))


@pytest.mark.parametrize("model", [SectionPage, ContactPage, NewsIndexPage])
def test_a_standard_section_type_created_by_hand_is_refused(section, unchanged, model):
    parent = section("plans")
    page = model(title="Chuyên mục riêng", slug="chuyen-muc-rieng", section_key="plans.custom")
    refused(lock.RULE_CREATE, lambda: parent.add_child(instance=page))


def test_a_second_home_page_is_refused(unchanged):
    root = Page.get_first_root_node()
    refused(lock.RULE_CREATE, lambda: root.add_child(instance=HomePage(title="Trang chủ 2", slug="trang-chu-2")))


def test_a_content_page_at_the_top_level_is_refused(home, unchanged):
    refused(lock.RULE_PLACE, lambda: home.add_child(instance=ContentPage(title="Menu mới", slug="menu-moi")))


def test_a_content_page_below_a_service_section_is_refused(section, unchanged):
    parent = section("documents")
    refused(lock.RULE_PLACE, lambda: parent.add_child(instance=ContentPage(title="Văn bản mới", slug="van-ban-moi")))


def test_a_section_cannot_be_made_private(section):
    page = section("about.contact")
    with pytest.raises(lock.StructureLocked):
        with transaction.atomic():
            PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert not PageViewRestriction.objects.filter(page=page).exists()


def test_an_editors_page_can_be_made_private(section):
    page = ContentPageFactory(parent=section("plans"))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert PageViewRestriction.objects.filter(page=page).exists()
