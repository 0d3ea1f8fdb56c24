"""The requests list in the Wagtail admin, with its filters; the detail, actions and forms are custom views."""

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from cms.core.admin_scoping import SiteScope, SiteScopedViewSetMixin, site_filter
from cms.workdays.services import add_working_days

from . import admin_views
from .models import InfoRequest
from .states import Complexity, State

DUE_SOON_WORKING_DAYS = 2
REQUEST_SCOPE = SiteScope("site")


class InfoRequestFilterSet(WagtailFilterSet):
    state = django_filters.MultipleChoiceFilter(label=_("State"), choices=State.choices)
    complexity = django_filters.ChoiceFilter(label=_("Complexity"), choices=Complexity.choices)
    due = django_filters.ChoiceFilter(
        label=_("Deadline"), method="filter_due",
        choices=[("soon", _("Due within 2 working days")), ("overdue", _("Overdue")), ("paused", _("Clock stopped"))])
    assignee = django_filters.ModelChoiceFilter(label=_("Officer"), queryset=lambda request: get_user_model().objects
                                                .filter(is_staff=True).order_by("username"))
    department = django_filters.ModelChoiceFilter(label=_("Department"), queryset=lambda request: Group.objects.all())
    site = site_filter(REQUEST_SCOPE)

    class Meta:
        model = InfoRequest
        fields = ["state", "complexity", "due", "assignee", "department", "site"]

    def filter_due(self, queryset, name, value):
        today = timezone.localdate()
        if value == "soon":
            return queryset.due_within(add_working_days(today, DUE_SOON_WORKING_DAYS), today)
        if value == "overdue":
            return queryset.overdue(today)
        if value == "paused":
            return queryset.open().filter(clock_paused=True)
        return queryset


class RequestPermissionPolicy(ModelPermissionPolicy):
    """Entries of the register are never added or deleted by hand: they come from the form and stay."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class InfoRequestViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = InfoRequest
    site_scope = REQUEST_SCOPE
    icon = "mail"
    menu_label = _("Information requests")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    filterset_class = InfoRequestFilterSet
    search_fields = ["tracking_code", "full_name", "email", "phone", "information_requested"]
    search_backend_name = None
    list_per_page = 50
    ordering = ["-received_at"]
    list_display = [
        TitleColumn("register_label", label=_("No."), url_name="inforequest:edit"),
        Column("display_code", label=_("Tracking code")),
        Column("get_state_display", label=_("State")),
        Column("get_complexity_display", label=_("Complexity")),
        DateColumn("due_date", label=_("Next due date")),
        Column("assignee", label=_("Officer")),
        Column("department", label=_("Department")),
        DateColumn("received_at", label=_("Received")),
        Column("site", label=pgettext_lazy("component site", "Site")),
    ]

    def get_queryset(self, request):
        return InfoRequest.objects.select_related("assignee", "department")

    def get_permissions_to_register(self):
        from django.contrib.auth.models import Permission
        from django.contrib.contenttypes.models import ContentType

        return Permission.objects.filter(content_type=ContentType.objects.get_for_model(InfoRequest))

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", admin_views.new_view, name="add"),
            path("delete/<int:pk>/", admin_views.no_delete_view, name="delete"),
            path("history/<int:pk>/", admin_views.to_detail_view, name="history"),
            path("history-results/<int:pk>/", admin_views.to_detail_view, name="history_results"),
            path("usage/<int:pk>/", admin_views.to_detail_view, name="usage"),
            path("edit/<int:pk>/", admin_views.DetailView.as_view(), name="edit"),
            path("action/<int:pk>/<str:name>/", admin_views.ActionView.as_view(), name="action"),
            path("document/<int:pk>/<str:code>/", admin_views.document_view, name="document"),
            path("file/<int:pk>/<int:file_pk>/", admin_views.file_view, name="file"),
        ]
