from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CatalogueItem, DisclosureRecord
from .models.record import SECTION_KINDS


class DisclosureRecordViewSet(SnippetViewSet):
    model = DisclosureRecord
    icon = "doc-full"
    menu_label = _("Disclosure records")
    list_display = ["title", "kind", "category", "published_on", "live"]
    list_filter = ["kind", "category", "live"]
    ordering = ["-published_on", "-pk"]


class CatalogueItemViewSet(SnippetViewSet):
    model = CatalogueItem
    icon = "link"
    menu_label = _("Catalogue items published elsewhere")
    list_display = ["name", "category", "published_on", "url"]
    list_filter = ["category"]


class DisclosureGroup(SnippetViewSetGroup):
    items = (DisclosureRecordViewSet, CatalogueItemViewSet)
    menu_icon = "doc-full"
    menu_label = _("Public disclosure")
    menu_order = 220


register_snippet(DisclosureGroup)

STYLED_SECTIONS = set(SECTION_KINDS) | {"access_to_information.catalogue"}


@hooks.register("portal_slot_head")
def disclosure_css(context):
    page = context.get("page")
    if page is None or getattr(page, "section_key", None) not in STYLED_SECTIONS:
        return ""
    return format_html('<link rel="stylesheet" href="{}">', static("css/disclosure.css"))


@hooks.register("portal_conformance_checks")
def disclosure_checks(site):
    from .conformance import checks

    return checks(site)


@hooks.register("portal_demo_content")
def disclosure_demo(site, home, province):
    from .demo import demo_records

    return demo_records(site)
