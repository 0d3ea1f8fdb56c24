"""What every public page's layout needs, read once and kept in the cache until something it holds changes.

A public page shows the same header, menu, footer, notices and language links on every URL of a site. Reading
them for each request costs half a dozen queries; here they are one cache read (one query with the database
cache, none with a memory or Redis cache). Any change to pages, view restrictions, notices, province settings
or sites drops every cached layout (see `invalidate`, wired in cms.sections.signals), so what citizens see is
never staler than the last save.
"""

import dataclasses

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site

from . import standard

TIMEOUT = 60 * 60  # a safety net; changes invalidate at once
RESTRICTIONS_KEY = "portal:layout:restrictions"


@dataclasses.dataclass(frozen=True)
class MenuItem:
    """A top-level section as the menu and footer show it (no model instance, so it pickles small)."""

    pk: int
    title: str
    url: str
    path: str
    section_key: str


@dataclasses.dataclass
class Layout:
    home: Page | None
    home_url: str
    menu: list
    footer: list
    home_translations: dict  # language code -> URL of the home page in that language
    notices: list  # notices not yet ended; `current_notices` keeps those already started
    settings: object = None  # the site's cms.core.models.ProvinceSettings

    def current_notices(self, now=None):
        now = now or timezone.now()
        return [n for n in self.notices if n.show_from <= now and (n.show_until is None or n.show_until >= now)]


def _key(site_id, language):
    return f"portal:layout:{site_id}:{language}"


def _build(site, language):
    from cms.core.models import ProvinceSettings, SiteNotice

    from .models import SectionPage

    root = site.root_page
    home = Page.objects.filter(translation_key=root.translation_key, locale__language_code=language).first()
    home = (home or root).specific
    pages = list(
        SectionPage.objects.child_of(home).live().only("id", "title", "slug", "url_path", "section_key", "depth", "path")
    )
    order = {s.key: s.order for s in standard.SECTIONS}
    pages.sort(key=lambda p: order.get(p.section_key, (999,)))
    menu_keys = {s.key for s in standard.MENU_SECTIONS}
    items = [MenuItem(p.pk, p.title, p.get_url(), p.path, p.section_key) for p in pages]
    translations = {
        other.locale.language_code: other.get_url()
        for other in Page.objects.filter(translation_key=home.translation_key).live().select_related("locale")
    }
    now = timezone.now()
    notices = list(SiteNotice.objects.exclude(show_until__lt=now).order_by("show_from"))
    return Layout(
        home=home,
        home_url=home.get_url() or "/",
        menu=[item for item in items if item.section_key in menu_keys],
        footer=[item for item in items if item.section_key not in menu_keys],
        home_translations=translations,
        notices=notices,
        settings=ProvinceSettings.for_site(site),
    )


def _restrictions():
    return list(PageViewRestriction.objects.select_related("page").only(
        "id", "restriction_type", "password", "page__id", "page__path"
    ).prefetch_related("groups"))


def for_request(request):
    """The layout of the request's site in the active language (cached on the request too)."""
    cached = getattr(request, "_portal_layout", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = get_language() or settings.LANGUAGE_CODE
    key = _key(site.pk, language)
    found = cache.get_many([key, RESTRICTIONS_KEY])
    layout = found.get(key)
    if layout is None:
        layout = _build(site, language)
        cache.set(key, layout, TIMEOUT)
    restrictions = found.get(RESTRICTIONS_KEY)
    if restrictions is None:
        restrictions = _restrictions()
        cache.set(RESTRICTIONS_KEY, restrictions, TIMEOUT)
    request._portal_restrictions = restrictions
    request._portal_layout = layout
    return layout


def view_restrictions(request=None):
    """Every page view restriction of the instance (few, usually none), read through the cache."""
    if request is not None and hasattr(request, "_portal_restrictions"):
        return request._portal_restrictions
    restrictions = cache.get(RESTRICTIONS_KEY)
    if restrictions is None:
        restrictions = _restrictions()
        cache.set(RESTRICTIONS_KEY, restrictions, TIMEOUT)
    if request is not None:
        request._portal_restrictions = restrictions
    return restrictions


def public(queryset, request=None):
    """`queryset.public()` without Wagtail's query of every view restriction when the instance has none."""
    return queryset.public() if view_restrictions(request) else queryset


def invalidate(**kwargs):
    """Drop every cached layout: called on any change to what a layout holds."""
    languages = [code for code, _name in settings.LANGUAGES]
    keys = [_key(site_id, lang) for site_id in Site.objects.values_list("pk", flat=True) for lang in languages]
    cache.delete_many([*keys, RESTRICTIONS_KEY])
