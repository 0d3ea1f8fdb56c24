"""News: the standard 'Tin tức - Sự kiện' section, optional categories, and articles."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core.blocks import BodyBlock
from cms.core.pagination import paginate as core_paginate
from cms.search.fields import FoldedText
from cms.sections.models import ContentPageForm, PortalPage, SectionPage

PAGE_SIZE = 12


def paginate(request, queryset, per_page=PAGE_SIZE):
    return core_paginate(request, queryset, per_page)


def news_articles(root, request=None):
    from cms.sections.layout import public

    return (
        public(NewsPage.objects.descendant_of(root).live(), request)
        .select_related("featured_image")
        .order_by("-date", "-pk")
    )


class NewsListingMixin:
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from cms.sections.layout import public

        context["articles"] = paginate(request, news_articles(self, request))
        context["categories"] = public(NewsCategoryPage.objects.child_of(self.news_index).live(), request)
        return context


class NewsIndexPage(NewsListingMixin, SectionPage):
    """The standard news section: lists every article below it, newest first."""

    subpage_types = ["news.NewsCategoryPage", "news.NewsPage"]
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news section")

    @property
    def news_index(self):
        return self


class NewsCategoryPage(NewsListingMixin, PortalPage):
    """A category editors add below the news section (e.g. 'Kinh tế', 'Văn hóa - Xã hội')."""

    description = models.TextField(_("description"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("description")]
    base_form_class = ContentPageForm
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = ["news.NewsPage"]
    is_creatable = True
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    @property
    def news_index(self):
        return self.get_parent().specific


class NewsPage(PortalPage):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences shown in lists."))
    featured_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("featured image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    featured = models.BooleanField(_("featured on the home page"), default=False)
    author = models.CharField(_("author"), max_length=150, blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("content"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("featured")], heading=_("Publication")),
        FieldPanel("summary"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("author"), FieldPanel("source")], heading=_("Author and source")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        FoldedText("title"),
        FoldedText("body", also=["summary"]),
    ]
    base_form_class = ContentPageForm
    parent_page_types = ["news.NewsIndexPage", "news.NewsCategoryPage"]
    subpage_types = []
    is_creatable = True
    template = "news/news_page.html"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        indexes = [models.Index(fields=["-date"], name="news_date_idx")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = news_articles(self.get_parent(), request).exclude(pk=self.pk)[:4]
        context["is_article"] = True
        return context
