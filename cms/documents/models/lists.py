"""Managed lists editors keep: document types, issuing bodies, fields (lĩnh vực)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.search import index

from cms.core.text import slugify_vi


class _ListItem(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug in addresses"), max_length=100, unique=True, blank=True,
                            help_text=_("Used in filter addresses; made from the name when left empty."))
    sort_order = models.PositiveIntegerField(_("order"), default=100)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_vi(self.name, max_length=100)
        super().save(*args, **kwargs)


class DocumentType(_ListItem):
    """Nghị quyết, Quyết định, Chỉ thị, Kế hoạch, Công văn… (Decree 30/2020 Art. 7; Law 64/2025)."""

    abbreviation = models.CharField(_("abbreviation"), max_length=20, blank=True,
                                    help_text=_("As used in numbers and symbols, e.g. QĐ, NQ, KH."))
    normative = models.BooleanField(_("may be a normative document"), default=False,
                                    help_text=_("Resolutions of People's Councils and decisions of People's Committees "
                                                "may be legal normative documents."))

    class Meta(_ListItem.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")


class IssuingBody(_ListItem):
    """HĐND tỉnh, UBND tỉnh, Chủ tịch UBND tỉnh, departments, communes, former districts."""

    class Level(models.TextChoices):
        PROVINCE = "province", _("Province")
        DEPARTMENT = "department", _("Provincial department or agency")
        COMMUNE = "commune", _("Commune, ward or special zone")
        FORMER_DISTRICT = "former_district", _("Former district (documents still in force)")
        OTHER = "other", _("Other")

    abbreviation = models.CharField(_("abbreviation"), max_length=30, blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.PROVINCE)
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=pgettext_lazy("component site", "site"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="issuing_bodies",
        help_text=_("The component site (department or commune) that shows this body's documents; "
                    "empty for the province's own bodies."))

    class Meta(_ListItem.Meta):
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")


class Field(_ListItem):
    """Lĩnh vực: the subject area of a document."""

    class Meta(_ListItem.Meta):
        verbose_name = _("field")
        verbose_name_plural = _("fields")
