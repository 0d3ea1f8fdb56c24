"""Conformance checks of the request service (DESIGN.md §6): reachable, a focal point, no forgotten requests."""

import logging

from django.test import RequestFactory
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from cms.sections.conformance import FAIL, PASS, WARN, Check

from .models import InfoRequest, RequestFormPage, RequestLookupPage, RequestStatisticsPage

logger = logging.getLogger(__name__)

PAGES = [
    ("access_to_information.request", RequestFormPage),
    ("access_to_information.lookup", RequestLookupPage),
    ("access_to_information.statistics", RequestStatisticsPage),
]


def _reachable(page, site):
    """Render the page in-process as an anonymous visitor would get it."""
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get(page.url or "/", HTTP_HOST=site.hostname if site.hostname != "*" else "localhost")
    request.user = AnonymousUser()
    request.session = {}
    try:
        response = page.serve(request)
        if hasattr(response, "render"):
            response.render()
        return response.status_code == 200
    except Exception:  # noqa: BLE001 - any failure means the service is not reachable
        logger.exception("request form does not render")
        return False


def checks(site):
    root = site.root_page
    results = []
    for key, model in PAGES:
        page = model.objects.filter(path__startswith=root.path, section_key=key).first()
        if page is None:
            results.append(Check("requests.page_type", FAIL, _("The section “%(key)s” is not served by the request "
                                                               "service.") % {"key": key}, {"key": key}))
            continue
        restricted = PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).exists()
        if not page.live or restricted:
            results.append(Check("requests.unreachable", FAIL, _("The page “%(title)s” is not public.")
                                 % {"title": page.title}, {"key": key}))
        elif key == "access_to_information.request" and not _reachable(page, site):
            results.append(Check("requests.unreachable", FAIL, _("The request form does not open."), {"key": key}))
    if not any(check.status == FAIL for check in results):
        results.append(Check("requests.service", PASS, _("The request form, look-up and statistics are online.")))
    from cms.core.models import ProvinceSettings

    province = ProvinceSettings.for_site(site)
    if not (province.focal_unit and (province.focal_email or province.focal_phone)):
        results.append(Check("requests.focal_point", FAIL, _(
            "Requesters have no focal point to contact: fill in the focal unit and its email or phone.")))
    else:
        results.append(Check("requests.focal_point", PASS, _("Requesters can reach the focal point.")))
    overdue = InfoRequest.objects.for_site(site).overdue().count()
    if overdue:
        results.append(Check("requests.overdue", WARN, _("%(count)d information requests are overdue.")
                             % {"count": overdue}, {"count": overdue}))
    return results
