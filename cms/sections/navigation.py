"""Queries that build menus, section listings and the HTML site map, each in a fixed number of queries."""

from wagtail.models import Page

from . import standard


def site_home(request):
    """The home page of the request's site in the active language, or None (from the cached layout)."""
    from .layout import for_request

    current = for_request(request)
    return current.home if current is not None else None


SECTION_PAGE_SIZE = 20  # editors' pages listed per page of a section


def section_children(page, request=None):
    """(standard sub-sections in standard order, one page of the editors' pages below the section in tree
    order): a section may hold hundreds of pages, listed 20 at a time in a fixed number of queries."""
    from cms.core.pagination import paginate

    from .layout import public
    from .models import SectionPage

    request = request if request is not None else getattr(page, "_portal_request", None)
    live = public(page.get_children().live(), request)
    order = {s.key: s.order for s in standard.SECTIONS}
    sections = sorted(live.type(SectionPage).specific(defer=True),
                      key=lambda child: order.get(getattr(child, "section_key", None), (999,)))
    others = live.not_type(SectionPage).order_by("path")
    if request is None:
        return sections, list(others[:SECTION_PAGE_SIZE].specific())
    listed = paginate(request, others, SECTION_PAGE_SIZE)
    listed.object_list = list(listed.object_list.specific())
    return sections, listed


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
