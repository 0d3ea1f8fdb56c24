import datetime
import json
import re

import pytest

from cms.documents.models import Field, ValidityStatus

from .factories import LegalDocumentFactory, RelationFactory, body, doc_type

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents(site):
    land = Field.objects.get(name="Đất đai")
    price = LegalDocumentFactory(number="12/2024/QĐ-UBND", summary="Ban hành Bảng giá đất trên địa bàn tỉnh Tây Ninh",
                                 signer_name="Trần Văn Chiến", issue_date=datetime.date(2024, 3, 15))
    price.fields.set([land])
    price.save()
    fees = LegalDocumentFactory(number="15/2024/NQ-HĐND", document_type=doc_type("Nghị quyết"), issuing_body=body("HĐND"),
                                summary="Quy định mức học phí năm học 2024 - 2025", issue_date=datetime.date(2024, 8, 20),
                                effective_date=datetime.date(2024, 9, 1))
    plan = LegalDocumentFactory(number="45/KH-UBND", document_type=doc_type("Kế hoạch"),
                                summary="Kế hoạch chuyển đổi số năm 2025", issue_date=datetime.date(2025, 2, 3),
                                effective_date=None)
    draft = LegalDocumentFactory(number="99/2025/QĐ-UBND", summary="Bản nháp chưa công bố", live=False)
    return {"price": price, "fees": fees, "plan": plan, "draft": draft}


def numbers(response):
    return re.findall(r'class="doc-item__title"><a href="[^"]+">[^<]* ([^<\s]+)</a>', response.content.decode())


def test_list_shows_published_documents_newest_first(client, documents):
    response = client.get("/van-ban/")
    assert response.status_code == 200
    assert numbers(response) == ["45/KH-UBND", "15/2024/NQ-HĐND", "12/2024/QĐ-UBND"]


def test_accentless_text_finds_the_decision(client, documents):
    response = client.get("/van-ban/", {"q": "quyet dinh 12/2024"})
    assert numbers(response) == ["12/2024/QĐ-UBND"]


def test_text_search_matches_summary_without_marks(client, documents):
    assert numbers(client.get("/van-ban/", {"q": "hoc phi"})) == ["15/2024/NQ-HĐND"]


def test_filters_combine_type_body_year_and_status(client, documents):
    response = client.get("/van-ban/", {"type": "nghi-quyet", "body": documents["fees"].issuing_body.slug,
                                        "year": "2024", "status": ValidityStatus.IN_FORCE})
    assert numbers(response) == ["15/2024/NQ-HĐND"]


def test_filter_by_field_and_signer(client, documents):
    assert numbers(client.get("/van-ban/", {"field": "dat-dai"})) == ["12/2024/QĐ-UBND"]
    assert numbers(client.get("/van-ban/", {"signer": "tran van chien"})) == ["12/2024/QĐ-UBND"]


def test_filter_by_date_range_in_vietnamese_format(client, documents):
    response = client.get("/van-ban/", {"from": "01/08/2024", "to": "31/12/2024"})
    assert numbers(response) == ["15/2024/NQ-HĐND"]


def test_sort_oldest_first(client, documents):
    assert numbers(client.get("/van-ban/", {"sort": "oldest"}))[0] == "12/2024/QĐ-UBND"


def test_impossible_date_gives_the_list_with_a_message(client, documents):
    response = client.get("/van-ban/", {"from": "31/02/2024", "type": "quyet-dinh"})
    assert response.status_code == 200
    content = response.content.decode()
    assert 'href="#id_from"' in content
    assert numbers(response) == ["12/2024/QĐ-UBND"]  # the valid filter still applies
    assert 'value="31/02/2024"' in content  # what was typed is kept


def test_unknown_type_is_reported_and_ignored(client, documents):
    response = client.get("/van-ban/", {"type": "khong-co"})
    assert response.status_code == 200
    assert 'href="#id_type"' in response.content.decode()
    assert len(numbers(response)) == 3


def test_page_past_the_end_shows_the_last_page_with_a_message(client, documents):
    response = client.get("/van-ban/", {"page": "999"})
    assert response.status_code == 200
    assert 'message--warning' in response.content.decode()
    assert len(numbers(response)) == 3


