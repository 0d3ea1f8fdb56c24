"""Staff side of the Q&A in the Wagtail admin: the question list with deadlines, and the answer form."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.models import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.core.admin_scoping import SiteScopedViewSetMixin, site_filter

from . import services
from .models import QUESTION_SCOPE, QAField, Question, QuestionStatus


class QuestionFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=QuestionStatus.choices)
    due = django_filters.ChoiceFilter(label=_("Deadline"), method="filter_due",
                                      choices=[("soon", _("Due within 3 days")), ("overdue", _("Overdue"))])
    assigned_to = django_filters.ModelChoiceFilter(
        label=_("Assigned to"), queryset=lambda request: get_user_model().objects.filter(is_staff=True))
    site = site_filter(QUESTION_SCOPE)

    class Meta:
        model = Question
        fields = ["status", "field", "due", "assigned_to", "is_public", "site"]

    def filter_due(self, queryset, name, value):
        if value == "overdue":
            return queryset.overdue()
        if value == "soon":
            return queryset.due_within(3)
        return queryset


class QuestionAdminForm(WagtailAdminModelForm):
    transfer = forms.BooleanField(
        label=_("Turn into a formal information request"), required=False,
        help_text=_("When the law requires a request under the Law on Access to Information. "
                    "The question is closed and keeps the link to the request."),
    )

    def clean(self):
        cleaned = super().clean()
        has_answer = bool(strip_tags(cleaned.get("answer") or "").strip())
        if cleaned.get("is_public") and not has_answer:
            self.add_error("is_public", _("Write the answer before publishing the question."))
        if cleaned.get("transfer") and cleaned.get("is_public"):
            self.add_error("transfer", _("A question turned into a request cannot be published."))
        reference = (cleaned.get("info_request_reference") or "").strip().upper()
        if reference and not services.info_request_exists(reference):
            self.add_error("info_request_reference", _("No information request has this tracking code."))
        cleaned["info_request_reference"] = reference
        return cleaned


class QuestionEditView(EditView):
    def save_instance(self):
        return services.save_from_admin(self.form, self.request.user)


class QuestionPermissionPolicy(ModelPermissionPolicy):
    """Questions come from citizens through the public form; staff do not add them by hand."""

    def user_has_permission(self, user, action):
        return False if action == "add" else super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class QuestionViewSet(SiteScopedViewSetMixin, ModelViewSet):
    model = Question
    site_scope = QUESTION_SCOPE
    icon = "help"
    menu_label = _("Questions (Q&A)")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_view_class = QuestionEditView
    filterset_class = QuestionFilterSet
    search_fields = ["title", "question", "asker_name"]
    search_backend_name = None
    ordering = ["due_date"]
    list_per_page = 50
    list_display = [
        TitleColumn("display_title", label=_("Question"), url_name="qa_question:edit"),
        Column("field", label=pgettext_lazy("Q&A", "Field")),
        Column("get_status_display", label=_("Status")),
        Column("due_label", label=_("Answer due by")),
        Column("assigned_to", label=_("Assigned to")),
        Column("is_public", label=pgettext_lazy("Q&A status", "Published")),
    ]
    edit_handler = ObjectList([
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("asker_name", read_only=True), FieldPanel("asker_email", read_only=True)]),
            FieldRowPanel([FieldPanel("received_at", read_only=True), FieldPanel("due_date", read_only=True)]),
            FieldRowPanel([FieldPanel("status", read_only=True), FieldPanel("info_request_reference")]),
        ], heading=_("Received")),
        FieldPanel("field"),
        FieldPanel("title"),
        FieldPanel("question", help_text=_("You may remove personal details before publishing.")),
        FieldPanel("assigned_to"),
        FieldPanel("answer"),
        FieldPanel("is_public"),
        FieldPanel("transfer"),
    ], base_form_class=QuestionAdminForm)

    def get_queryset(self, request):
        return Question.objects.select_related("field", "assigned_to")


class QAFieldViewSet(SnippetViewSet):
    model = QAField
    icon = "tag"
    menu_label = _("Q&A fields")
    list_display = ["name", "slug", "sort_order"]
    add_to_admin_menu = False


