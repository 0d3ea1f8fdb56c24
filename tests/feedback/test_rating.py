import datetime

import pytest
from django.urls import reverse

from cms.feedback import services
from cms.feedback.models import CommentStatus, DailySalt, PageRating
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db
VOTE = "/danh-gia/gui/"


def test_widget_is_rendered_after_main_content_without_cookies(client, article):
    response = client.get(article.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="rating"' in html
    assert html.index("</main>") < html.index('id="rating"')
    assert f'name="page" value="{article.pk}"' in html
    assert "csrfmiddlewaretoken" not in html[html.index('id="rating"'):]
    assert not response.cookies


def test_widget_html_is_the_same_for_every_visitor(client, article):
    first = client.get(article.url, HTTP_USER_AGENT="A", REMOTE_ADDR="10.0.0.1").content.decode()
    second = client.get(article.url, HTTP_USER_AGENT="B", REMOTE_ADDR="10.0.0.2").content.decode()
    widget = lambda html: html[html.index('id="rating"'):html.index("</section>", html.index('id="rating"'))]  # noqa: E731
    assert widget(first).replace(widget(first).split('name="token" value="')[1].split('"')[0], "") == \
        widget(second).replace(widget(second).split('name="token" value="')[1].split('"')[0], "")


def test_vote_without_javascript_redirects_to_thank_you_page(client, article, vote_data):
    response = client.post(VOTE, vote_data)
    assert response.status_code == 302
    rating = PageRating.objects.get(page=article)
    assert rating.useful is True
    assert rating.section_key == "about"
    page = client.get(response["Location"])
    assert "Cảm ơn" in page.content.decode() or "Thank you" in page.content.decode()
    assert not response.cookies


def test_vote_with_javascript_answers_json_with_details_form(client, article, vote_data):
    response = client.post(VOTE, {**vote_data, "useful": "no"}, HTTP_ACCEPT="application/json")
    body = response.json()
    assert response.status_code == 200 and body["ok"]
    assert "data-rating-details" in body["details_html"]
    assert PageRating.objects.get(page=article).useful is False


def test_flood_of_votes_from_one_visitor_counts_once(client, article, vote_data):
    for _ in range(5):
        client.post(VOTE, vote_data, HTTP_USER_AGENT="Firefox", REMOTE_ADDR="10.1.1.1")
    assert PageRating.objects.filter(page=article).count() == 1


def test_second_vote_of_the_day_changes_the_first(client, article, vote_data):
    client.post(VOTE, vote_data, REMOTE_ADDR="10.1.1.1")
    client.post(VOTE, {**vote_data, "useful": "no"}, REMOTE_ADDR="10.1.1.1")
    assert list(PageRating.objects.filter(page=article).values_list("useful", flat=True)) == [False]


def test_different_visitors_are_counted_separately(client, article, vote_data):
    client.post(VOTE, vote_data, HTTP_USER_AGENT="Firefox", REMOTE_ADDR="10.1.1.1")
    client.post(VOTE, vote_data, HTTP_USER_AGENT="Firefox", REMOTE_ADDR="10.1.1.2")
    assert PageRating.objects.filter(page=article).count() == 2


def test_raw_address_and_user_agent_are_never_stored(client, article, vote_data):
    client.post(VOTE, vote_data, HTTP_USER_AGENT="UniqueAgent/1.0", REMOTE_ADDR="203.0.113.9")
    row = PageRating.objects.filter(page=article).values().get()
    stored = " ".join(str(value) for value in row.values())
    assert "203.0.113.9" not in stored and "UniqueAgent" not in stored
    assert len(row["visitor_hash"]) == 64


def test_salt_of_an_earlier_day_is_deleted(db):
    services._salt_cache.clear()
    yesterday = datetime.date(2026, 11, 24)
    old = services.daily_salt(yesterday)
    new = services.daily_salt(yesterday + datetime.timedelta(days=1))
    assert old != new
    assert list(DailySalt.objects.values_list("day", flat=True)) == [yesterday + datetime.timedelta(days=1)]
    services._salt_cache.clear()


def test_vote_on_unpublished_page_is_refused(client, section):
    draft = ContentPageFactory(parent=section("about.overview"), live=False)
    response = client.post(VOTE, {"page": draft.pk, "token": services.vote_token(draft.pk), "useful": "yes"})
    assert response.status_code == 404
    assert not PageRating.objects.exists()


def test_vote_on_non_existent_page_is_refused(client):
    response = client.post(VOTE, {"page": 987654, "token": services.vote_token(987654), "useful": "yes"},
                           HTTP_ACCEPT="application/json")
    assert response.status_code == 404
    assert response.json()["ok"] is False
    assert not PageRating.objects.exists()


def test_vote_with_forged_token_is_refused(client, article, vote_data):
    response = client.post(VOTE, {**vote_data, "token": services.vote_token(article.pk + 1)})
    assert response.status_code == 400
    assert not PageRating.objects.exists()


def test_vote_posted_from_another_site_is_refused(client, vote_data):
    response = client.post(VOTE, vote_data, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert not PageRating.objects.exists()


def test_vote_without_answer_gets_a_message(client, vote_data):
    response = client.post(VOTE, {**vote_data, "useful": "maybe"})
    assert response.status_code == 400
    assert "Có" in response.content.decode() or "Yes" in response.content.decode()


def test_details_are_saved_and_comment_waits_for_moderation(client, article, vote_data):
    details_url = client.post(VOTE, vote_data)["Location"]
    response = client.post(details_url, {"score": "4", "reason": "missing", "comment": "Cần thêm bản đồ."})
    assert response.status_code == 302
    assert response["Location"].endswith("?danh-gia=cam-on#rating")
    rating = PageRating.objects.get(page=article)
    assert (rating.score, rating.reason, rating.comment_status) == (4, "missing", CommentStatus.PENDING)


def test_details_with_bad_score_keep_what_was_typed(client, vote_data):
    details_url = client.post(VOTE, vote_data)["Location"]
    response = client.post(details_url, {"score": "9", "reason": "unclear", "comment": "Nội dung tôi đã gõ"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Nội dung tôi đã gõ" in html
    assert 'class="error-summary"' in html
    assert 'value="unclear" selected' in html


def test_expired_details_link_is_refused(client):
    response = client.get(reverse("feedback:details", args=["1:forged:token"]))
    assert response.status_code == 404


def test_thank_you_is_shown_on_the_page_after_details(client, article):
    html = client.get(article.url + "?danh-gia=cam-on").content.decode()
    assert "rating__thanks" in html
