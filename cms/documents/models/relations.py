"""Relations between documents (DESIGN.md §3), each with its inverse label, optionally limited to articles."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable


class RelationKind(models.TextChoices):
    BASED_ON = "based_on", _("Based on")
    GUIDES = "guides", _("Guides the implementation of")
    AMENDS = "amends", _("Amends and supplements")
    REPLACES = "replaces", _("Replaces")
    REPEALS = "repeals", _("Repeals")
    SUSPENDS = "suspends", _("Suspends")
    CORRECTS = "corrects", _("Corrects")
    CONSOLIDATES = "consolidates", _("Consolidates")
    RELATED = "related", _("Related to")


INVERSE_LABELS = {
    RelationKind.BASED_ON: _("Serves as the basis for"),
    RelationKind.GUIDES: _("Guided by"),
    RelationKind.AMENDS: _("Amended and supplemented by"),
    RelationKind.REPLACES: _("Replaced by"),
    RelationKind.REPEALS: _("Repealed by"),
    RelationKind.SUSPENDS: _("Suspended by"),
    RelationKind.CORRECTS: _("Corrected by"),
    RelationKind.CONSOLIDATES: _("Consolidated in"),
    RelationKind.RELATED: _("Related to"),
}

# Relations that end (or suspend) the target's force from the relation's effective date.
ENDING_KINDS = {RelationKind.REPLACES, RelationKind.REPEALS}
SUSPENDING_KINDS = {RelationKind.SUSPENDS}


class DocumentRelation(Orderable):
    source = ParentalKey("documents.LegalDocument", related_name="relations_out", on_delete=models.CASCADE,
                         verbose_name=pgettext_lazy("legal document", "document"))
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey("documents.LegalDocument", related_name="relations_in", on_delete=models.CASCADE,
                               verbose_name=_("other document"))
    articles = models.CharField(_("only these articles"), max_length=300, blank=True,
                                help_text=_("E.g. “Điều 3, khoản 2 Điều 5”. Leave empty when the whole document "
                                            "is concerned."))
    effective_date = models.DateField(_("effective from"), null=True, blank=True,
                                      help_text=_("Leave empty to use the effective date of this document."))

    class Meta(Orderable.Meta):
        verbose_name = _("related document")
        verbose_name_plural = _("related documents")
        constraints = [
            models.CheckConstraint(condition=~Q(source=models.F("target")), name="documents_relation_not_self",
                                   violation_error_message=_("A document cannot be related to itself.")),
            models.UniqueConstraint(fields=["source", "target", "kind"], name="documents_relation_unique",
                                    violation_error_message=_("This relation is already recorded.")),
        ]
        indexes = [models.Index(fields=["target", "kind"], name="documents_relation_target_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.target_id}"

    @property
    def inverse_label(self):
        return INVERSE_LABELS[RelationKind(self.kind)]

    @property
    def partial(self):
        return bool(self.articles.strip())

    def starts_on(self):
        """The day the relation takes effect: its own date, else the source's effective or issue date."""
        if self.effective_date:
            return self.effective_date
        source = self.source
        return source.effective_date or source.issue_date
