import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction

from cms.documents.models import LegalDocument, ValidityStatus
from cms.documents.numbering import normalise_number, validate_number
from cms.documents.validity import recompute

from .factories import LegalDocumentFactory, RelationFactory, body, doc_type

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("raw, expected", [
    ("Số: 12 / 2024 / QÐ-UBND", "12/2024/QĐ-UBND"),
    ("số 345/UBND - KT", "345/UBND-KT"),
    ("  45/KH-UBND ", "45/KH-UBND"),
    ("Số:1234/UBND–KT", "1234/UBND-KT"),
    ("12/2024/Q\u0110-UBND", "12/2024/QĐ-UBND"),
    ("15/2024/NQ-HĐND", "15/2024/NQ-HĐND"),
])
def test_number_is_normalised(raw, expected):
    assert normalise_number(raw) == expected


def test_decomposed_unicode_number_is_stored_in_nfc():
    document = LegalDocumentFactory(number="7/2024/NQ-HD\u0300ND".replace("D\u0300", "Đ"))
    document.refresh_from_db()
    assert document.number == "7/2024/NQ-HĐND"


@pytest.mark.parametrize("value", ["abc", "12/QĐ UBND", "/2024/QĐ-UBND", "12/2024/", "12-2024-QĐ"])
def test_invalid_number_is_refused(value):
    with pytest.raises(ValidationError):
        validate_number(normalise_number(value))


def test_number_is_unique_per_body_within_a_year():
    LegalDocumentFactory(number="12/2024/QĐ-UBND")
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalDocumentFactory(number="Số: 12/2024/QÐ-UBND")


def test_same_number_is_allowed_for_another_body_and_gets_a_distinct_slug():
    first = LegalDocumentFactory(number="45/KH-UBND")
    second = LegalDocumentFactory(number="45/KH-UBND", issuing_body=body("STP"))
    assert first.slug == "45-kh-ubnd"
    assert second.slug == "45-kh-ubnd-so-tu-phap"


def test_same_number_in_another_year_is_allowed():
    LegalDocumentFactory(number="45/KH-UBND", issue_date=datetime.date(2024, 1, 5), effective_date=None)
    later = LegalDocumentFactory(number="45/KH-UBND", issue_date=datetime.date(2025, 1, 5), effective_date=None)
    assert later.slug == "45-kh-ubnd-uy-ban-nhan-dan-tinh"


def test_slug_is_made_from_the_number():
    assert LegalDocumentFactory(number="12/2024/QĐ-UBND").slug == "12-2024-qd-ubnd"


def test_status_override_needs_a_reason_in_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalDocumentFactory(status_override=ValidityStatus.EXPIRED, status_override_reason="")


def test_status_override_wins_over_the_derived_status():
    document = LegalDocumentFactory(status_override=ValidityStatus.SUSPENDED,
                                    status_override_reason="Tạm ngưng theo Quyết định của Thủ tướng")
    assert document.validity_status == ValidityStatus.SUSPENDED


def test_status_is_not_yet_in_force_before_the_effective_date():
    document = LegalDocumentFactory(issue_date=datetime.date.today(),
                                    effective_date=datetime.date.today() + datetime.timedelta(days=10))
    assert document.validity_status == ValidityStatus.NOT_YET
    assert document.validity_computed_on == datetime.date.today()


def test_daily_recompute_turns_not_yet_into_in_force():
    today = datetime.date.today()
    document = LegalDocumentFactory(issue_date=today, effective_date=today + datetime.timedelta(days=1))
    assert document.validity_status == ValidityStatus.NOT_YET
    call_command("recompute_validity", "--date", (today + datetime.timedelta(days=1)).isoformat(), verbosity=0)
    document.refresh_from_db()
    assert document.validity_status == ValidityStatus.IN_FORCE
    assert document.validity_computed_on == today + datetime.timedelta(days=1)


def test_expiry_date_ends_the_force():
    document = LegalDocumentFactory(expiry_date=datetime.date(2025, 1, 1))
    assert document.validity_status == ValidityStatus.EXPIRED


def test_repeal_ends_the_force_from_the_relation_effective_date():
    old = LegalDocumentFactory(number="9/2021/QĐ-UBND", issue_date=datetime.date(2021, 4, 12),
                               effective_date=datetime.date(2021, 4, 25))
    new = LegalDocumentFactory(number="40/2025/QĐ-UBND", issue_date=datetime.date(2025, 8, 28),
                               effective_date=datetime.date(2025, 9, 10))
    RelationFactory(source=new, target=old, kind="repeals")
    recompute(today=datetime.date(2025, 9, 9))
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.IN_FORCE
    recompute(today=datetime.date(2025, 9, 10))
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.EXPIRED


def test_saving_a_replacing_relation_updates_the_target_at_once():
    old = LegalDocumentFactory()
    RelationFactory(target=old, kind="replaces", source=LegalDocumentFactory(effective_date=datetime.date(2024, 5, 1)))
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.EXPIRED


def test_repeal_of_named_articles_is_partial():
    old = LegalDocumentFactory()
    RelationFactory(target=old, kind="repeals", articles="Điều 3")
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.PARTLY_EXPIRED


def test_suspension_of_articles_is_partly_suspended():
    old = LegalDocumentFactory()
    RelationFactory(target=old, kind="suspends", articles="Điều 5, Điều 7")
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.PARTLY_SUSPENDED


def test_amendment_does_not_end_the_force():
    old = LegalDocumentFactory()
    RelationFactory(target=old, kind="amends", articles="Điều 2")
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.IN_FORCE


def test_an_unpublished_repealing_draft_does_not_change_the_target():
    old = LegalDocumentFactory()
    RelationFactory(target=old, kind="repeals", source=LegalDocumentFactory(live=False))
    old.refresh_from_db()
    assert old.validity_status == ValidityStatus.IN_FORCE


def test_folded_text_holds_number_type_body_and_summary():
    document = LegalDocumentFactory(number="12/2024/QĐ-UBND", summary="Bảng giá đất")
    assert "12/2024/qd-ubnd" in document.search_folded
    assert "quyet dinh" in document.search_folded
    assert "uy ban nhan dan tinh" in document.search_folded
    assert "bang gia dat" in document.search_folded


def test_standard_types_are_seeded_with_abbreviations():
    assert doc_type("Nghị quyết").abbreviation == "NQ"
    assert doc_type("Quy định").abbreviation == "QyĐ"
    assert doc_type("Nghị quyết").normative is True
    assert LegalDocument.objects.count() == 0
