"""The demo province: complete, conformant, idempotent, and respectful of editors' changes."""

import re
import tempfile

import pytest
from django.db import transaction
from django.test import override_settings
from wagtail.models import Locale, Site, WorkflowPage

from cms.core.models import ProvinceSettings
from cms.news.models import NewsCategoryPage, NewsPage
from cms.sections import standard
from cms.sections.conformance import FAIL, site_report
from cms.sections.demo import build_demo
from cms.sections.models import ContentPage, SectionPage
from cms.sections.publishing import APPROVERS, EDITORS, ensure_publishing

TAY_NINH = standard.find_province("Tây Ninh")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Build the demo once for this module, inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), tempfile.TemporaryDirectory() as media, override_settings(MEDIA_ROOT=media):
        with transaction.atomic():
            site = Site.objects.get(is_default_site=True)
            home = site.root_page.specific
            ensure_publishing([home, *home.get_translations()])
            created = build_demo(site, home, TAY_NINH)
            yield created
            transaction.set_rollback(True)


@pytest.fixture
def demo_db(demo, db):
    return demo


def test_demo_creates_content(demo_db):
    assert demo_db


def test_demo_run_twice_creates_nothing(demo_db, site, home):
    assert build_demo(site, home, TAY_NINH) == []


def test_demo_passes_conformance(demo_db, site):
    report = site_report(site)
    failures = [check.message for check in report.checks if check.status == FAIL]
    assert failures == []


def test_demo_fills_province_settings_and_leaders(demo_db, site):
    settings = ProvinceSettings.for_site(site)
    for name in ("address", "phone", "hotline", "email", "zalo_oa_url", "working_hours", "map_url",
                 "editor_in_charge", "licence", "focal_unit", "focal_person", "focal_phone", "focal_email"):
        assert getattr(settings, name), name
    leaders = list(settings.leaders.all())
    assert 4 <= len(leaders) <= 6
    assert all(leader.biography and leader.duties and leader.photo_id for leader in leaders)


def test_demo_news_span_recent_weeks_in_categories_with_images(demo_db, home):
    articles = list(NewsPage.objects.descendant_of(home).live())
    assert len(articles) >= 12
    assert all(article.featured_image_id for article in articles)
    assert NewsCategoryPage.objects.descendant_of(home).count() >= 2
    dates = sorted(article.date for article in articles)
    assert (dates[-1] - dates[0]).days >= 21


def test_every_content_section_has_content(demo_db, home):
    sections = {p.section_key: p for p in SectionPage.objects.descendant_of(home).specific()}
    for spec in standard.SECTIONS:
        if standard.children_of(spec.key) or spec.key in ("sitemap",):
            continue
        page = sections[spec.key]
        has_pages = page.get_children().live().exists()
        assert page.intro or len(page.body) or has_pages, spec.key


def test_footer_pages_describe_privacy_accessibility_and_terms(demo_db, client):
    privacy = client.get(standard.path_of("privacy")).content.decode()
    assert "cookie" in privacy and "ẩn danh" in privacy and "Hỏi đáp" in privacy
    assert "WCAG 2.1" in client.get(standard.path_of("accessibility")).content.decode()
    assert "Bản quyền" in client.get(standard.path_of("terms")).content.decode()


def test_english_mandatory_pages_have_english_content(demo_db, home, client):
    english_home = home.get_translation(Locale.objects.get(language_code="en"))
    for key in ("about.organisation", "about.leaders", "about.contact", "access_to_information.focal_point"):
        page = SectionPage.objects.descendant_of(english_home).get(section_key=key)
        response = client.get(page.url)
        assert response.status_code == 200
        assert "People's Committee" in response.content.decode(), key
    assert "English pages" in client.get("/en/").content.decode()


def test_menu_lists_top_level_sections_in_standard_order(demo_db, client):
    html = client.get("/").content.decode()
    menu = re.search(r'<ul class="main-menu__list".*?</ul>', html, re.S).group(0)
    titles = re.findall(r">([^<>]+)</a>", menu)
    assert titles == [section.title for section in standard.MENU_SECTIONS]


def test_home_page_panels_follow_the_standard_order(demo_db, client):
    html = client.get("/").content.decode()
    expected = ["news-title", "quick-services-title", "direction-title", "links-title"]
    positions = [html.find(f'id="{name}"') for name in expected]
    assert all(position > 0 for position in positions), positions
    assert positions == sorted(positions)
    assert "Ủy ban nhân dân tỉnh Tây Ninh họp phiên thường kỳ tháng 11" in html


def test_demo_keeps_an_editors_changes(demo_db, site, home, superuser):
    overview = SectionPage.objects.descendant_of(home).get(section_key="about.overview").specific
    overview.intro = "<p>Lời giới thiệu do biên tập viên viết.</p>"
    overview.save_revision(user=superuser).publish(user=superuser)
    settings = ProvinceSettings.for_site(site)
    settings.hotline = "0276 1111 222"
    settings.save()
    page = ContentPage.objects.descendant_of(home).first()
    page.delete()

    assert build_demo(site, home, TAY_NINH) == []
    overview.refresh_from_db()
    assert "biên tập viên" in overview.intro
    assert ProvinceSettings.for_site(site).hotline == "0276 1111 222"


def test_setup_assigns_the_approval_workflow_to_the_home_pages(demo_db, home):
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name=EDITORS)
    approvers = Group.objects.get(name=APPROVERS)
    assert not editors.page_permissions.filter(permission__codename="publish_page").exists()
    assert approvers.page_permissions.filter(permission__codename="publish_page").exists()
    workflow = WorkflowPage.objects.get(page=home).workflow
    task = workflow.workflow_tasks.get().task.specific
    assert list(task.groups.all()) == [approvers]
    assert home.get_workflow() == workflow
    assert ensure_publishing([home]) == []


def test_editors_submit_and_approvers_publish(demo_db, home):
    from django.contrib.auth.models import Group

    from tests.factories import UserFactory

    writer = UserFactory(username="bientap-test", is_staff=False)
    writer.groups.add(Group.objects.get(name=EDITORS))
    approver = UserFactory(username="pheduyet-test", is_staff=False)
    approver.groups.add(Group.objects.get(name=APPROVERS))
    page = ContentPage.objects.descendant_of(home).first()
    assert page.permissions_for_user(writer).can_edit()
    assert not page.permissions_for_user(writer).can_publish()
    assert page.permissions_for_user(approver).can_publish()
    assert page.get_workflow() is not None  # saving as an editor offers "submit for approval"
