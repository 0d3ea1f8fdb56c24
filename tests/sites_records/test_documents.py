"""The registry per body: a department's site shows its own documents; the province's site shows all."""

import json

import pytest

from cms.documents.models import DocumentIndexPage, IssuingBody, LegalDocument
from cms.documents.tests.factories import LegalDocumentFactory

from .conftest import DEPARTMENT_HOST, add_section

pytestmark = pytest.mark.django_db

ADMIN = "/admin/snippets/documents/legaldocument/"


@pytest.fixture
def bodies(department):
    return IssuingBody.objects.get(name="Sở Tư pháp"), IssuingBody.objects.get(abbreviation="UBND")


@pytest.fixture
def docs(bodies):
    own, province = bodies
    return (LegalDocumentFactory(number="5/2024/QĐ-STP", issuing_body=own, summary="Văn bản của Sở"),
            LegalDocumentFactory(number="7/2024/QĐ-UBND", issuing_body=province, summary="Văn bản của tỉnh"))


@pytest.fixture
def registry(department):
    return add_section(department, DocumentIndexPage, "van-ban", "documents")


def test_existing_bodies_belong_to_the_province(db):
    assert IssuingBody.objects.exists()
    assert not IssuingBody.objects.exclude(site=None).exists()


def test_a_departments_site_is_linked_to_its_issuing_body(department):
    assert IssuingBody.objects.get(name="Sở Tư pháp").site == department


def test_a_communes_site_gets_its_council_and_committee(commune):
    names = set(IssuingBody.objects.filter(site=commune).values_list("name", flat=True))
    assert names == {"Hội đồng nhân dân phường Tân Ninh", "Ủy ban nhân dân phường Tân Ninh"}


def test_component_registry_lists_only_its_bodies_documents(client, docs, registry):
    content = client.get("/van-ban/", HTTP_HOST=DEPARTMENT_HOST).content.decode()
    assert "5/2024/QĐ-STP" in content and "7/2024/QĐ-UBND" not in content


def test_province_registry_lists_every_body_and_filters_by_body(client, docs):
    content = client.get("/van-ban/").content.decode()
    assert "5/2024/QĐ-STP" in content and "7/2024/QĐ-UBND" in content
    content = client.get("/van-ban/", {"body": docs[0].issuing_body.slug}).content.decode()
    assert "5/2024/QĐ-STP" in content and "7/2024/QĐ-UBND" not in content


def test_component_registry_detail_of_another_body_is_404(client, docs, registry):
    own, other = docs
    assert client.get(f"/van-ban/{own.slug}/", HTTP_HOST=DEPARTMENT_HOST).status_code == 200
    assert client.get(f"/van-ban/{other.slug}/", HTTP_HOST=DEPARTMENT_HOST).status_code == 404
    assert client.get(f"/van-ban/{other.slug}/in/", HTTP_HOST=DEPARTMENT_HOST).status_code == 404


def test_province_registry_shows_a_departments_document(client, docs):
    assert client.get(f"/van-ban/{docs[0].slug}/").status_code == 200


def test_component_export_holds_only_its_documents(client, docs, registry):
    response = client.get("/van-ban/xuat/csv/", HTTP_HOST=DEPARTMENT_HOST)
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "5/2024/QĐ-STP" in content and "7/2024/QĐ-UBND" not in content


def test_api_on_a_component_host_lists_only_its_documents(client, docs, registry):
    data = json.loads(client.get("/api/v1/documents/", HTTP_HOST=DEPARTMENT_HOST).content)
    assert [row["number"] for row in data["results"]] == ["5/2024/QĐ-STP"]
    assert data["results"][0]["url"].startswith(f"http://{DEPARTMENT_HOST}/van-ban/")


def test_api_detail_of_another_body_is_404_on_a_component_host(client, docs, registry):
    own, other = docs
    assert client.get(f"/api/v1/documents/{own.pk}/", HTTP_HOST=DEPARTMENT_HOST).status_code == 200
    assert client.get(f"/api/v1/documents/{other.pk}/", HTTP_HOST=DEPARTMENT_HOST).status_code == 404
    assert client.get(f"/api/v1/documents/{other.slug}/", HTTP_HOST=DEPARTMENT_HOST).status_code == 404


