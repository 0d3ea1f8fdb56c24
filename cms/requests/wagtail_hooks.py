"""Registration: the admin viewset, the public CSS, indicators, conformance checks and demo content."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_viewset import InfoRequestViewSet, RequestPermissionPolicy
from .models import InfoRequest

register_permission_policy(InfoRequest, RequestPermissionPolicy(InfoRequest))


@hooks.register("register_admin_viewset")
def register_requests_viewset():
    return InfoRequestViewSet("inforequest")


@hooks.register("portal_slot_head")
def requests_assets(context):
    page = context.get("page")
    from .models import RequestFormPage, RequestLookupPage, RequestStatisticsPage

    if isinstance(page, (RequestFormPage, RequestLookupPage, RequestStatisticsPage)):
        return format_html('<link rel="stylesheet" href="{}">', static("css/requests.css"))
    return ""


@hooks.register("portal_indicators")
def request_indicators(site, date_from, date_to):
    from .statistics import indicators

    return indicators(site, date_from, date_to)


@hooks.register("portal_conformance_checks")
def request_conformance(site):
    from .conformance import checks

    return checks(site)


@hooks.register("portal_demo_content")
def request_demo(site, home, province):
    from .demo import build_demo_requests

    return build_demo_requests(site, home, province)
