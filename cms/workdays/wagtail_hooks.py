from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CalendarAdjustment


class CalendarAdjustmentViewSet(SnippetViewSet):
    """Editors record each year's swapped days from the government's notice, with the source."""

    model = CalendarAdjustment
    icon = "date"
    menu_label = _("Days off and make-up days")
    list_display = ["date", "kind", "reason", "source_document"]
    list_filter = ["kind"]
    ordering = ["-date"]
    add_to_admin_menu = True
    menu_order = 910


register_snippet(CalendarAdjustmentViewSet)
