import datetime

import factory

from cms.disclosure.models import CatalogueItem, DisclosureRecord


class DisclosureRecordFactory(factory.django.DjangoModelFactory):
    """A published record (live=True) of the budget kind unless told otherwise."""

    class Meta:
        model = DisclosureRecord

    kind = "budget"
    title = factory.Sequence(lambda n: f"Công khai dự toán ngân sách số {n}")
    number = factory.Sequence(lambda n: f"{n + 1}/QĐ-UBND")
    body_name = "Ủy ban nhân dân tỉnh"
    category = "đ"
    created_on = datetime.date(2026, 11, 16)
    published_on = datetime.date(2026, 11, 18)
    fiscal_year = 2026
    budget_stage = "estimate"
    live = True
    first_published_at = factory.LazyFunction(lambda: datetime.datetime(2026, 11, 18, 9, tzinfo=datetime.UTC))


class CatalogueItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CatalogueItem

    category = "a"
    name = factory.Sequence(lambda n: f"Danh mục thủ tục hành chính số {n}")
    number = "1/QĐ-UBND"
    body_name = "Ủy ban nhân dân tỉnh"
    created_on = datetime.date(2026, 11, 2)
    published_on = datetime.date(2026, 11, 3)
    url = "https://dichvucong.gov.vn/thu-tuc"
