from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SectionsConfig(AppConfig):
    name = "cms.sections"
    label = "sections"
    verbose_name = _("Standard sections")

    def ready(self):
        from . import signals  # noqa: F401
