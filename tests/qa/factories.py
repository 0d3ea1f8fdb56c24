import datetime

import factory
from django.utils import timezone

from cms.qa.models import QAField, Question, QuestionStatus


class QAFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QAField
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    field = factory.SubFactory(QAFieldFactory)
    asker_name = "Nguyễn Văn An"
    asker_email = "an@example.vn"
    question = "Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu cần những giấy tờ gì?"
    consent_at = factory.LazyFunction(timezone.now)
    received_at = factory.LazyFunction(timezone.now)
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=20))


class PublishedQuestionFactory(QuestionFactory):
    status = QuestionStatus.ANSWERED
    answer = "<p>Hồ sơ gồm đơn đăng ký và giấy tờ về quyền sử dụng đất.</p>"
    answered_at = factory.LazyFunction(timezone.now)
    is_public = True
    published_at = factory.LazyFunction(timezone.now)
