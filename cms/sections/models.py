"""Page types of the standard section tree: home, standard sections and editors' content pages."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core.blocks import BodyBlock, RICH_TEXT_FEATURES
from cms.core.text import slugify_vi

from . import standard
from .lock import LockedPagePermissionTester, RULE_RENAME, RULE_RESLUG


class LockedPageForm(WagtailAdminPageForm):
    """Title and slug of a standard page are shown but cannot be changed in the editor."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("title", "slug"):
            if name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].help_text = _("Fixed by the national standard for provincial portals.")


class ContentPageForm(WagtailAdminPageForm):
    """Editors' pages get a Vietnamese-aware slug when they leave the slug empty or unchanged."""

    def clean(self):
        cleaned = super().clean()
        title = cleaned.get("title")
        slug = cleaned.get("slug")
        if title and not slug:
            cleaned["slug"] = slugify_vi(title)
        elif slug:
            cleaned["slug"] = slugify_vi(slug)
        return cleaned


class PortalPage(Page):
    """Behaviour every public page shares (not creatable on its own)."""

    is_creatable = False

    class Meta:
        abstract = True

    @cached_property
    def breadcrumbs(self):
        return list(self.get_ancestors().filter(depth__gt=2).specific(defer=True))


class HomePage(PortalPage):
    """The root of one site in one language. Built by setup_province; locked like the sections."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    base_form_class = LockedPageForm
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = []  # sections are created by the setup command only
    is_creatable = False

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def permissions_for_user(self, user):
        return LockedPagePermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        from .home import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context


class SectionPage(PortalPage):
    """A standard section (DESIGN.md §1). Its key, title, slug and place are fixed."""

    section_key = models.CharField(_("section key"), max_length=100, editable=False, db_index=True)
    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    base_form_class = LockedPageForm
    parent_page_types = ["sections.HomePage", "sections.SectionPage"]
    subpage_types = ["sections.ContentPage"]
    is_creatable = False

    template = "sections/section_page.html"

    class Meta:
        verbose_name = _("standard section")
        verbose_name_plural = _("standard sections")

    @classmethod
    def can_create_at(cls, parent):
        return False

    def permissions_for_user(self, user):
        return LockedPagePermissionTester(user, self)

    @property
    def standard(self):
        return standard.BY_KEY.get(self.section_key)

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        spec = self.standard
        if spec is None:
            return
        if self.title not in (spec.title, spec.title_en):
            raise ValidationError({"title": RULE_RENAME})
        if self.slug != spec.slug:
            raise ValidationError({"slug": RULE_RESLUG})

    def get_context(self, request, *args, **kwargs):
        from .navigation import section_children

        context = super().get_context(request, *args, **kwargs)
        context["children"] = section_children(self)
        return context


class LeadersPage(SectionPage):
    """Lãnh đạo: leaders come from the province settings."""

    template = "sections/leaders_page.html"

    class Meta:
        verbose_name = _("leaders section")


class ContactPage(SectionPage):
    """Liên hệ: address, phones, email, Zalo and working hours from the province settings."""

    template = "sections/contact_page.html"

    class Meta:
        verbose_name = _("contact section")


class FocalPointPage(SectionPage):
    """Đầu mối cung cấp thông tin: from the province settings."""

    template = "sections/focal_point_page.html"

    class Meta:
        verbose_name = _("focal point section")


class SitemapPage(SectionPage):
    """Sơ đồ cổng: the whole public tree of the site."""

    template = "sections/sitemap_page.html"

    class Meta:
        verbose_name = _("site map section")

    def get_context(self, request, *args, **kwargs):
        from .navigation import sitemap_tree

        context = super().get_context(request, *args, **kwargs)
        context["tree"] = sitemap_tree(self.get_parent())
        return context


class ContentPage(PortalPage):
    """An editor's page inside a section that holds content."""

    summary = models.TextField(_("summary"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    base_form_class = ContentPageForm
    subpage_types = ["sections.ContentPage"]
    is_creatable = True
    template = "sections/content_page.html"

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    @classmethod
    def can_create_at(cls, parent):
        specific = parent.specific
        if isinstance(specific, ContentPage):
            return True
        if isinstance(specific, SectionPage):
            spec = specific.standard
            return spec is not None and spec.holds_content
        return False

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context
