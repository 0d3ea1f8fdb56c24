from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core.admin_scoping import SiteScopedViewSetMixin, site_filter
from cms.documents.services import BODY_SCOPE

from .models import CatalogueItem, DisclosureRecord
from .models.record import SECTION_KINDS
from .services import DISCLOSURE_SCOPE


class DisclosureRecordFilterSet(WagtailFilterSet):
    site = site_filter(DISCLOSURE_SCOPE)

    class Meta:
        model = DisclosureRecord
        fields = ["kind", "category", "live", "site"]


class CatalogueItemFilterSet(WagtailFilterSet):
    site = site_filter(DISCLOSURE_SCOPE)

    class Meta:
        model = CatalogueItem
        fields = ["category", "site"]


class DisclosureRecordViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = DisclosureRecord
    site_scope = DISCLOSURE_SCOPE
    site_form_fields = {"issuing_body": BODY_SCOPE}
    icon = "doc-full"
    menu_label = _("Disclosure records")
    list_display = ["title", "kind", "category", Column("body_display", label=_("Body")), "published_on", "live"]
    filterset_class = DisclosureRecordFilterSet
    ordering = ["-published_on", "-pk"]

    def get_queryset(self, request):
        return DisclosureRecord.objects.select_related("issuing_body")


class CatalogueItemViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = CatalogueItem
    site_scope = DISCLOSURE_SCOPE
    site_form_fields = {"issuing_body": BODY_SCOPE}
    icon = "link"
    menu_label = _("Catalogue items published elsewhere")
    list_display = ["name", "category", Column("body_display", label=_("Body")), "published_on", "url"]
    filterset_class = CatalogueItemFilterSet

    def get_queryset(self, request):
        return CatalogueItem.objects.select_related("issuing_body")


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
