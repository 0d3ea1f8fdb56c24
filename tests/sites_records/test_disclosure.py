"""Disclosure records and the catalogue per body: a department's site shows its own; the province's shows all."""

import datetime
import json

import pytest

from cms.disclosure.models import CatalogueItem, CataloguePage, DisclosureRecord, DisclosureSectionPage
from cms.documents.models import IssuingBody
from cms.documents.tests.factories import LegalDocumentFactory
from tests.disclosure.factories import CatalogueItemFactory, DisclosureRecordFactory

from .conftest import DEPARTMENT_HOST, add_section

pytestmark = pytest.mark.django_db

ADMIN = "/admin/snippets/disclosure/disclosurerecord/"
ITEMS_ADMIN = "/admin/snippets/disclosure/catalogueitem/"
OWN, OTHER, FREE = "Dự toán ngân sách của Sở", "Dự toán ngân sách của tỉnh", "Quyết toán ghi tên cơ quan"


@pytest.fixture
def bodies(department):
    return IssuingBody.objects.get(name="Sở Tư pháp"), IssuingBody.objects.get(abbreviation="UBND")


@pytest.fixture
def records(bodies):
    own, province = bodies
    return (DisclosureRecordFactory(issuing_body=own, body_name="", title=OWN),
            # published late (Art. 18(4)): it would show among the gaps of whichever catalogue lists it
            DisclosureRecordFactory(issuing_body=province, body_name="", title=OTHER,
                                    created_on=datetime.date(2026, 10, 1)),
            DisclosureRecordFactory(title=FREE))  # a free-text body is the province's


@pytest.fixture
def items(bodies):
    own, province = bodies
    return (CatalogueItemFactory(issuing_body=own, body_name="", name="Danh mục liên kết của Sở"),
            CatalogueItemFactory(issuing_body=province, body_name="", name="Danh mục liên kết của tỉnh"))


@pytest.fixture
def documents(bodies):
    own, province = bodies
    return (LegalDocumentFactory(number="5/2026/QĐ-STP", issuing_body=own),
            LegalDocumentFactory(number="7/2026/QĐ-UBND", issuing_body=province))


@pytest.fixture
def budget_page(department):
    return add_section(department, DisclosureSectionPage, "ngan-sach", "public_disclosure.budget")


@pytest.fixture
def catalogue_page(department):
    return add_section(department, CataloguePage, "danh-muc", "access_to_information.catalogue")


def _get(client, page, suffix="", **params):
    return client.get(page.url + suffix, params, HTTP_HOST=DEPARTMENT_HOST)


def test_component_section_lists_only_its_bodys_records(client, records, budget_page):
    content = _get(client, budget_page).content.decode()
    assert OWN in content and OTHER not in content and FREE not in content


def test_component_section_filter_offers_only_its_body(client, records, budget_page, bodies):
    form = _get(client, budget_page).context["filter_form"]
    assert [pk for pk, _name in form.fields["co_quan"].choices if pk] == [str(bodies[0].pk)]


def test_component_section_does_not_open_another_bodys_record(client, records, budget_page):
    own, other, _free = records
    assert _get(client, budget_page, f"{own.pk}-{own.slug}/").status_code == 200
    assert _get(client, budget_page, f"{other.pk}-{other.slug}/").status_code == 404
    assert _get(client, budget_page, f"{other.pk}/tep/1/").status_code == 404


def test_province_section_lists_every_bodys_records(client, records, section):
    content = client.get(section("public_disclosure.budget").url).content.decode()
    assert OWN in content and OTHER in content and FREE in content


def test_component_catalogue_lists_only_its_bodys_items(client, records, items, documents, catalogue_page):
    content = _get(client, catalogue_page).content.decode()
    assert OWN in content and "Danh mục liên kết của Sở" in content and "5/2026/QĐ-STP" in content
    for other in (OTHER, FREE, "Danh mục liên kết của tỉnh", "7/2026/QĐ-UBND"):
        assert other not in content  # neither in the rows nor among the late items


def test_component_catalogue_filter_offers_only_its_bodies(client, catalogue_page, bodies):
    form = _get(client, catalogue_page).context["filter_form"]
    assert [pk for pk, _name in form.fields["co_quan"].choices if pk] == [str(bodies[0].pk)]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_component_catalogue_export_holds_only_its_items(client, records, items, documents, catalogue_page, fmt):
    response = _get(client, catalogue_page, f"xuat/{fmt}/")
    content = response.content.decode("utf-8-sig")
    assert OWN in content and "Danh mục liên kết của Sở" in content and "5/2026/QĐ-STP" in content
    assert OTHER not in content and "Danh mục liên kết của tỉnh" not in content and "7/2026/QĐ-UBND" not in content
    if fmt == "json":
        assert json.loads(content)["count"] == 3


def test_component_catalogue_xlsx_holds_only_its_items(client, records, catalogue_page):
    import io

    from openpyxl import load_workbook

    response = _get(client, catalogue_page, "xuat/xlsx/")
    cells = [cell for row in load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True)
             for cell in row]
    assert OWN in cells and OTHER not in cells and FREE not in cells


