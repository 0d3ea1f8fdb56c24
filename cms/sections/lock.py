"""The lock on the standard structure (DESIGN.md §1 rules).

Standard sections and home pages cannot be renamed, re-slugged, moved, unpublished or
deleted, by anyone, on any path: the admin (permission tester and hooks), bulk actions,
and the ORM (signals that raise inside the deleting or saving transaction). Only the
setup command, inside `structure_maintenance()`, may change them.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import PagePermissionTester

_maintenance = ContextVar("structure_maintenance", default=False)


class StructureLocked(PermissionDenied):
    """Raised when an action would break the standard structure. Its message names the rule."""


RULE_DELETE = _("A standard section cannot be deleted: every provincial portal keeps the same structure.")
RULE_MOVE = _("A standard section cannot be moved: every provincial portal keeps its sections in the same place.")
RULE_UNPUBLISH = _("A standard section cannot be unpublished: it must stay reachable at its standard address.")
RULE_RENAME = _("The title of a standard section is fixed by the standard and cannot be changed.")
RULE_RESLUG = _("The address (slug) of a standard section is fixed by the standard and cannot be changed.")
RULE_DUPLICATE = _("This site already has the standard section “%(title)s”; a second one cannot be created.")
RULE_CREATE = _("Standard sections are created only by the setup command, never by hand.")
RULE_COPY = _("A standard section cannot be copied: each site has exactly one of each.")
RULE_REORDER = _("The order of the standard sections is fixed by the standard.")
RULE_PRIVATE = _("A standard section cannot be made private: it must stay open to everyone.")
RULE_PLACE = _(
    "Content pages can be added only below standard sections that hold content, never at the top level "
    "or below a service section."
)


def in_maintenance():
    return _maintenance.get()


@contextmanager
def structure_maintenance():
    """Allow changes to the standard structure (used by setup_province and by tests that build trees)."""
    token = _maintenance.set(True)
    try:
        yield
    finally:
        _maintenance.reset(token)


def is_locked_page(page):
    """True for pages that are part of the standard structure: home pages and standard sections."""
    from .models import HomePage, SectionPage

    specific_class = page.specific_class or type(page)
    return issubclass(specific_class, (HomePage, SectionPage))


def subtree_has_locked_pages(page):
    from .models import SectionPage

    if is_locked_page(page):
        return True
    return SectionPage.objects.filter(path__startswith=page.path, depth__gt=page.depth).exists()


def standard_spec(key, page=None):
    """The standard entry of a section key: in the tree of the kind of site that holds `page` (province,
    department or commune, DESIGN.md §9), or without a page the province's entry, else a component one."""
    from . import standard

    if page is not None:
        from cms.core.sites import kind_of_page

        return standard.spec_for(kind_of_page(page), key)
    spec = standard.BY_KEY.get(key)
    if spec is None:
        spec = standard.spec_for(standard.DEPARTMENT, key) or standard.spec_for(standard.COMMUNE, key)
    return spec


def may_hold(parent, page):
    """Whether an editor's content page may sit below `parent` (only below sections that hold content)."""
    from .models import ContentPage

    specific_class = page.specific_class or type(page)
    if not issubclass(specific_class, ContentPage):
        return True
    return ContentPage.can_create_at(parent)


class LockedPagePermissionTester(PagePermissionTester):
    """Removes delete, move, unpublish and copy from standard pages, for superusers too."""

    def can_delete(self, ignore_bulk=False):
        return False

    def can_unpublish(self):
        return False

    def can_move(self):
        return False

    def can_copy(self):
        return False

    def can_set_view_restrictions(self):
        return False

    def can_copy_to(self, destination, recursive=False):
        return False

    def can_reorder_children(self):
        from .models import SectionPage

        if SectionPage.objects.child_of(self.page).exists():
            return False
        return super().can_reorder_children()
