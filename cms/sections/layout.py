"""What every public page's layout needs, read once and kept in the cache until something it holds changes.

A public page shows the same header, menu, footer, notices and language links on every URL of a site. Reading
them for each request costs half a dozen queries; here they are one cache read (one query with the database
cache, none with a memory or Redis cache). A component site's layout also holds the link to the province's
portal its header and footer show (DESIGN.md §9). Any change to pages, view restrictions, notices, province
settings, sites or site profiles drops every cached layout, and the province's lists of component sites
(cms.sections.directory) with them (see `invalidate`, wired in cms.sections.signals), so what citizens see is
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


@dataclasses.dataclass(frozen=True)
class ProvincePortal:
    """The province's portal as a component site's header and footer link to it (DESIGN.md §9)."""

    name: str  # "tỉnh Tây Ninh", "thành phố Hà Nội": follows "Cổng thông tin điện tử"
    url: str  # full URL: the province's site is another host


@dataclasses.dataclass
class Layout:
    home: Page | None
    home_url: str
    menu: list
    footer: list
    home_translations: dict  # language code -> URL of the home page in that language
    section_translations: dict  # translation key of the home or a section -> {language code: URL}
    notices: list  # notices not yet ended; `current_notices` keeps those already started
    settings: object = None  # the site's cms.core.models.ProvinceSettings
    province_portal: ProvincePortal | None = None  # on component sites only

    def current_notices(self, now=None):
        now = now or timezone.now()
        return [n for n in self.notices if n.show_from <= now and (n.show_until is None or n.show_until >= now)]


def _key(site_id, language):
    return f"portal:layout:{site_id}:{language}"


def _province_name(settings, site):
    """How the province is named after "Cổng thông tin điện tử": "tỉnh Tây Ninh", "thành phố Hà Nội"."""
    province = next((p for p in standard.PROVINCES if settings is not None and p.slug == settings.province_slug), None)
    if province is not None:
        return province.display_name[:1].lower() + province.display_name[1:]
    official = (settings.official_name if settings is not None else "") or ""
    prefix = "Ủy ban nhân dân "
    if official.startswith(prefix) and len(official) > len(prefix):
        return official[len(prefix):]
    return (settings.short_name if settings is not None else "") or official or site.site_name


def _province_portal(site, language):
    """The province's portal for a component site's layout; None on the province's own site."""
    from cms.core.models import ProvinceSettings
    from cms.core.sites import is_province_site, province_site

    if is_province_site(site):
        return None
    province = province_site()
    if province is None or province.pk == site.pk:
        return None
    root = province.root_page
    home = Page.objects.filter(
        translation_key=root.translation_key, locale__language_code=language
    ).live().first() or root
    url = home.get_full_url() or f"{province.root_url}/"
    settings = ProvinceSettings.objects.filter(site=province).first()
    return ProvincePortal(name=_province_name(settings, province), url=url)


def _detached_settings(site):
    """The site's settings without the site object they were read through: that one may lead to the page
    being served and its request, which cannot be pickled into the cache."""
    from cms.core.models import ProvinceSettings

    settings = ProvinceSettings.for_site(site)
    settings._state.fields_cache.pop("site", None)
    return settings


def _build(site, language):
    """URLs are relative to `site` (built without a request: on a multi-site instance Wagtail would
    otherwise give full URLs with the site's configured host and port)."""
    from cms.core.models import SiteNotice

    from .models import SectionPage

    root = site.root_page
    # Always a fresh instance: `root.specific` may be the very page being served (a component site has no
    # English home, so /en/ serves the Vietnamese one), which holds the request and cannot be cached.
    home = Page.objects.filter(translation_key=root.translation_key, locale__language_code=language).first()
    home = (home or Page.objects.get(pk=root.pk)).specific
    pages = list(
        SectionPage.objects.child_of(home).live().only("id", "title", "slug", "url_path", "section_key", "depth", "path")
    )
    order = {s.key: s.order for s in standard.SECTIONS}
    pages.sort(key=lambda p: order.get(p.section_key, (999,)))
    menu_keys = {s.key for s in standard.MENU_SECTIONS}
    items = [MenuItem(p.pk, p.title, p.get_url(current_site=site), p.path, p.section_key) for p in pages]
    # The home page's and every standard section's URL in each language, so the language switch of
    # a section page (the registry's detail pages included) costs no query.
    keys = [home.translation_key, *SectionPage.objects.descendant_of(home).values_list("translation_key", flat=True)]
    section_translations = {}
    for other in Page.objects.filter(translation_key__in=keys).live().select_related("locale"):
        section_translations.setdefault(other.translation_key, {})[other.locale.language_code] = (
            other.get_url(current_site=site))
    translations = section_translations.get(home.translation_key, {})
    now = timezone.now()
    notices = list(SiteNotice.objects.exclude(show_until__lt=now).order_by("show_from"))
    return Layout(
        home=home,
        home_url=home.get_url(current_site=site) or "/",
        menu=[item for item in items if item.section_key in menu_keys],
        footer=[item for item in items if item.section_key not in menu_keys],
        home_translations=translations,
        section_translations=section_translations,
        notices=notices,
        settings=_detached_settings(site),
        province_portal=_province_portal(site, language),
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
    from .directory import cache_keys

    keys = [_key(site_id, lang) for site_id in Site.objects.values_list("pk", flat=True) for lang in languages]
    cache.delete_many([*keys, RESTRICTIONS_KEY, *cache_keys()])
