from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalSearchConfig(AppConfig):
    name = "cms.search"
    label = "portal_search"
    verbose_name = _("Site search")
