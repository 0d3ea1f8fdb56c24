"""The rating widget on every public page, its assets, the home panel and the editors' report."""

from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page, Site

from cms.sections.home import ORDER_SATISFACTION, HomePanel

from . import admin_views, services
from .reports import month_figure


@hooks.register("portal_slot_head")
def feedback_assets(context):
    return format_html('<link rel="stylesheet" href="{}"><script src="{}" defer></script>',
                       static("css/feedback.css"), static("js/feedback.js"))


@hooks.register("portal_slot_after_main")
def rating_widget(context):
    """The same HTML for every visitor (pages stay cacheable); only the page's own token is in it."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk or not page.live:
        return ""
    if request is not None and getattr(request, "is_preview", False):
        return ""
    thanked = request is not None and request.GET.get("danh-gia") == "cam-on"
    return render_to_string("feedback/widget.html", {
        "page_id": page.pk, "token": services.vote_token(page.pk), "thanked": thanked,
        "action": reverse("feedback:vote"),
    })


@hooks.register("portal_home_panels")
def satisfaction_panel(home, request):
    site = Site.find_for_request(request) or home.get_site()
    if site is None:
        return None
    return HomePanel(ORDER_SATISFACTION, "feedback/panels/satisfaction.html", {"figures": month_figure(site)})


@hooks.register("register_admin_urls")
def feedback_admin_urls():
    return [
        path("feedback/", admin_views.report, name="feedback_report"),
        path("feedback/moderate/", admin_views.moderate, name="feedback_moderate"),
        path("feedback/export.csv", admin_views.export_csv, name="feedback_export"),
    ]


class RatingsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("feedback.view_pagerating")


@hooks.register("register_reports_menu_item")
def ratings_menu_item():
    return RatingsMenuItem(_("Page ratings"), reverse("feedback_report"), icon_name="pick", order=100)


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
