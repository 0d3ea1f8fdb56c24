from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfoRequestsConfig(AppConfig):
    name = "cms.requests"
    label = "info_requests"
    verbose_name = _("Information requests")
