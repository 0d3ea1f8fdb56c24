"""The beacon script on public pages, this app's indicators, the dashboard and its home-page panel."""

import datetime

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from cms.core.admin_scoping import report_site

from . import admin_views, indicators, stats
from .charts import bar_chart


@hooks.register("portal_slot_head")
def beacon_script(context):
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        return ""
    return format_html('<script src="{}" data-beacon="{}" defer></script>',
                       static("js/analytics.js"), reverse("analytics:beacon"))


@hooks.register("portal_indicators")
def engagement_indicators(site, date_from, date_to):
    return stats.site_figures(site, date_from, date_to)


@hooks.register("register_admin_urls")
def analytics_admin_urls():
    return [
        path("analytics/", admin_views.dashboard, name="analytics_dashboard"),
        path("analytics/export.csv", admin_views.export_csv, name="analytics_export"),
    ]


@hooks.register("register_reports_menu_item")
def analytics_menu_item():
    return MenuItem(_("Interaction indicators"), reverse("analytics_dashboard"), icon_name="table", order=50)


class IndicatorsPanel(Component):
    name = "portal_indicators"
    template_name = "analytics/panels/home.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        site = report_site(self.request)  # a component site's staff see their own site's figures
        date_to = timezone.localdate()
        date_from = date_to - datetime.timedelta(days=29)
        stats.refresh(date_to, date_to)
        figures = indicators.collect(site, date_from, date_to) if site else {}
        chart = bar_chart(stats.daily_series(site, date_from, date_to), _("Visits per day"), _("visits")) if site else ""
        return {"figures": figures, "chart": chart}


@hooks.register("construct_homepage_panels")
def add_indicators_panel(request, panels):
    panels.append(IndicatorsPanel(request))
