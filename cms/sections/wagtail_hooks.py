"""Admin integration of the standard structure: the lock's messages, home panels and the slug helper."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.models import Page

from cms.core.text import slugify_vi  # noqa: F401  (the JS in admin-slug.js mirrors it)

from . import lock
from .home import (
    ORDER_DIRECTION,
    ORDER_NATIONAL_LINKS,
    ORDER_QUICK_SERVICES,
    HomePanel,
)
from .layout import public
from .models import ContentPage, SectionPage


def _refuse(request, page, rule):
    messages.error(request, str(rule))
    parent = page.get_parent()
    return redirect("wagtailadmin_explore", parent.id if parent else page.id)


def _bulk_selection(request, objects):
    """Every page the user selected, including those Wagtail already set aside as not permitted,
    so that a selection holding a standard section is refused whole, with the rule named."""
    ids = request.GET.getlist("id")
    if "all" in ids:
        parent_id = request.GET.get("childOf", "")
        selected = Page.objects.filter(pk=parent_id).first() if parent_id.isdigit() else None
        pages = list(selected.get_children()) if selected is not None else []
    else:
        pages = list(Page.objects.filter(pk__in=[i for i in ids if i.isdigit()]))
    return pages + [obj for obj in objects if isinstance(obj, Page)]


@hooks.register("before_bulk_action")
def refuse_bulk_actions_on_sections(request, action_type, objects, action_class_instance):
    if action_type not in ("delete", "move", "unpublish"):
        return None
    if not issubclass(getattr(action_class_instance, "model", Page), Page):
        return None
    rules = {"delete": lock.RULE_DELETE, "move": lock.RULE_MOVE, "unpublish": lock.RULE_UNPUBLISH}
    for page in _bulk_selection(request, objects):
        if lock.subtree_has_locked_pages(page):
            return _refuse(request, page, rules[action_type])
    return None


@hooks.register("before_delete_page")
def refuse_delete_of_sections(request, page):
    if lock.subtree_has_locked_pages(page):
        return _refuse(request, page, lock.RULE_DELETE)
    return None


@hooks.register("before_move_page")
def refuse_move_of_sections(request, page, destination):
    if lock.subtree_has_locked_pages(page):
        return _refuse(request, page, lock.RULE_MOVE)
    if not lock.may_hold(destination, page):
        return _refuse(request, page, lock.RULE_PLACE)
    return None


@hooks.register("before_unpublish_page")
def refuse_unpublish_of_sections(request, page):
    if lock.subtree_has_locked_pages(page):
        return _refuse(request, page, lock.RULE_UNPUBLISH)
    return None


@hooks.register("before_copy_page")
def refuse_copy_of_sections(request, page):
    if lock.subtree_has_locked_pages(page):
        return _refuse(request, page, lock.RULE_COPY)
    return None


@hooks.register("insert_editor_js")
def vietnamese_slug_js():
    return format_html('<script src="{}" defer></script>', static("js/admin-slug.js"))


@hooks.register("portal_home_panels")
def quick_services_panel(home, request):
    return HomePanel(ORDER_QUICK_SERVICES, "sections/panels/quick_services.html")


@hooks.register("portal_home_panels")
def direction_panel(home, request):
    direction = SectionPage.objects.child_of(home).filter(section_key="direction").first()
    if direction is None:
        return None
    latest = (
        public(ContentPage.objects.descendant_of(direction).live(), request)
        .order_by("-first_published_at").only("id", "title", "url_path", "first_published_at", "summary")[:5]
    )
    return HomePanel(ORDER_DIRECTION, "sections/panels/direction.html", {"direction": direction, "latest": latest})


@hooks.register("portal_home_panels")
def national_links_panel(home, request):
    return HomePanel(ORDER_NATIONAL_LINKS, "sections/panels/national_links.html")


@hooks.register("before_serve_page")
def read_layout_before_serving(page, request, serve_args, serve_kwargs):
    """One cache read gives the layout and the view restrictions Wagtail checks next (see PortalPage)."""
    from .layout import for_request

    page._portal_request = request
    for_request(request)
