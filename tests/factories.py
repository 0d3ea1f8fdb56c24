"""factory_boy factories shared by the whole suite."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model

from cms.news.models import NewsPage
from cms.sections.models import ContentPage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.gov.vn")
    password = factory.PostGenerationMethodCall("set_password", "matkhau-123")
    is_staff = True


class ContentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"Trang nội dung {n}")
    summary = "Tóm tắt nội dung trang."


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Tin tức số {n}")
    date = factory.LazyFunction(lambda: datetime.date(2026, 11, 20))
    summary = "Tóm tắt bản tin."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Nội dung bản tin.</p>")])
