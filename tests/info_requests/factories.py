"""Requests made the way citizens make them: through services.submit_request."""

import datetime
import uuid

import factory
from django.utils import timezone
from wagtail.models import Site

from cms.requests import services
from cms.requests.models import InfoRequest

VALID_POST = {
    "requester_kind": "individual",
    "nationality": "vietnamese",
    "capacity": "self",
    "full_name": "Nguyễn Thị Lan",
    "address": "Số 5 đường Lê Lợi, phường Tân Ninh, tỉnh Tây Ninh",
    "id_type": "cccd",
    "id_number": "072190001122",
    "phone": "0912 345 678",
    "email": "lan.nguyen@example.vn",
    "information_requested": "Quyết định phê duyệt quy hoạch chi tiết khu dân cư Ninh Sơn.",
    "purpose": "Tìm hiểu trước khi mua nhà.",
    "delivery": "online",
    "copies": "1",
    "privacy_confirmed": "on",
}


class InfoRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InfoRequest

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    full_name = "Nguyễn Thị Lan"
    address = "Số 5 đường Lê Lợi, phường Tân Ninh"
    id_type = "cccd"
    id_number = "072190001122"
    phone = "0912345678"
    email = factory.Sequence(lambda n: f"nguoi{n}@example.vn")
    information_requested = "Quyết định phê duyệt quy hoạch chi tiết khu dân cư Ninh Sơn."
    purpose = "Tìm hiểu trước khi mua nhà."
    received_on = None  # a date: moves the receipt back in time after submission

    @classmethod
    def _create(cls, model_class, site, received_on=None, **fields):
        req, _created = services.submit_request(site, fields, token=uuid.uuid4(), notice_version="2026-11")
        if received_on is not None:
            received_at = timezone.make_aware(datetime.datetime.combine(received_on, datetime.time(9, 0)))
            InfoRequest.objects.filter(pk=req.pk).update(received_at=received_at)
            req.refresh_from_db()
            services._refresh(req)
        return req
