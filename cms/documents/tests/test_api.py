import datetime

import pytest

from .factories import LegalDocumentFactory, RelationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def docs(site):
    old = LegalDocumentFactory(number="18/2023/NQ-HĐND", summary="Quy định phí và lệ phí",
                               issue_date=datetime.date(2023, 7, 14), effective_date=datetime.date(2023, 8, 1))
    new = LegalDocumentFactory(number="7/2025/NQ-HĐND", summary="Quy định mới về phí và lệ phí",
                               issue_date=datetime.date(2025, 7, 10), effective_date=datetime.date(2025, 8, 1))
    RelationFactory(source=new, target=old, kind="replaces")
    return old, new


def test_list_is_paginated_json_with_the_same_filters(client, docs):
    response = client.get("/api/v1/documents/", {"q": "phi le phi", "page_size": 1})
    data = response.json()
    assert response.status_code == 200
    assert data["count"] == 2 and data["num_pages"] == 2 and len(data["results"]) == 1
    assert data["results"][0]["number"] == "7/2025/NQ-HĐND"
    assert "page=2" in data["next"]


def test_list_filters_by_status(client, docs):
    data = client.get("/api/v1/documents/", {"status": "expired"}).json()
    assert [item["number"] for item in data["results"]] == ["18/2023/NQ-HĐND"]
    assert data["results"][0]["validity"]["code"] == "expired"


def test_detail_by_slug_and_by_id_with_relations_both_ways(client, docs):
    old, new = docs
    by_slug = client.get("/api/v1/documents/18-2023-nq-hdnd/").json()
    by_id = client.get(f"/api/v1/documents/{old.pk}/").json()
    assert by_slug == by_id
    assert by_slug["related_from"][0]["kind"] == "replaces"
    assert by_slug["related_from"][0]["document"]["number"] == "7/2025/NQ-HĐND"
    assert client.get("/api/v1/documents/7-2025-nq-hdnd/").json()["relations"][0]["document"]["number"] == old.number


@pytest.mark.parametrize("params", [{"from": "31/02/2024"}, {"type": "khong-co"}, {"page": "abc"}, {"page": "0"},
                                    {"page_size": "1000"}, {"q": "x" * 500}, {"year": "hai nghin"}])
def test_bad_parameters_answer_400_with_a_message(client, docs, params):
    response = client.get("/api/v1/documents/", params)
    assert response.status_code == 400
    assert response.json()["error"]


def test_page_past_the_end_answers_404(client, docs):
    response = client.get("/api/v1/documents/", {"page": 50})
    assert response.status_code == 404
    assert response.json()["error"]


def test_unknown_document_answers_404_json(client, docs):
    response = client.get("/api/v1/documents/khong-co-van-ban-nay/")
    assert response.status_code == 404
    assert response.json()["error"]


def test_drafts_are_not_in_the_api(client, docs):
    draft = LegalDocumentFactory(live=False, number="99/2025/QĐ-UBND")
    assert client.get(f"/api/v1/documents/{draft.pk}/").status_code == 404
    assert client.get("/api/v1/documents/").json()["count"] == 2


def test_api_list_uses_few_queries(client, docs, django_assert_max_num_queries):
    for i in range(20):
        LegalDocumentFactory(number=f"{300 + i}/2024/QĐ-UBND")
    with django_assert_max_num_queries(6):
        client.get("/api/v1/documents/", {"page_size": 50})


def test_too_many_requests_answer_429_json(client, docs, settings):
    from cms.documents import api

    original = api.API_RATE
    api.API_RATE = "2/m"
    try:
        client.get("/api/v1/documents/", REMOTE_ADDR="10.9.8.7")
        client.get("/api/v1/documents/", REMOTE_ADDR="10.9.8.7")
        response = client.get("/api/v1/documents/", REMOTE_ADDR="10.9.8.7")
    finally:
        api.API_RATE = original
    assert response.status_code == 429
    assert response.json()["error"]
