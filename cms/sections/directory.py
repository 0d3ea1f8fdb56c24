"""The province's lists of its component sites (DESIGN.md §1 and §9).

On the province's site, Giới thiệu → Đơn vị hành chính (`about.units`) lists the communes, wards and special
zones, and Giới thiệu → Cơ cấu tổ chức (`about.organisation`) the departments, each with a link to its site
and the contacts from its settings, below the section's own text. A list is read in two queries whatever
the number of sites, and kept in the cache with the layout: `cms.sections.layout.invalidate` drops it on any
change to sites, site profiles or settings.
"""

import dataclasses

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from cms.core.sites import SiteKind, component_sites, kind_of_page

from .layout import TIMEOUT

# section_key -> (kind of the sites it lists, heading of the list)
DIRECTORY_SECTIONS = {
    "about.units": (SiteKind.COMMUNE, _("Communes, wards and special zones")),
    "about.organisation": (SiteKind.DEPARTMENT, _("Departments, boards and sectors")),
}


@dataclasses.dataclass(frozen=True)
class ComponentEntry:
    """One component site as the province's list shows it (no model instance, so it pickles small)."""

    name: str
    url: str  # the site's home, full URL: another host
    host: str
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclasses.dataclass(frozen=True)
class Directory:
    kind: str
    title: str
    entries: list


def cache_key(kind):
    return f"portal:layout:directory:{kind}"


def cache_keys():
    return [cache_key(kind) for kind, _title in DIRECTORY_SECTIONS.values()]


def build_entries(kind):
    """The component sites of `kind` in their order, with their contacts: two queries for any number of sites."""
    from cms.core.models import ProvinceSettings

    sites = list(component_sites(kind))
    contacts = {
        row["site_id"]: row
        for row in ProvinceSettings.objects.filter(site__in=[site.pk for site in sites]).values(
            "site_id", "address", "phone", "email"
        )
    }
    entries = []
    for site in sites:
        contact = contacts.get(site.pk, {})
        entries.append(ComponentEntry(
            name=site.portal_profile.name or site.site_name,
            url=f"{site.root_url}/",
            host=site.hostname,
            address=contact.get("address", ""),
            phone=contact.get("phone", ""),
            email=contact.get("email", ""),
        ))
    return entries


def component_entries(kind):
    """`build_entries(kind)` through the cache."""
    key = cache_key(kind)
    entries = cache.get(key)
    if entries is None:
        entries = build_entries(kind)
        cache.set(key, entries, TIMEOUT)
    return entries


def for_section(page):
    """The list a section page shows below its text, or None: only `about.units` and `about.organisation`
    on the province's site (a department's own Cơ cấu tổ chức lists nothing)."""
    found = DIRECTORY_SECTIONS.get(getattr(page, "section_key", None))
    if found is None or kind_of_page(page) != SiteKind.PROVINCE:
        return None
    kind, title = found
    entries = component_entries(kind)
    return Directory(kind=kind, title=title, entries=entries) if entries else None
