"""The sites of one instance: the province's own site and its component sites (DESIGN.md §9).

One instance serves the province's portal and the sites of its departments (sở, ban, ngành) and
communes (xã, phường, đặc khu), each a Wagtail `Site` with its own standard tree.

What kind a site is lives in `cms.core.models.SiteProfile` (one row per component site, written by
`setup_province --department/--commune`). A site without a profile is the province's: the sites that
existed before component sites did read as PROVINCE with no data entry.

Who manages which site is derived from Wagtail's page permissions, never stored twice:
a user manages a site when one of their groups holds a `GroupPagePermission` on the site's root page
or on an ancestor of it. `setup_province` gives the province's groups permissions on the tree's root
(an ancestor of every site's root), so the province's editors and approvers manage every site, and a
component site's groups ("Biên tập viên - Sở Tư pháp") permissions on that site's root only.
Superusers manage every site.
"""

import time

from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupPagePermission, Site


class SiteKind(models.TextChoices):
    PROVINCE = "province", _("Province portal")
    DEPARTMENT = "department", _("Department")
    COMMUNE = "commune", _("Commune, ward or special zone")


COMPONENT_KINDS = (SiteKind.DEPARTMENT, SiteKind.COMMUNE)

# {site id: kind} for every site of the instance, read in one query and kept for a while.
# Kinds are written once, when setup_province creates a component site; a site this process has not
# seen yet (created by another process) reloads the map, and so does any change seen in this process.
_CACHE_SECONDS = 300
_kinds = {}
_kinds_by_root = {}  # {root page's tree path: kind}
_loaded_at = 0.0


def _load_kinds():
    global _kinds, _kinds_by_root, _loaded_at
    rows = list(Site.objects.values_list("id", "root_page__path", "portal_profile__kind"))
    _kinds = {site_id: kind or SiteKind.PROVINCE for site_id, _path, kind in rows}
    _kinds_by_root = {path: kind or SiteKind.PROVINCE for _id, path, kind in rows}
    _loaded_at = time.monotonic()
    return _kinds


def clear_cache(**kwargs):
    global _kinds, _kinds_by_root, _loaded_at
    _kinds, _kinds_by_root, _loaded_at = {}, {}, 0.0


post_save.connect(clear_cache, sender=Site, dispatch_uid="portal_sites_site_saved")
post_delete.connect(clear_cache, sender=Site, dispatch_uid="portal_sites_site_deleted")
post_save.connect(clear_cache, sender="core.SiteProfile", dispatch_uid="portal_sites_profile_saved")
post_delete.connect(clear_cache, sender="core.SiteProfile", dispatch_uid="portal_sites_profile_deleted")


def site_kind(site):
    """The kind of `site` (PROVINCE for None or a site without a profile). At most one query per process
    every few minutes, for all sites at once."""
    if site is None:
        return SiteKind.PROVINCE
    kinds = _kinds
    if site.pk not in kinds or time.monotonic() - _loaded_at > _CACHE_SECONDS:
        kinds = _load_kinds()
    return SiteKind(kinds.get(site.pk, SiteKind.PROVINCE))


def kind_of_page(page):
    """The kind of the site whose tree holds `page` (read from the tree path of its home page, no query
    beyond the cached map). Pages outside any site's tree (an English home, the tree root) read as PROVINCE."""
    from wagtail.models import Page

    path = getattr(page, "path", "") or ""
    if len(path) < Page.steplen * 2:
        return SiteKind.PROVINCE
    root_path = path[: Page.steplen * 2]  # every portal site's root is a child of the tree's root
    if root_path not in _kinds_by_root or time.monotonic() - _loaded_at > _CACHE_SECONDS:
        _load_kinds()
        # Not a site's root (an English home page): remember it, so it costs no further query.
        _kinds_by_root.setdefault(root_path, SiteKind.PROVINCE)
    return SiteKind(_kinds_by_root[root_path])


def is_province_site(site):
    return site_kind(site) == SiteKind.PROVINCE


def site_has_section(site, section_key):
    """Whether the standard tree of `site`'s kind has the section (a commune has no consultations, say)."""
    from cms.sections import standard

    return standard.spec_for(site_kind(site), section_key) is not None


def province_site():
    """The province's own site: the default site (unknown hosts are served by it)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        site = (
            Site.objects.exclude(portal_profile__kind__in=COMPONENT_KINDS)
            .select_related("root_page").order_by("pk").first()
        )
    return site


def component_sites(kind=None):
    """The component sites (departments and communes, or only `kind`), by kind then name."""
    kinds = [kind] if kind else list(COMPONENT_KINDS)
    return (
        Site.objects.filter(portal_profile__kind__in=kinds)
        .select_related("root_page", "portal_profile")
        .order_by("portal_profile__kind", "portal_profile__position", "site_name")
    )


def sites_for_user(user):
    """The sites `user` manages (see the module's docstring), as a lazy queryset: one query when used."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    # The permission's page is the site's root or one of its ancestors: its path is a prefix of the root's.
    covering = GroupPagePermission.objects.filter(
        group__user=user,
        page__path=Substr(OuterRef("root_page__path"), 1, Length("page__path")),
    )
    return Site.objects.filter(Exists(covering))


def site_for_request(request):
    """The request's site: its host's site, or for an unknown host the province's (the default site)."""
    site = Site.find_for_request(request)
    if site is None:
        cached = getattr(request, "_portal_province_site", None)
        if cached is None:
            cached = request._portal_province_site = province_site()
        return cached
    return site


# The value of `?don-vi=` that asks the province's site for every body's records together.
WHOLE_PROVINCE = "toan-tinh"


class BodyChoice:
    """What `?don-vi=` chose on a public page of `site` (DESIGN.md §9). The province's site can show its own
    records (the default), every body's together (WHOLE_PROVINCE) or one component site's; a component site, or
    an instance without component sites, only its own.

    `choices`: [(value, label)] for the select (empty when there is no choice); `shown`: the site whose records
    to show, None for every body; `value`: the accepted value; `problem`: a message when the value names no
    body among the choices (then `site`'s own records are shown). One query, on the province's site only."""

    def __init__(self, site, value):
        components = list(component_sites()) if site is not None and is_province_site(site) else []
        self.choices = [
            ("", site.site_name), (WHOLE_PROVINCE, gettext("The whole province (every body)")),
            *((component.portal_profile.slug, component.site_name) for component in components),
        ] if components else []
        self.shown, self.value, self.problem = site, "", None
        if not value:
            return
        if self.choices and value == WHOLE_PROVINCE:
            self.shown, self.value = None, value
            return
        found = next((c for c in components if c.portal_profile.slug == value), None)
        if found is not None:
            self.shown, self.value = found, value
        else:
            self.problem = gettext("There is no such body on this portal: the records shown are this site's own.")

    @property
    def is_own(self):
        return self.value == ""

    @property
    def name(self):
        return self.shown.site_name if self.shown is not None else gettext("The whole province (every body)")
