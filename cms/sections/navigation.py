"""Queries that build menus, section listings and the HTML site map, each in a fixed number of queries."""

from wagtail.models import Page, Site

from . import standard
from .models import SectionPage


def site_home(request):
    """The home page of the request's site in the active language, or None."""
    cached = getattr(request, "_portal_home", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    if site is None:
        return None
    home = site.root_page.localized.specific
    request._portal_home = home
    return home


def top_sections(home):
    """Top-level standard sections of a home page, in standard order: (menu, footer)."""
    if home is None:
        return [], []
    pages = list(
        SectionPage.objects.child_of(home).live().only("id", "title", "slug", "url_path", "section_key", "depth", "path")
    )
    order = {s.key: s.order for s in standard.SECTIONS}
    pages.sort(key=lambda p: order.get(p.section_key, (999,)))
    menu_keys = {s.key for s in standard.MENU_SECTIONS}
    return [p for p in pages if p.section_key in menu_keys], [p for p in pages if p.section_key not in menu_keys]


def section_children(page):
    """Live, public children of a section: standard sub-sections first in standard order, then editors' pages."""
    children = list(page.get_children().live().public().specific(defer=True))
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
