from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class AdminLocaleConfig(AppConfig):
    """Listed before wagtail.admin so its template override (a translatable label) wins."""

    name = "cms.adminlocale"
    label = "adminlocale"
    verbose_name = "Admin in Vietnamese"

    def ready(self):
        # Wagtail 8.0 declares this chooser without a label, so the workflow editor shows the field name "Page".
        from wagtail.admin.forms.workflows import WorkflowPageForm

        field = WorkflowPageForm.base_fields["page"]
        if field.label is None:
            field.label = gettext_lazy("Page")
