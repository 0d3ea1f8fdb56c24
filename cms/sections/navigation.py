"""Queries that build menus, section listings and the HTML site map, each in a fixed number of queries."""

from wagtail.models import Page

from . import standard


def site_home(request):
    """The home page of the request's site in the active language, or None (from the cached layout)."""
    from .layout import for_request

    current = for_request(request)
    return current.home if current is not None else None


def section_children(page):
    """Live, public children of a section: standard sub-sections first in standard order, then editors' pages."""
    from .layout import public

    children = list(public(page.get_children().live(), getattr(page, "_portal_request", None)).specific(defer=True))
    order = {s.key: s.order for s in standard.SECTIONS}

    def sort_key(child):
        key = getattr(child, "section_key", None)
        return (0, order[key], "") if key in order else (1, (), child.path)

    children.sort(key=sort_key)
    return children


def sitemap_tree(home, max_depth=4):
    """Nested [(page, [children...])] of the public tree below `home`, news articles left out."""
    pages = (
        Page.objects.descendant_of(home)
        .live()
        .public()
        .filter(depth__lte=home.depth + max_depth)
        .exclude(content_type__model="newspage")
        .only("id", "title", "slug", "url_path", "path", "depth", "content_type")
        .order_by("path")
    )
    order = {s.slug: s.order for s in standard.SECTIONS}
    nodes = {home.path: []}
    for page in pages:
        parent_path = page.path[: -Page.steplen]
        children = []
        nodes[page.path] = children
        if parent_path in nodes:
            nodes[parent_path].append((page, children))
    for entries in nodes.values():
        entries.sort(key=lambda item: order.get(item[0].slug, (999,)))
    return nodes[home.path]
