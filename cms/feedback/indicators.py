"""Satisfaction figures for `portal_indicators` and the conformance check of the rating widget."""

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from cms.core.sites import site_has_section
from cms.sections.conformance import FAIL, PASS, Check

from .models import PageRating, SatisfactionPage
from .reports import needs_attention


def indicators(site, date_from, date_to):
    ratings = PageRating.objects.for_site(site).between(date_from, date_to)
    figures = ratings.figures()
    worst = needs_attention(ratings, limit=5)
    pages = {page.pk: page for page in Page.objects.filter(pk__in=[row["page_id"] for row in worst])}
    return {
        "satisfaction_ratings": figures["total"],
        "satisfaction_average": figures["average"],
        "satisfaction_useful_share": figures["useful_share"],
        "lowest_usefulness_pages": [
            {"title": row["page__title"], "url": pages[row["page_id"]].get_full_url() if row["page_id"] in pages else "",
             "ratings": row["total"], "useful_share": row["useful_share"]}
            for row in worst
        ],
    }


def checks(site):
    widget_on = any(fn.__module__ == "cms.feedback.wagtail_hooks" for fn in hooks.get_hooks("portal_slot_after_main"))
    endpoint_on = "cms.feedback.urls" in getattr(settings, "PORTAL_URL_MODULES", [])
    result = []
    if widget_on and endpoint_on:
        result.append(Check("rating.widget", PASS, _("Every public page offers the “Is this information useful?” rating.")))
    else:
        result.append(Check("rating.widget", FAIL, _("The page rating is not active on the public pages.")))
    if not site_has_section(site, "interaction.satisfaction"):
        return result  # component sites link to the province's summary (DESIGN.md §9)
    summary = SatisfactionPage.objects.descendant_of(site.root_page).live().exists()
    result.append(Check("rating.summary", PASS if summary else FAIL,
                        _("The public summary of satisfaction ratings is published.") if summary
                        else _("The public summary of satisfaction ratings is missing.")))
    return result
