import datetime

import factory
from django.utils import timezone

from cms.feedback.models import PageRating


class PageRatingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PageRating

    day = factory.LazyFunction(timezone.localdate)
    visitor_hash = factory.Sequence(lambda n: f"{n:064x}")
    useful = True

    @classmethod
    def on(cls, page, day=None, **kwargs):
        return cls(page=page, day=day or timezone.localdate(), section_key=kwargs.pop("section_key", ""), **kwargs)


def days_ago(n):
    return timezone.localdate() - datetime.timedelta(days=n)
