from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from cms.sections.home import ORDER_CONSULTATIONS, HomePanel

from .admin import CommentPermissionPolicy, CommentViewSet
from .models import ConsultationComment, ConsultationIndexPage, ConsultationPage

register_permission_policy(ConsultationComment, CommentPermissionPolicy(ConsultationComment))


@hooks.register("register_admin_viewset")
def comment_viewset():
    return CommentViewSet("consultation_comment", url_prefix="consultations/comments")


@hooks.register("portal_slot_head")
def consultation_assets(context):
    if not isinstance(context.get("page"), ConsultationIndexPage | ConsultationPage):
        return ""
    return format_html('<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
                       static("css/qa.css"), static("css/consultations.css"))


@hooks.register("portal_home_panels")
def open_consultations_panel(home, request):
    now = timezone.now()
    from cms.sections.layout import public

    items = (public(ConsultationPage.objects.descendant_of(home).live(), request)
             .filter(opens_at__lte=now, closes_at__gt=now, finished=False).order_by("closes_at")
             .only("id", "title", "url_path", "closes_at", "path", "depth")[:5])
    return HomePanel(ORDER_CONSULTATIONS, "consultations/panels/open_consultations.html", {"items": list(items)})


@hooks.register("portal_indicators")
def participation_indicators(site, date_from, date_to):
    from .indicators import indicators

    return indicators(site, date_from, date_to)


@hooks.register("portal_conformance_checks")
def participation_checks(site):
    from .indicators import checks

    return checks(site)


@hooks.register("portal_demo_content")
def participation_demo(site, home, province):
    from .demo import build_demo

    return build_demo(site, home, province)


@hooks.register("portal_component_demo_content")
def component_consultations_demo(site, home, province):
    from .demo import build_component_demo

    return build_component_demo(site, home, site.portal_profile.name)
