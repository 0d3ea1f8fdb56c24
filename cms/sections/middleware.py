"""Turns the admin's bare 403 on locked page actions into a message that names the rule."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.deprecation import MiddlewareMixin
from wagtail.models import Page

from . import lock

RULES = {
    "delete": lock.RULE_DELETE,
    "move": lock.RULE_MOVE,
    "move_confirm": lock.RULE_MOVE,
    "unpublish": lock.RULE_UNPUBLISH,
    "copy": lock.RULE_COPY,
}


class LockedPageActionsMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.namespace != "wagtailadmin_pages" or match.url_name not in RULES:
            return None
        page_id = view_kwargs.get("page_id") or view_kwargs.get("page_to_move_id")
        if page_id is None:
            return None
        page = Page.objects.filter(pk=page_id).first()
        if page is None or not lock.subtree_has_locked_pages(page):
            return None
        messages.error(request, str(RULES[match.url_name]))
        parent = page.get_parent()
        return redirect("wagtailadmin_explore", parent.id if parent and parent.depth > 1 else page.id)
