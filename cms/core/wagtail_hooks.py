from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SiteNotice


class SiteNoticeViewSet(SnippetViewSet):
    model = SiteNotice
    icon = "warning"
    menu_label = _("Site notices")
    list_display = ["message", "kind", "show_from", "show_until"]
    list_filter = ["kind"]
    add_to_admin_menu = True
    menu_order = 900


register_snippet(SiteNoticeViewSet)