def test_province_catalogue_lists_every_body(client, records, items, documents, section):
    content = client.get(section("access_to_information.catalogue").url).content.decode()
    for name in (OWN, OTHER, FREE, "Danh mục liên kết của Sở", "Danh mục liên kết của tỉnh", "5/2026/QĐ-STP",
                 "7/2026/QĐ-UBND"):
        assert name in content


def test_component_staff_list_only_their_records(department_client, records):
    content = department_client.get(ADMIN).content.decode()
    assert OWN in content and OTHER not in content and FREE not in content


def test_province_staff_list_every_record_and_filter_by_site(province_client, records, department):
    content = province_client.get(ADMIN).content.decode()
    assert OWN in content and OTHER in content and FREE in content
    content = province_client.get(ADMIN, {"site": department.pk}).content.decode()
    assert OWN in content and OTHER not in content and FREE not in content


def test_component_staff_cannot_pick_another_site_in_the_filter(department_client, records, site):
    content = department_client.get(ADMIN, {"site": site.pk}).content.decode()
    assert OTHER not in content and FREE not in content


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage", "unpublish"])
def test_component_staff_cannot_open_another_bodys_record(department_client, records, view):
    assert department_client.get(f"{ADMIN}{view}/{records[1].pk}/").status_code == 404


def test_forged_lock_of_another_bodys_record_changes_nothing(department_client, records):
    other = records[1]
    assert department_client.post(f"{ADMIN}lock/{other.pk}/").status_code == 404
    other.refresh_from_db()
    assert not other.locked


def test_component_staff_open_their_record(department_client, records):
    assert department_client.get(f"{ADMIN}edit/{records[0].pk}/").status_code == 200


def test_forged_edit_of_another_bodys_record_changes_nothing(department_client, records):
    other = records[1]
    response = department_client.post(f"{ADMIN}edit/{other.pk}/", {"title": "Sửa trộm", "kind": "budget"})
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.title == OTHER


def test_forged_delete_of_another_bodys_record_changes_nothing(department_client, records):
    other = records[1]
    assert department_client.post(f"{ADMIN}delete/{other.pk}/").status_code == 404
    assert DisclosureRecord.objects.filter(pk=other.pk).exists()


def test_bulk_delete_with_another_bodys_record_is_refused(department_client, records):
    own, other, _free = records
    department_client.post(f"/admin/bulk/disclosure/disclosurerecord/delete/?id={other.pk}&id={own.pk}")
    assert DisclosureRecord.objects.filter(pk__in=[own.pk, other.pk]).count() == 2


def test_bulk_delete_of_own_record_works(department_client, records):
    own = records[0]
    department_client.post(f"/admin/bulk/disclosure/disclosurerecord/delete/?id={own.pk}")
    assert not DisclosureRecord.objects.filter(pk=own.pk).exists()


def test_add_form_offers_only_the_staffs_body(department_client, bodies):
    form = department_client.get(f"{ADMIN}add/").context["form"]
    assert list(form.fields["issuing_body"].queryset) == [bodies[0]]
    assert form.fields["issuing_body"].required  # a free-text body would make the record the province's


def test_add_with_another_sites_body_is_refused(department_client, bodies):
    response = department_client.post(f"{ADMIN}add/", {
        "kind": "budget", "title": "Giả mạo", "category": "đ", "issuing_body": bodies[1].pk,
        "created_on": "2026-11-16", "disclosure_form": "portal", "fiscal_year": "2026", "budget_stage": "estimate",
        "attachments-TOTAL_FORMS": "0", "attachments-INITIAL_FORMS": "0",
    })
    assert response.status_code == 200
    assert "issuing_body" in response.context["form"].errors
    assert not DisclosureRecord.objects.filter(title="Giả mạo").exists()


def test_component_staff_list_only_their_catalogue_items(department_client, items):
    content = department_client.get(ITEMS_ADMIN).content.decode()
    assert "Danh mục liên kết của Sở" in content and "Danh mục liên kết của tỉnh" not in content


def test_province_staff_filter_catalogue_items_by_site(province_client, items, department):
    content = province_client.get(ITEMS_ADMIN).content.decode()
    assert "Danh mục liên kết của Sở" in content and "Danh mục liên kết của tỉnh" in content
    content = province_client.get(ITEMS_ADMIN, {"site": department.pk}).content.decode()
    assert "Danh mục liên kết của Sở" in content and "Danh mục liên kết của tỉnh" not in content


def test_forged_edit_and_delete_of_another_bodys_catalogue_item_change_nothing(department_client, items):
    own, other = items
    assert department_client.get(f"{ITEMS_ADMIN}edit/{own.pk}/").status_code == 200
    response = department_client.post(f"{ITEMS_ADMIN}edit/{other.pk}/", {"name": "Sửa trộm"})
    assert response.status_code == 404
    assert department_client.post(f"{ITEMS_ADMIN}delete/{other.pk}/").status_code == 404
    assert CatalogueItem.objects.get(pk=other.pk).name == "Danh mục liên kết của tỉnh"
