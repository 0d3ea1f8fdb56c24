"""Moderating comments on drafts and recording the decision on each one (for the report)."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from cms.core.admin_scoping import SiteScope, SiteScopedViewSetMixin, site_filter, user_records

from .models import ConsultationComment, ConsultationPage, Decision, ModerationStatus

COMMENT_SCOPE = SiteScope(page_field="consultation")
CONSULTATION_SCOPE = SiteScope(page_field="")


def _consultations(request):
    return user_records(ConsultationPage.objects.order_by("-closes_at"), request.user, CONSULTATION_SCOPE)


class CommentFilterSet(WagtailFilterSet):
    consultation = django_filters.ModelChoiceFilter(label=_("Consultation"), queryset=_consultations)
    site = site_filter(COMMENT_SCOPE)
    status = django_filters.ChoiceFilter(label=_("Moderation"), choices=ModerationStatus.choices)
    decision = django_filters.ChoiceFilter(label=_("Decision"), choices=Decision.choices)

    class Meta:
        model = ConsultationComment
        fields = ["consultation", "status", "decision", "site"]


class CommentAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") and not (cleaned.get("decision_reason") or "").strip():
            self.add_error("decision_reason", _("Give the reason for the decision; it is published in the report."))
        return cleaned


class CommentPermissionPolicy(ModelPermissionPolicy):
    """Comments come from the public form only."""

    def user_has_permission(self, user, action):
        return False if action == "add" else super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class CommentViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = ConsultationComment
    site_scope = COMMENT_SCOPE
    icon = "comment"
    menu_label = _("Comments on drafts")
    menu_order = 270
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    filterset_class = CommentFilterSet
    search_fields = ["author_name", "organisation", "text"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        TitleColumn("author_label", label=_("Author"), url_name="consultation_comment:edit"),
        Column("consultation", label=_("Consultation")),
        Column("part_label", label=_("Part")),
        Column("get_status_display", label=_("Moderation")),
        Column("get_decision_display", label=_("Decision")),
        DateColumn("created_at", label=_("Sent at")),
    ]
    edit_handler = ObjectList([
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("author_name", read_only=True), FieldPanel("organisation", read_only=True)]),
            FieldRowPanel([FieldPanel("email", read_only=True), FieldPanel("created_at", read_only=True)]),
            FieldPanel("part", read_only=True),
            FieldPanel("text", read_only=True),
        ], heading=_("Comment")),
        FieldPanel("status"),
        MultiFieldPanel([FieldPanel("decision"), FieldPanel("decision_reason")],
                        heading=_("Decision (for the report on how comments were taken into account)")),
    ], base_form_class=CommentAdminForm)

    def get_queryset(self, request):
        return ConsultationComment.objects.select_related("consultation")
