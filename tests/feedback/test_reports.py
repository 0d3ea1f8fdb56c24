import pytest
from django.contrib.auth.models import Permission

from cms.feedback import reports
from cms.feedback.models import CommentStatus, PageRating
from tests.factories import ContentPageFactory, UserFactory

from .factories import PageRatingFactory, days_ago

pytestmark = pytest.mark.django_db


@pytest.fixture
def satisfaction(section):
    return section("interaction.satisfaction")


def test_satisfaction_section_is_the_summary_page(satisfaction):
    assert type(satisfaction).__name__ == "SatisfactionPage"


def test_summary_shows_monthly_figures_for_portal_and_sections(client, satisfaction, article, section):
    PageRatingFactory.on(article, section_key="about", useful=True, score=5)
    PageRatingFactory.on(article, section_key="about", useful=False, score=2)
    PageRatingFactory.on(section("news"), section_key="news", useful=True)
    html = client.get(satisfaction.url).content.decode()
    assert "66.7" in html  # 2 of 3 useful
    assert "Giới thiệu" in html and "Tin tức - Sự kiện" in html
    assert "<svg" in html


def test_summary_with_bad_month_shows_current_month_and_a_message(client, satisfaction):
    response = client.get(satisfaction.url + "?thang=2026-13")
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_summary_runs_a_fixed_number_of_queries(client, satisfaction, article, section, django_assert_max_num_queries):
    for day in range(0, 300, 7):
        PageRatingFactory.on(article, day=days_ago(day), section_key="about")
    client.get(satisfaction.url)
    with django_assert_max_num_queries(40):
        client.get(satisfaction.url)


def test_comment_is_shown_only_after_approval_and_as_text(client, satisfaction, article):
    rating = PageRatingFactory.on(article, comment="<script>alert(1)</script> xem http://spam.example",
                                  comment_status=CommentStatus.PENDING)
    assert "spam.example" not in client.get(satisfaction.url).content.decode()
    rating.comment_status = CommentStatus.APPROVED
    rating.save()
    html = client.get(satisfaction.url).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<a href="http://spam.example' not in html


def test_home_panel_shows_the_month_figure(client, home, article):
    PageRatingFactory.on(article, useful=True)
    PageRatingFactory.on(article, useful=False)
    html = client.get(home.url).content.decode()
    assert "home-satisfaction" in html and "50,0%" in html  # Vietnamese decimal comma


def test_pages_needing_attention_are_the_least_useful(section):
    good = ContentPageFactory(parent=section("about.overview"), title="Tốt")
    bad = ContentPageFactory(parent=section("about.overview"), title="Kém")
    few = ContentPageFactory(parent=section("about.overview"), title="Ít phiếu")
    for useful in (True, True, True, False):
        PageRatingFactory.on(good, useful=useful)
    for useful in (False, False, True):
        PageRatingFactory.on(bad, useful=useful)
    PageRatingFactory.on(few, useful=False)
    rows = reports.needs_attention(PageRating.objects.all())
    assert [row["page__title"] for row in rows] == ["Kém", "Tốt"]


def test_svg_chart_escapes_labels():
    svg = reports.bar_chart_svg([{"label": "<b>", "v": 3}], "v", "label", "Tiêu đề")
    assert "&lt;b&gt;" in svg and "<b>" not in svg


def test_admin_report_needs_permission(client, db):
    user = UserFactory(username="nobody")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/feedback/").status_code in (302, 403)


def test_admin_report_shows_figures_chart_and_comments(admin_client, article):
    PageRatingFactory.on(article, section_key="about", useful=False, comment="Thiếu số điện thoại",
                         comment_status=CommentStatus.PENDING)
    html = admin_client.get("/admin/feedback/").content.decode()
    assert "Thiếu số điện thoại" in html and "<svg" in html and article.title in html


def test_admin_report_with_bad_dates_shows_a_message(admin_client):
    response = admin_client.get("/admin/feedback/?from=31-02-2026&to=abc")
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_admin_moderation_approves_comments(admin_client, article):
    rating = PageRatingFactory.on(article, comment="Hay", comment_status=CommentStatus.PENDING)
    admin_client.post("/admin/feedback/moderate/", {"rating": [rating.pk], "action": "approve"})
    rating.refresh_from_db()
    assert rating.comment_status == CommentStatus.APPROVED


def test_csv_export_has_one_row_per_rating_and_no_visitor_hash(admin_client, article):
    PageRatingFactory.on(article, useful=True, score=4, comment="=HYPERLINK(1)", comment_status="pending",
                         visitor_hash="f" * 64)
    PageRatingFactory.on(article, useful=False, day=days_ago(3))
    response = admin_client.get("/admin/feedback/export.csv")
    text = response.content.decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert response["Content-Type"].startswith("text/csv")
    assert len(lines) == 3
    assert "f" * 64 not in text
    assert "'=HYPERLINK(1)" in text
