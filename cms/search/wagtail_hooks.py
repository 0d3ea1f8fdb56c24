"""Synonyms as a snippet, the search-queries report, and the search figures for the indicators."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import SearchSynonym
from .services import SYNONYMS_CACHE_KEY


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    list_display = ["abbreviation", "expansion"]
    add_to_settings_menu = True


register_snippet(SearchSynonymViewSet)


def _forget_synonyms(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)


post_save.connect(_forget_synonyms, sender=SearchSynonym, dispatch_uid="portal_search_synonyms_saved")
post_delete.connect(_forget_synonyms, sender=SearchSynonym, dispatch_uid="portal_search_synonyms_deleted")


@hooks.register("register_admin_urls")
def search_admin_urls():
    return [path("search-queries/", admin_views.report, name="portal_search_report")]


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return MenuItem(_("Search queries"), reverse("portal_search_report"), icon_name="search", order=60)


@hooks.register("portal_indicators")
def search_indicators(site, date_from, date_to):
    return admin_views.figures(site, date_from, date_to)
