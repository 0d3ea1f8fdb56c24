"""Admin reports per site: page ratings and interaction indicators. A component site's staff see only their
site's figures; the province's staff see every site's and pick one."""

import pytest
from django.utils import timezone

from cms.analytics.models import DailyPageStat, DailySiteStat
from cms.feedback.models import CommentStatus, PageRating
from tests.factories import ContentPageFactory
from tests.feedback.factories import PageRatingFactory

pytestmark = pytest.mark.django_db

RATINGS = "/admin/feedback/"
DASHBOARD = "/admin/analytics/"
OWN_COMMENT, OTHER_COMMENT = "Trang của Sở thiếu giờ làm việc", "Trang của tỉnh thiếu số điện thoại"


@pytest.fixture
def ratings(department, home):
    pending = CommentStatus.PENDING
    return (PageRatingFactory.on(department.root_page, useful=False, comment=OWN_COMMENT, comment_status=pending),
            PageRatingFactory.on(home, useful=True, comment=OTHER_COMMENT, comment_status=pending))


def test_component_staff_see_only_their_sites_ratings(department_client, ratings):
    response = department_client.get(RATINGS)
    content = response.content.decode()
    assert OWN_COMMENT in content and OTHER_COMMENT not in content
    assert response.context["figures"]["total"] == 1


def test_component_staff_cannot_pick_another_sites_ratings(department_client, ratings, site):
    response = department_client.get(RATINGS, {"site": site.pk})
    assert OTHER_COMMENT not in response.content.decode()
    assert response.context["figures"]["total"] == 1


def test_component_staff_export_only_their_sites_ratings(department_client, ratings, site):
    content = department_client.get(f"{RATINGS}export.csv", {"site": site.pk}).content.decode("utf-8-sig")
    assert OWN_COMMENT in content and OTHER_COMMENT not in content


def test_province_staff_see_every_sites_ratings_and_pick_one(province_client, ratings, department, site):
    response = province_client.get(RATINGS)
    content = response.content.decode()
    assert OWN_COMMENT in content and OTHER_COMMENT in content
    assert {choice.pk for choice in response.context["sites"]} >= {site.pk, department.pk}
    content = province_client.get(RATINGS, {"site": department.pk}).content.decode()
    assert OWN_COMMENT in content and OTHER_COMMENT not in content
    csv = province_client.get(f"{RATINGS}export.csv", {"site": site.pk}).content.decode("utf-8-sig")
    assert OTHER_COMMENT in csv and OWN_COMMENT not in csv


def test_ratings_report_sections_come_from_the_chosen_site(province_client, department, section):
    article = ContentPageFactory(parent=section("about.overview"), title="Lịch sử")
    PageRatingFactory.on(article, section_key="about")
    PageRatingFactory.on(department.root_page)
    sections = province_client.get(RATINGS, {"site": department.pk}).context["sections"]
    assert [row["section_key"] for row in sections] == [""]


def test_forged_moderation_of_another_sites_comment_changes_nothing(department_client, ratings):
    own, other = ratings
    department_client.post(f"{RATINGS}moderate/", {"rating": [own.pk, other.pk], "action": "approve"})
    assert PageRating.objects.get(pk=own.pk).comment_status == CommentStatus.APPROVED
    assert PageRating.objects.get(pk=other.pk).comment_status == CommentStatus.PENDING


@pytest.fixture
def stats(department, site, home):
    today = timezone.localdate()
    DailySiteStat.objects.create(site=department, day=today, visits=5, views=9)
    DailySiteStat.objects.create(site=site, day=today, visits=11, views=20)
    DailyPageStat.objects.create(site=department, page=department.root_page, day=today, views=9)
    DailyPageStat.objects.create(site=site, page=home, day=today, views=20)


def _csv_visits(client, **params):
    content = client.get(f"{DASHBOARD}export.csv", params).content.decode("utf-8-sig").replace('"', "")
    return next(int(line.split(",")[2]) for line in content.splitlines() if ",visits," in line)


def test_component_staff_dashboard_shows_only_their_site(department_client, stats, department, site):
    response = department_client.get(DASHBOARD)
    assert response.context["site"] == department
    assert response.context["figures"]["visits"] == 5
    assert [row["page_id"] for row in response.context["top_pages"]] == [department.root_page_id]
    assert department_client.get(DASHBOARD, {"site": site.pk}).context["figures"]["visits"] == 5
    assert _csv_visits(department_client) == 5
    assert _csv_visits(department_client, site=site.pk) == 5


def test_component_staff_admin_home_shows_their_sites_figures(department_client, stats):
    content = department_client.get("/admin/").content.decode()
    assert 'analytics-card__value">5<' in content and 'analytics-card__value">11<' not in content


def test_province_staff_dashboard_shows_the_province_and_picks_a_site(province_client, stats, department, site):
    response = province_client.get(DASHBOARD)
    assert response.context["site"] == site and response.context["figures"]["visits"] == 11
    assert {choice.pk for choice in response.context["sites"]} >= {site.pk, department.pk}
    response = province_client.get(DASHBOARD, {"site": department.pk})
    assert response.context["figures"]["visits"] == 5
    assert f'<option value="{department.pk}" selected>' in response.content.decode()
    assert _csv_visits(province_client) == 11
    assert _csv_visits(province_client, site=department.pk) == 5



def test_searches_are_logged_for_the_site_searched(client, department, site):
    from cms.search.models import SearchQueryDay

    client.get("/tim-kiem/", {"q": "lý lịch tư pháp"}, HTTP_HOST=department.hostname)
    client.get("/tim-kiem/", {"q": "lý lịch tư pháp"})
    client.get("/tim-kiem/", {"q": "lý lịch tư pháp"})
    counts = dict(SearchQueryDay.objects.filter(query="lý lịch tư pháp").values_list("site_id", "searches"))
    assert counts == {department.pk: 1, site.pk: 2}


@pytest.fixture
def searches(department, site):
    from cms.search.models import SearchQueryDay

    today = timezone.localdate()
    SearchQueryDay.objects.create(site=department, day=today, query="lý lịch tư pháp", searches=3, results=0)
    SearchQueryDay.objects.create(site=site, day=today, query="quy hoạch sử dụng đất", searches=7, results=4)


def test_component_staff_see_only_their_sites_searches(department_client, searches, site):
    from django.urls import reverse

    url = reverse("portal_search_report")
    for params in ({}, {"site": site.pk}):
        response = department_client.get(url, params)
        content = response.content.decode()
        assert "lý lịch tư pháp" in content and "quy hoạch sử dụng đất" not in content
        assert response.context["totals"] == {"searches": 3, "searches_without_results": 3}
    assert department_client.get(DASHBOARD).context["figures"]["searches"] == 3


def test_province_staff_see_the_provinces_searches_and_pick_a_site(province_client, searches, department, site):
    from django.urls import reverse

    url = reverse("portal_search_report")
    response = province_client.get(url)
    assert response.context["site"] == site and response.context["totals"]["searches"] == 7
    assert "quy hoạch sử dụng đất" in response.content.decode()
    response = province_client.get(url, {"site": department.pk})
    assert response.context["totals"]["searches"] == 3
    assert f'<option value="{department.pk}" selected>' in response.content.decode()
