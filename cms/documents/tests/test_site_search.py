"""Published legal documents are found by the site search, in any spelling of their number; drafts are not."""

import pytest

from .factories import LegalDocumentFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["12/2024/QĐ-UBND", "12/2024/qd-ubnd", "12-2024-QD-UBND", "bao ve moi truong"])
def test_site_search_finds_a_published_document(client, query):
    LegalDocumentFactory(number="12/2024/QĐ-UBND", summary="Quy định bảo vệ môi trường trên địa bàn tỉnh")
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    assert "/van-ban/12-2024-qd-ubnd/" in response.content.decode()


def test_site_search_leaves_out_unpublished_documents(client):
    LegalDocumentFactory(number="77/2024/QĐ-UBND", summary="Dự thảo quy chế chưa ban hành", live=False)
    response = client.get("/tim-kiem/", {"q": "77/2024/QĐ-UBND"})
    assert "/van-ban/77-2024-qd-ubnd/" not in response.content.decode()