@pytest.mark.parametrize("params", [
    {"q": "x" * 5000}, {"page": "-1"}, {"page": "1e9"}, {"year": "abc"}, {"year": "99999999999999999999"},
    {"sort": "drop table"}, {"status": "<script>"}, {"to": "2024-13-45"}, {"field": "\x00"},
])
def test_malformed_parameters_never_fail(client, documents, params):
    response = client.get("/van-ban/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1].split("</main>")[0]


def registry_queries(captured):
    """The registry's own queries (not Wagtail's routing, which joins the registry page's table)."""
    return [q["sql"] for q in captured if '"documents_' in q["sql"] and '"wagtailcore_page"' not in q["sql"]]


# Routing and the shared layout (menu, settings, notices) cost about 12 queries on every page of the site;
# the registry itself adds at most 2 on a list page and 5 on a detail page, whatever the number of documents.
def test_list_page_uses_few_queries(client, documents, django_assert_max_num_queries):
    for i in range(30):
        LegalDocumentFactory(number=f"{200 + i}/2024/QĐ-UBND")
    client.get("/van-ban/")  # warm the site and lists caches
    with django_assert_max_num_queries(16) as captured:
        response = client.get("/van-ban/", {"q": "quyet dinh", "type": "quyet-dinh", "field": "dat-dai"})
    assert len(registry_queries(captured.captured_queries)) <= 2
    with django_assert_max_num_queries(16) as captured:
        response = client.get("/van-ban/")
    assert len(numbers(response)) == 20
    assert len(registry_queries(captured.captured_queries)) <= 2


def test_detail_page_has_metadata_status_date_and_relations_both_ways(client, documents):
    new = LegalDocumentFactory(number="45/2025/QĐ-UBND", issue_date=datetime.date(2025, 6, 20),
                               effective_date=datetime.date(2025, 7, 1), summary="Sửa đổi Bảng giá đất")
    RelationFactory(source=new, target=documents["price"], kind="replaces")
    response = client.get("/van-ban/12-2024-qd-ubnd/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Ban hành Bảng giá đất" in content
    assert "doc-status--expired" in content
    assert datetime.date.today().strftime("%d/%m/%Y") in content
    assert '/van-ban/45-2025-qd-ubnd/' in content
    back = client.get("/van-ban/45-2025-qd-ubnd/").content.decode()
    assert '/van-ban/12-2024-qd-ubnd/' in back


def test_detail_page_uses_few_queries(client, documents, django_assert_max_num_queries):
    RelationFactory(source=documents["fees"], target=documents["price"], kind="based_on")
    client.get("/van-ban/12-2024-qd-ubnd/")
    with django_assert_max_num_queries(17) as captured:
        client.get("/van-ban/12-2024-qd-ubnd/")
    assert len(registry_queries(captured.captured_queries)) <= 5


def test_draft_documents_are_not_public(client, documents):
    assert client.get("/van-ban/99-2025-qd-ubnd/").status_code == 404
    assert "99/2025" not in client.get("/van-ban/").content.decode()


def test_json_ld_is_legislation_and_escaped(client, documents):
    documents["price"].summary = "Giá đất </script><script>alert(1)</script>"
    documents["price"].save()
    content = client.get("/van-ban/12-2024-qd-ubnd/").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "12/2024/QĐ-UBND"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"
    assert "</script>" in data["description"] and "</script>" not in block


def test_print_view_shows_the_document_without_site_chrome(client, documents):
    response = client.get("/van-ban/12-2024-qd-ubnd/in/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "12/2024/QĐ-UBND" in content and "main-menu" not in content


def test_home_page_lists_latest_documents_with_validity(client, documents):
    content = client.get("/").content.decode()
    assert "/van-ban/45-kh-ubnd/" in content
    assert "doc-status--in_force" in content


def test_no_inline_script_or_style_on_the_pages(client, documents):
    for url in ("/van-ban/", "/van-ban/12-2024-qd-ubnd/", "/van-ban/12-2024-qd-ubnd/in/"):
        content = client.get(url).content.decode()
        assert " style=" not in content
        scripts = re.findall(r"<script([^>]*)>", content)
        assert all("src=" in attrs or "application/ld+json" in attrs for attrs in scripts)
