import pytest

from .factories import LegalDocumentFactory

pytestmark = pytest.mark.django_db


def test_admin_list_filters_and_searches_without_accents(admin_client):
    LegalDocumentFactory(number="12/2024/QĐ-UBND", summary="Bảng giá đất")
    LegalDocumentFactory(number="13/2024/QĐ-UBND", summary="Học phí")
    response = admin_client.get("/admin/snippets/documents/legaldocument/", {"q": "bang gia"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "12/2024/QĐ-UBND" in content and "13/2024/QĐ-UBND" not in content


def test_admin_edit_page_and_history_open(admin_client):
    document = LegalDocumentFactory()
    assert admin_client.get(f"/admin/snippets/documents/legaldocument/edit/{document.pk}/").status_code == 200
    assert admin_client.get(f"/admin/snippets/documents/legaldocument/history/{document.pk}/").status_code == 200
    assert admin_client.get("/admin/snippets/documents/documenttype/").status_code == 200
    assert admin_client.get("/admin/documents-registry/import/").status_code == 200
    assert admin_client.get("/admin/documents-registry/import/template.xlsx").status_code == 200


def test_conformance_reports_the_registry_and_late_documents(site):
    import datetime

    from django.utils import timezone

    from cms.documents.conformance import checks

    today = timezone.localdate()
    issued = today - datetime.timedelta(days=30)
    LegalDocumentFactory(issue_date=issued, effective_date=None,
                         first_published_at=timezone.now() - datetime.timedelta(days=2))
    codes = {check.code: check for check in checks(site, today=today)}
    assert codes["documents.registry"].status == "pass"
    assert codes["documents.late"].status == "warn"
    assert codes["documents.late"].details["count"] == 1


def test_demo_content_is_realistic_and_idempotent(site, home):
    from cms.documents.demo import build_demo_documents
    from cms.documents.models import LegalDocument, ValidityStatus
    from cms.sections import standard

    province = standard.find_province("Tây Ninh")
    created = build_demo_documents(province)
    assert 30 <= len(created) <= 60
    assert build_demo_documents(province) == []
    statuses = set(LegalDocument.objects.values_list("validity_status", flat=True))
    assert {ValidityStatus.IN_FORCE, ValidityStatus.EXPIRED, ValidityStatus.NOT_YET,
            ValidityStatus.PARTLY_SUSPENDED} <= statuses
