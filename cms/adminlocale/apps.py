from django.apps import AppConfig


class AdminLocaleConfig(AppConfig):
    """Listed before wagtail.admin so its template override (a translatable label) wins."""

    name = "cms.adminlocale"
    label = "adminlocale"
    verbose_name = "Admin in Vietnamese"
