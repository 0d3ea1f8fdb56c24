from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "cms.documents"
    label = "documents"
    verbose_name = _("Legal documents")

    def ready(self):
        from . import signals  # noqa: F401
