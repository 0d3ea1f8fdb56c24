"""Use cases of public disclosure. Records and linked items belong to their issuing body's site (DESIGN.md §9)."""

from cms.core.admin_scoping import SiteScope, public_records

# DisclosureRecord and CatalogueItem: the site of the issuing body; no body (a free-text name) is the province's.
DISCLOSURE_SCOPE = SiteScope("issuing_body__site", null_is_province=True)


def site_records(queryset, site):
    """The records or linked items a public page of `site` shows: a component site's own body's, or all."""
    return public_records(queryset, site, DISCLOSURE_SCOPE)