def test_api_on_the_province_host_lists_every_body(client, docs):
    data = json.loads(client.get("/api/v1/documents/").content)
    assert {row["number"] for row in data["results"]} == {"5/2024/QĐ-STP", "7/2024/QĐ-UBND"}


def test_component_staff_list_only_their_documents(department_client, docs):
    content = department_client.get(ADMIN).content.decode()
    assert "5/2024/QĐ-STP" in content and "7/2024/QĐ-UBND" not in content


def test_component_staff_export_only_their_documents(department_client, docs):
    response = department_client.get(ADMIN, {"export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "5/2024/QĐ-STP" in content and "7/2024/QĐ-UBND" not in content


def test_province_staff_list_every_document(province_client, docs):
    content = province_client.get(ADMIN).content.decode()
    assert "5/2024/QĐ-STP" in content and "7/2024/QĐ-UBND" in content


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage", "inspect", "unpublish"])
def test_component_staff_cannot_open_another_bodys_document(department_client, docs, view):
    own, other = docs
    assert department_client.get(f"{ADMIN}{view}/{other.pk}/").status_code == 404


def test_component_staff_open_their_document(department_client, docs):
    assert department_client.get(f"{ADMIN}edit/{docs[0].pk}/").status_code == 200


def test_forged_delete_of_another_bodys_document_changes_nothing(department_client, docs):
    other = docs[1]
    assert department_client.post(f"{ADMIN}delete/{other.pk}/").status_code == 404
    assert LegalDocument.objects.filter(pk=other.pk).exists()


def test_forged_edit_of_another_bodys_document_changes_nothing(department_client, docs):
    other = docs[1]
    response = department_client.post(f"{ADMIN}edit/{other.pk}/", {"summary": "Sửa trộm"})
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.summary == "Văn bản của tỉnh"


def test_bulk_delete_of_another_bodys_document_is_refused(department_client, docs):
    own, other = docs
    department_client.post(f"/admin/bulk/documents/legaldocument/delete/?id={other.pk}&id={own.pk}")
    assert LegalDocument.objects.filter(pk=other.pk).exists()
    assert LegalDocument.objects.filter(pk=own.pk).exists()


def test_bulk_delete_of_own_document_works(department_client, docs):
    own = docs[0]
    department_client.post(f"/admin/bulk/documents/legaldocument/delete/?id={own.pk}")
    assert not LegalDocument.objects.filter(pk=own.pk).exists()


def test_add_form_offers_only_the_staffs_bodies(department_client, bodies):
    own, province = bodies
    form = department_client.get(f"{ADMIN}add/").context["form"]
    assert list(form.fields["issuing_body"].queryset) == [own]


def test_add_with_another_sites_body_is_refused(department_client, bodies):
    own, province = bodies
    response = department_client.post(f"{ADMIN}add/", {
        "number": "9/2024/QĐ-UBND", "document_type": 1, "issuing_body": province.pk, "scope": "province",
        "issue_date": "2024-03-01", "summary": "Giả mạo", "disclosure_form": "portal",
    })
    assert response.status_code == 200
    assert "issuing_body" in response.context["form"].errors
    assert not LegalDocument.objects.filter(summary="Giả mạo").exists()


def test_import_refuses_another_sites_body(department_staff, bodies):
    import io

    from cms.documents.importer import import_file

    csv = ("Số, ký hiệu,Loại văn bản,Cơ quan ban hành,Ngày ban hành,Trích yếu\n"
           "9/2024/QĐ-UBND,Quyết định,UBND,01/03/2024,Giả mạo\n")
    result = import_file(io.BytesIO(csv.encode("utf-8")), "van-ban.csv", user=department_staff)
    assert result.created == 0
    assert not LegalDocument.objects.filter(summary="Giả mạo").exists()


def test_component_staff_list_only_their_issuing_bodies(department_client, bodies):
    content = department_client.get("/admin/snippets/documents/issuingbody/").content.decode()
    assert "Sở Tư pháp" in content and "UBND tỉnh" not in content
