from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Site
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from cms.core.admin_scoping import SiteScopedViewSetMixin, site_filter
from cms.core.sites import site_has_section
from cms.sections.home import ORDER_DIRECTION, HomePanel

from . import services
from .admin_views import CopyRecurringView
from .models import ScheduleEntry
from .services import LEADER_SCOPE, SCHEDULE_SCOPE


class ScheduleIndexView(IndexView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("schedule.add_scheduleentry"):
            buttons.append(HeaderButton(_("Copy last week's recurring entries"),
                                        url=reverse("schedule_copy_recurring"), icon_name="copy"))
        return buttons


class ScheduleEntryFilterSet(WagtailFilterSet):
    site = site_filter(SCHEDULE_SCOPE)

    class Meta:
        model = ScheduleEntry
        fields = ["date", "recurring", "live", "site"]


class ScheduleEntryViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = ScheduleEntry
    site_scope = SCHEDULE_SCOPE
    site_form_fields = {"leader_ref": LEADER_SCOPE}
    index_view_class = ScheduleIndexView
    icon = "date"
    menu_label = _("Work schedule")
    list_display = ["date", "time_display", "title", "leader_display", "location", "recurring"]
    filterset_class = ScheduleEntryFilterSet
    ordering = ["-date", "start_time"]
    search_fields = ["title", "leader", "location"]
    add_to_admin_menu = True
    menu_order = 210

    def get_queryset(self, request):
        return ScheduleEntry.objects.select_related("leader_ref")


register_snippet(ScheduleEntryViewSet)


@hooks.register("register_admin_urls")
def schedule_admin_urls():
    return [path("schedule/copy-recurring/", CopyRecurringView.as_view(), name="schedule_copy_recurring")]


@hooks.register("portal_home_panels")
def schedule_panel(home, request):
    site = (Site.find_for_request(request) if request is not None else None) or home.get_site()
    if site is not None and not site_has_section(site, "direction.schedule"):
        return None  # a component site's tree has no schedule section to link to (DESIGN.md §9)
    today = timezone.localdate()
    return HomePanel(ORDER_DIRECTION + 1, "schedule/panels/schedule.html",
                     {"entries": services.upcoming(today, site=site), "today": today})


@hooks.register("portal_slot_head")
def schedule_css(context):
    page = context.get("page")
    if page is None or getattr(page, "section_key", None) != "direction.schedule":
        return ""
    return format_html('<link rel="stylesheet" href="{}">', static("css/schedule.css"))


@hooks.register("portal_demo_content")
def schedule_demo(site, home, province):
    from .demo import demo_week

    return demo_week(site)
