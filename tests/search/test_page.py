"""The public search page: odd input, logging without personal data, promotions, no-results help."""

import pytest

from cms.search.models import SearchQueryDay
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", [
    "", "   ", "!!!???...", "'; DROP TABLE wagtailcore_page; --", "<script>alert(1)</script>",
    "x" * 500, "\"unbalanced quote", "a* OR b NEAR c", "nghị  định  " * 30, "\x00\x07",
])
def test_odd_queries_get_a_normal_page(client, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_standard_checker_query_returns_results_page(client):
    response = client.get("/tim-kiem/", {"q": "tiếp cận"})
    assert response.status_code == 200
    assert "Tiếp cận thông tin" in response.content.decode()


def test_bad_page_and_type_parameters_are_ignored(client):
    response = client.get("/tim-kiem/", {"q": "thông tin", "trang": "abc", "loai": "<x>"})
    assert response.status_code == 200
    response = client.get("/tim-kiem/", {"q": "thông tin", "trang": "99999"})
    assert response.status_code == 200


def test_query_is_logged_per_day_without_personal_data(client):
    client.get("/tim-kiem/", {"q": "Cấp căn cước"})
    client.get("/tim-kiem/", {"q": "cấp  căn cước"})
    client.get("/tim-kiem/", {"q": "hồ sơ 0912 345 678 gửi nguyen@example.vn"})
    row = SearchQueryDay.objects.get(query="cấp căn cước")
    assert row.searches == 2
    logged = list(SearchQueryDay.objects.values_list("query", flat=True))
    assert not any("0912" in q or "example.vn" in q for q in logged)


def test_zero_result_queries_are_reported(client):
    client.get("/tim-kiem/", {"q": "xyzzyquux"})
    assert list(SearchQueryDay.objects.without_results().values_list("query", flat=True)) == ["xyzzyquux"]


def test_no_results_page_offers_help(client):
    response = client.get("/tim-kiem/", {"q": "xyzzyquux"})
    body = response.content.decode()
    assert "Nothing found" in body or "Không tìm thấy" in body
    assert 'href="/van-ban/"' in body


def test_promoted_result_is_shown_first(client, section):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    target = ContentPageFactory(parent=section("about.overview"), title="Hướng dẫn làm hộ chiếu")
    SearchPromotion.objects.create(query=Query.get("hộ chiếu"), page=target, sort_order=0, description="Xem ngay")
    body = client.get("/tim-kiem/", {"q": "Hộ chiếu"}).content.decode()
    assert "Xem ngay" in body
    assert body.index("Xem ngay") < body.index('<ol class="search-results">')


def test_pagination_keeps_the_query(client, section):
    parent = section("about.overview")
    for n in range(12):
        ContentPageFactory(parent=parent, title=f"Thông báo tuyển dụng đợt {n}")
    body = client.get("/tim-kiem/", {"q": "tuyen dung"}).content.decode()
    assert "trang=2" in body and "q=tuyen+dung" in body
    page2 = client.get("/tim-kiem/", {"q": "tuyen dung", "trang": "2"})
    assert page2.status_code == 200
    assert "<mark>tuyển</mark> <mark>dụng</mark> đợt" in page2.content.decode()


def test_search_page_query_count_is_bounded(client, section, django_assert_max_num_queries):
    parent = section("about.overview")
    for n in range(10):
        ContentPageFactory(parent=parent, title=f"Kế hoạch phòng chống thiên tai {n}")
    with django_assert_max_num_queries(40):
        client.get("/tim-kiem/", {"q": "ke hoach"})
