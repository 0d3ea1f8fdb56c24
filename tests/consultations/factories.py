import datetime

import factory
import wagtail_factories
from django.utils import timezone

from cms.consultations.models import ConsultationComment, ConsultationPage


class ConsultationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ConsultationPage

    title = factory.Sequence(lambda n: f"Dự thảo Quyết định số {n}")
    summary = "Dự thảo quy định về quản lý chợ trên địa bàn tỉnh."
    issuing_body = "Sở Công Thương"
    draft_document = factory.SubFactory(wagtail_factories.DocumentFactory)
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=5))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=25))
    parts = "Điều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng"


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsultationComment

    author_name = "Lê Văn Cường"
    email = "cuong@example.vn"
    text = "Đề nghị bổ sung quy định về giờ mở cửa chợ."
    consent_at = factory.LazyFunction(timezone.now)
