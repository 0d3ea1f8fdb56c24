"""Factories of the registry's tests."""

import datetime

import factory

from cms.documents.models import DocumentRelation, DocumentType, IssuingBody, LegalDocument


def doc_type(name="Quyết định"):
    return DocumentType.objects.get(name=name)


def body(abbreviation="UBND"):
    return IssuingBody.objects.get(abbreviation=abbreviation)


class LegalDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LegalDocument

    number = factory.Sequence(lambda n: f"{n + 1}/2024/QĐ-UBND")
    document_type = factory.LazyFunction(doc_type)
    issuing_body = factory.LazyFunction(body)
    issue_date = datetime.date(2024, 3, 15)
    effective_date = datetime.date(2024, 4, 1)
    summary = factory.Sequence(lambda n: f"Ban hành quy định quản lý số {n} trên địa bàn tỉnh Tây Ninh")
    signer_name = "Nguyễn Văn Phong"
    signer_position = "Chủ tịch"
    live = True
    first_published_at = factory.LazyFunction(lambda: datetime.datetime(2024, 3, 16, 9, tzinfo=datetime.UTC))


class RelationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentRelation

    source = factory.SubFactory(LegalDocumentFactory)
    target = factory.SubFactory(LegalDocumentFactory)
    kind = "replaces"
