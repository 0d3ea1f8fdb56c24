"""What the site search looks in, discovered rather than listed.

- Pages: every live, public page. A leaf page type editors create (no subpages allowed, e.g. news
  articles) is its own result type; the other pages are "Pages".
- Every other indexed model of a project app (`cms.*`) that has a public URL (`get_absolute_url`)
  and is not hidden with `search_public = False`, through its `get_indexed_objects()` (what it lets
  the index see, e.g. only published documents).
- Apps may add or replace sources with the `portal_search_sources` hook: `fn() -> [SearchSource]`.
"""

from collections.abc import Callable
from dataclasses import dataclass

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


def _page_queryset(include=None, exclude=()):
    def queryset(request):
        qs = Page.objects.live().public().filter(depth__gt=1)
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
                                  model, lambda request, model=model: model.get_indexed_objects(), order=40))
    return found


def get_sources():
    sources = {s.key: s for s in discover()}
    for fn in hooks.get_hooks("portal_search_sources"):
        for source in fn() or []:
            sources[source.key] = source
    return sorted(sources.values(), key=lambda s: (s.order, s.label))

