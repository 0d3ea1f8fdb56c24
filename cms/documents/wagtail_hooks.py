"""Admin (snippet viewsets, import page), home panel, conformance checks, demo content and assets."""

from django import forms
from django.templatetags.static import static
from django.urls import path, re_path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core.admin_scoping import SiteScopedViewSetMixin
from cms.sections.home import ORDER_DOCUMENTS, HomePanel

from . import admin_views
from .models import DocumentType, Field, IssuingBody, LegalDocument
from .services import BODY_SCOPE, DOCUMENT_SCOPE


class LegalDocumentViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = LegalDocument
    site_scope = DOCUMENT_SCOPE
    site_form_fields = {"issuing_body": BODY_SCOPE}
    icon = "doc-full"
    menu_label = _("Legal documents")
    menu_order = 100
    add_to_admin_menu = False
    list_display = [
        "number", Column("document_type", label=_("Type")), Column("issuing_body", label=_("Issuing body")),
        DateColumn("issue_date", label=_("Issue date")),
        Column("get_validity_status_display", label=_("Validity")), UpdatedAtColumn(),
    ]
    list_filter = ["document_type", "issuing_body", "validity_status", "issue_year", "live"]
    search_fields = ["number", "summary", "search_folded", "signer_name"]
    search_backend_name = None
    ordering = ["-issue_date", "-id"]
    list_per_page = 50
    export_filename = "van-ban"
    list_export = ["number", "document_type", "issuing_body", "issue_date", "effective_date", "summary",
                   "get_validity_status_display"]

    panels = [
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("number"), FieldPanel("document_type")]),
            FieldPanel("issuing_body"),
            FieldRowPanel([FieldPanel("scope"), FieldPanel("is_normative")]),
        ], heading=_("Identification")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("issue_date"), FieldPanel("effective_date"), FieldPanel("expiry_date")]),
            FieldRowPanel([FieldPanel("signer_name"), FieldPanel("signer_position")]),
        ], heading=_("Dates and signer")),
        FieldPanel("summary"),
        FieldPanel("fields", widget=forms.CheckboxSelectMultiple),
        FieldPanel("full_text"),
        InlinePanel("attachments", heading=_("Attachments"), label=_("Attachment"),
                    help_text=_("PDF, DOC, DOCX, ODT, XLS or XLSX; the content is checked.")),
        InlinePanel("relations_out", heading=_("Relations to other documents"), label=_("Relation")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("gazette_number"), FieldPanel("gazette_date")]),
            FieldRowPanel([FieldPanel("disclosure_form"), FieldPanel("disclosure_period")]),
        ], heading=_("Gazette and disclosure")),
        MultiFieldPanel([FieldPanel("status_override"), FieldPanel("status_override_reason")],
                        heading=_("Validity status set by hand")),
    ]


class ListViewSet(SnippetViewSet):
    add_to_admin_menu = False
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    search_backend_name = None
    ordering = ["sort_order", "name"]


class DocumentTypeViewSet(ListViewSet):
    model = DocumentType
    icon = "tag"
    list_display = ["name", "abbreviation", "normative", "sort_order"]
    panels = [FieldPanel("name"), FieldPanel("abbreviation"), FieldPanel("normative"), FieldPanel("slug"),
              FieldPanel("sort_order")]


class IssuingBodyViewSet(SiteScopedViewSetMixin, ListViewSet):
    model = IssuingBody
    icon = "group"
    site_scope = BODY_SCOPE
    site_form_fields = {"site": None}
    list_display = ["name", "abbreviation", "level", Column("site", label=pgettext_lazy("component site", "Site")),
                    "sort_order"]
    list_filter = ["level", "site"]
    panels = [FieldPanel("name"), FieldPanel("abbreviation"), FieldPanel("level"), FieldPanel("site"),
              FieldPanel("slug"), FieldPanel("sort_order")]


class FieldViewSet(ListViewSet):
    model = Field
    icon = "folder-open-inverse"
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("documents.add_legaldocument")


class DocumentsGroup(SnippetViewSetGroup):
    menu_label = _("Legal documents")
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (LegalDocumentViewSet, DocumentTypeViewSet, IssuingBodyViewSet, FieldViewSet)

    def get_submenu_items(self):
        return super().get_submenu_items() + [
            ImportMenuItem(_("Import from a file"), reverse("documents_import"), icon_name="upload", order=900)]


register_snippet(DocumentsGroup)


@hooks.register("register_admin_urls")
def documents_admin_urls():
    return [
        path("documents-registry/import/", admin_views.import_documents, name="documents_import"),
        re_path(r"^documents-registry/import/template\.(?P<fmt>csv|xlsx)$", admin_views.import_template,
                name="documents_import_template"),
    ]


@hooks.register("portal_slot_head")
def documents_assets(context):
    page = context.get("page")
    if page is None or not hasattr(page, "specific_class"):
        return ""
    from .models import DocumentIndexPage

    if page.specific_class is DocumentIndexPage or page.depth == 2:
        return format_html('<link rel="stylesheet" href="{}">', static("css/documents.css"))
    return ""


@hooks.register("portal_home_panels")
def documents_panel(home, request):
    from .services import registry_page, site_documents

    site = home.get_site()
    index = registry_page(site) or registry_page()
    if index is None:
        return None
    documents = list(site_documents(LegalDocument.objects.published().for_listing(), site)
                     .order_by("-issue_date", "-id")[:6])
    return HomePanel(ORDER_DOCUMENTS, "documents/panels/latest_documents.html",
                     {"documents": documents, "index_url": index.get_url(request=request), "index": index})


@hooks.register("portal_component_demo_content")
def component_documents_demo(site, home, province):
    from cms.core.sites import site_kind

    from .demo import build_component_documents

    return build_component_documents(site, site_kind(site), site.portal_profile.name)


@hooks.register("portal_conformance_checks")
def documents_checks(site):
    from .conformance import checks

    return checks(site)


@hooks.register("portal_demo_content")
def documents_demo(site, home, province):
    from .demo import build_demo_documents

    return build_demo_documents(province)


@hooks.register("portal_search_sources")
def legal_documents_in_site_search():
    """Published legal documents in the site search, linked to their registry page on the request's site: a
    component site's search finds its own bodies' documents, the province's every document (as its registry)."""
    from cms.search.sources import SearchSource, request_site
    from cms.sections import layout, standard

    from .models import LegalDocument
    from .services import site_documents

    def url(document, request):
        current = layout.for_request(request)  # its home's URL relative to the request's site
        prefix = current.home_url.rstrip("/") if current is not None else ""
        return f"{prefix}{standard.path_of('documents')}{document.slug}/"

    return [
        SearchSource("van-ban", _("Legal documents"), LegalDocument,
                     lambda request: site_documents(LegalDocument.objects.published(), request_site(request)),
                     order=30, url=url)
    ]
