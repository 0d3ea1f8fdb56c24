from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from cms.sections.home import ORDER_DIRECTION, HomePanel

from . import services
from .admin_views import CopyRecurringView
from .models import ScheduleEntry


class ScheduleIndexView(IndexView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("schedule.add_scheduleentry"):
            buttons.append(HeaderButton(_("Copy last week's recurring entries"),
                                        url=reverse("schedule_copy_recurring"), icon_name="copy"))
        return buttons


class ScheduleEntryViewSet(SnippetViewSet):
    model = ScheduleEntry
    index_view_class = ScheduleIndexView
    icon = "date"
    menu_label = _("Work schedule")
    list_display = ["date", "time_display", "title", "leader_display", "location", "recurring"]
    list_filter = ["date", "recurring", "live"]
    ordering = ["-date", "start_time"]
    search_fields = ["title", "leader", "location"]
    add_to_admin_menu = True
    menu_order = 210


register_snippet(ScheduleEntryViewSet)


@hooks.register("register_admin_urls")
def schedule_admin_urls():
    return [path("schedule/copy-recurring/", CopyRecurringView.as_view(), name="schedule_copy_recurring")]


@hooks.register("portal_home_panels")
def schedule_panel(home, request):
    today = timezone.localdate()
    return HomePanel(ORDER_DIRECTION + 1, "schedule/panels/schedule.html",
                     {"entries": services.upcoming(today), "today": today})


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
