"""An item of the catalogue that lives elsewhere (another site, a noticeboard): a link with the catalogue fields."""

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .common import DisclosureForm, category_constraint, category_field, check_dates

http_url_validator = URLValidator(
    schemes=["http", "https"], message=_("Enter a web address that starts with http:// or https://."),
)


class CatalogueItem(models.Model):
    """Decree 13/2018 Art. 6(3): name, number and symbol, date created, form, time and period, link."""

    category = category_field()
    name = models.CharField(_("name of the information"), max_length=500)
    number = models.CharField(_("number and symbol"), max_length=60, blank=True)
    issuing_body = models.ForeignKey(
        "documents.IssuingBody", verbose_name=_("body"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    body_name = models.CharField(_("body (free text)"), max_length=255, blank=True)
    created_on = models.DateField(_("date the information was created"))
    published_on = models.DateField(_("date published"))
    publish_until = models.DateField(_("disclosed until"), null=True, blank=True,
                                     help_text=_("Leave empty when it stays disclosed."))
    period_start = models.DateField(_("period covered: from"), null=True, blank=True)
    period_end = models.DateField(_("period covered: to"), null=True, blank=True)
    disclosure_form = models.CharField(_("form of disclosure"), max_length=20, choices=DisclosureForm.choices,
                                       default=DisclosureForm.PORTAL)
    url = models.URLField(_("link"), max_length=500, validators=[http_url_validator],
                          help_text=_("Where the information is published; http:// or https:// only."))
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("category"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("created_on")]),
        MultiFieldPanel([FieldPanel("issuing_body"), FieldPanel("body_name")], heading=_("Body")),
        FieldRowPanel([FieldPanel("published_on"), FieldPanel("publish_until")], heading=_("Disclosure")),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Period covered")),
        FieldPanel("disclosure_form"),
        FieldPanel("url"),
    ]

    class Meta:
        verbose_name = _("catalogue item published elsewhere")
        verbose_name_plural = _("catalogue items published elsewhere")
        ordering = ["category", "-published_on"]
        constraints = [
            category_constraint("disclosure_catalogueitem_category_known"),
            models.CheckConstraint(
                condition=models.Q(url__startswith="http://") | models.Q(url__startswith="https://"),
                name="disclosure_catalogueitem_http_url"),
            models.CheckConstraint(
                condition=models.Q(period_end__isnull=True) | models.Q(period_start__isnull=True)
                | models.Q(period_end__gte=models.F("period_start")),
                name="disclosure_catalogueitem_period_order"),
        ]

    def __str__(self):
        return self.name

    @property
    def body_display(self):
        return self.issuing_body.name if self.issuing_body_id else self.body_name

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        check_dates(self, errors)
        if errors:
            raise ValidationError(errors)
