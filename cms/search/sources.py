"""What the site search looks in, discovered rather than listed.

- Pages: every live, public page. A leaf page type editors create (no subpages allowed, e.g. news
  articles) is its own result type; the other pages are "Pages".
- Every other indexed model of a project app (`cms.*`) that has a public URL (`get_absolute_url`)
  and is not hidden with `search_public = False`, through its `get_indexed_objects()` (what it lets
  the index see, e.g. only published documents).
- Apps may add or replace sources with the `portal_search_sources` hook: `fn() -> [SearchSource]`.

Every source shows only what belongs to the request's site (DESIGN.md §9): pages under its home pages
(`site_pages`), records through their model's site scope (`cms.core.admin_scoping`); a hook's source
limits its own queryset (with `request_site` and `site_pages`).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale, Page
from wagtail.search.index import get_indexed_models


@dataclass
class SearchSource:
    key: str  # URL value of the type filter
    label: str  # plural, shown to visitors
    model: type
    queryset: Callable  # fn(request) -> queryset to search
    order: int = 50
    url: Callable = None  # fn(obj, request) -> public URL; default get_url()/get_absolute_url()

    @cached_property
    def is_page(self):
        return issubclass(self.model, Page)


def _is_leaf_page_type(model):
    """Article-like page types editors create (no subpages), not the fixed sections of the standard tree."""
    from cms.sections.models import SectionPage

    return (
        issubclass(model, Page) and model is not Page and not model._meta.abstract and not model._meta.proxy
        and not issubclass(model, SectionPage) and model.subpage_types == [] and model.is_creatable
    )


def request_site(request):
    """The request's site (its host's, else the province's), looked up once per request."""
    site = getattr(request, "_portal_search_site", None)
    if site is None:
        from cms.core.sites import site_for_request

        site = request._portal_search_site = site_for_request(request)
    return site


def site_pages(request):
    """A Q on Page (or a page subclass) matching the pages of the request's site, in every language: the
    trees of its home page and of that home's translations. One query per request."""
    condition = getattr(request, "_portal_search_pages", None)
    if condition is None:
        from cms.core.admin_scoping import SiteScope

        site = request_site(request)
        condition = SiteScope(page_field="").condition([site]) if site is not None else Q(pk__in=[])
        request._portal_search_pages = condition
    return condition


def _page_queryset(include=None, exclude=()):
    def queryset(request):
        qs = Page.objects.live().public().filter(depth__gt=1).filter(site_pages(request))
        try:
            qs = qs.filter(locale=Locale.get_active())
        except Locale.DoesNotExist:
            pass
        if include is not None:
            qs = qs.type(include)
        for model in exclude:
            qs = qs.not_type(model)
        return qs
    return queryset


def discover():
    leaves = [m for m in get_indexed_models() if _is_leaf_page_type(m)]
    # Only leaves that are not subclasses of another leaf.
    leaves = [m for m in leaves if not any(o is not m and issubclass(m, o) for o in leaves)]
    found = [SearchSource("trang", _("Web pages"), Page, _page_queryset(exclude=leaves), order=10)]
    for position, model in enumerate(leaves):
        found.append(SearchSource(model._meta.model_name, str(model._meta.verbose_name_plural).capitalize(),
                                  model, _page_queryset(include=model), order=20 + position))
    for model in get_indexed_models():
        if issubclass(model, Page) or not model.__module__.startswith("cms."):
            continue
        if not getattr(model, "search_public", True) or not hasattr(model, "get_absolute_url"):
            continue
        if any(issubclass(model, s.model) for s in found if not issubclass(s.model, Page)):
            continue
        found.append(SearchSource(model._meta.model_name, str(model._meta.verbose_name_plural).capitalize(),
                                  model, _record_queryset(model), order=40))
    return found


def _record_queryset(model):
    """What the index lets the public see of `model`, limited to the request's site when the model has a
    site scope (registered by its admin viewset); a model without one is shared by every site."""
    def queryset(request):
        from cms.core.admin_scoping import public_records, scope_of

        records = model.get_indexed_objects()
        scope = scope_of(model)
        return public_records(records, request_site(request), scope) if scope is not None else records
    return queryset


def get_sources():
    sources = {s.key: s for s in discover()}
    for fn in hooks.get_hooks("portal_search_sources"):
        for source in fn() or []:
            sources[source.key] = source
    return sorted(sources.values(), key=lambda s: (s.order, s.label))

