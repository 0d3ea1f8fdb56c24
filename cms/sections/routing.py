"""Page routing in one query: the pages on a URL's path are found by their url_path, not one level at a time.

Wagtail's `Page.route` reads the tree one level per URL segment (a query for each child, another for its
specific type). A site's home page routes here instead: every page whose url_path is a prefix of the request's
path is read at once; the deepest one (or the first whose type routes by itself, such as the registry with its
`/van-ban/<document>/` URLs) then routes the rest as Wagtail would. Behaviour is Wagtail's: unpublished pages
on the way are passed through, the page served must be live, an unknown segment is a 404.
"""

from django.http import Http404
from wagtail.models import Page


def _routes_itself(page):
    specific_class = page.specific_class
    return specific_class is not None and specific_class.route is not Page.route


def route_below(home, request, components):
    prefixes = ["".join(f"{c}/" for c in components[: i + 1]) for i in range(len(components))]
    found = {
        page.url_path: page
        for page in Page.objects.filter(
            path__startswith=home.path, depth__gt=home.depth, depth__lte=home.depth + len(components),
            url_path__in=[home.url_path + prefix for prefix in prefixes],
        )
    }
    chain = []
    for prefix in prefixes:
        page = found.get(home.url_path + prefix)
        if page is None:
            break
        chain.append(page)
        if _routes_itself(page):
            break
    if not chain:
        raise Http404
    target = chain[-1].specific
    target._portal_ancestors = [home, *chain[:-1]]
    target._cached_parent_obj = chain[-2] if len(chain) > 1 else home
    return target.route(request, components[len(chain):])
