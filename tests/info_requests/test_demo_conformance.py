"""Demo content and conformance checks of the request service."""

import pytest
from wagtail.models import Page

from cms.core.models import ProvinceSettings
from cms.requests.conformance import checks
from cms.requests.demo import build_demo_requests
from cms.requests.models import InfoRequest

pytestmark = pytest.mark.django_db


def test_demo_creates_requests_in_several_states_once(site, home):
    created = build_demo_requests(site, home, None)
    assert len(created) == 7
    states = set(InfoRequest.objects.values_list("state", flat=True))
    assert {"received", "in_progress", "extended", "answered", "refused", "transferred", "clarification"} <= states
    assert build_demo_requests(site, home, None) == []
    assert InfoRequest.objects.count() == 7


def fill_focal_point(site):
    settings = ProvinceSettings.for_site(site)
    settings.focal_unit = "Văn phòng Ủy ban nhân dân tỉnh"
    settings.focal_email = "tiepcanthongtin@tayninh.gov.vn"
    settings.save()


def test_conformance_passes_when_the_service_is_online(site):
    fill_focal_point(site)
    results = checks(site)
    statuses = {check.code: check.status for check in results}
    assert statuses["requests.service"] == "pass"
    assert statuses["requests.focal_point"] == "pass"


def test_conformance_fails_without_a_focal_point(site):
    settings = ProvinceSettings.for_site(site)
    settings.focal_email = settings.focal_phone = ""
    settings.save()
    statuses = {check.code: check.status for check in checks(site)}
    assert statuses["requests.focal_point"] == "fail"


def test_conformance_fails_when_the_form_page_is_unpublished(site, form_page):
    Page.objects.filter(pk=form_page.pk).update(live=False)  # behind the lock's back
    statuses = {check.code: check.status for check in checks(site)}
    assert statuses["requests.unreachable"] == "fail"
