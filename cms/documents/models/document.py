"""The legal document: metadata of DESIGN.md §3, drafts, revisions, locking, validity."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES
from cms.core.text import fold

from ..forms import LegalDocumentForm
from ..numbering import NUMBER_HELP, normalise_number, validate_number
from .status import ValidityStatus


class LegalDocumentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def for_listing(self):
        """What a list row shows, in one query."""
        return self.select_related("document_type", "issuing_body").only(
            "id", "number", "slug", "summary", "issue_date", "effective_date", "expiry_date",
            "validity_status", "validity_computed_on", "signer_name",
            "document_type__id", "document_type__name", "document_type__abbreviation", "document_type__slug",
            "issuing_body__id", "issuing_body__name", "issuing_body__slug",
        )

    def in_force(self):
        return self.filter(validity_status__in=[ValidityStatus.IN_FORCE, ValidityStatus.PARTLY_EXPIRED,
                                                ValidityStatus.PARTLY_SUSPENDED])


class LegalDocument(DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel):
    class Scope(models.TextChoices):
        PROVINCE = "province", _("Province")
        COMMUNE = "commune", _("Commune")

    class DisclosureForm(models.TextChoices):
        PORTAL = "portal", _("On the electronic portal")
        GAZETTE = "gazette", _("In the official gazette")
        POSTING = "posting", _("Posted at the office")
        MEDIA = "media", _("Through the mass media")
        OTHER = "other", _("Other")

    number = models.CharField(_("number and symbol"), max_length=60, help_text=NUMBER_HELP,
                              validators=[validate_number])
    slug = models.SlugField(_("address"), max_length=140, unique=True, editable=False)
    document_type = models.ForeignKey("documents.DocumentType", verbose_name=_("document type"),
                                      on_delete=models.PROTECT, related_name="documents")
    issuing_body = models.ForeignKey("documents.IssuingBody", verbose_name=_("issuing body"),
                                     on_delete=models.PROTECT, related_name="documents")
    fields = ParentalManyToManyField("documents.Field", verbose_name=_("fields"), blank=True,
                                     related_name="documents")
    signer_name = models.CharField(_("signer"), max_length=150, blank=True)
    signer_position = models.CharField(_("signer's position"), max_length=150, blank=True)
    issue_date = models.DateField(_("issue date"))
    issue_year = models.PositiveSmallIntegerField(_("year"), editable=False, db_index=True)
    effective_date = models.DateField(_("effective date"), null=True, blank=True,
                                      help_text=_("Leave empty when the document takes effect on its issue date."))
    expiry_date = models.DateField(_("expiry date"), null=True, blank=True,
                                   help_text=_("The first day the document is no longer in force, if fixed."))
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices, default=Scope.PROVINCE)
    gazette_number = models.CharField(_("official gazette number"), max_length=50, blank=True)
    gazette_date = models.DateField(_("official gazette date"), null=True, blank=True)
    summary = models.TextField(_("summary"), max_length=2000)
    full_text = RichTextField(_("full text"), blank=True, features=RICH_TEXT_FEATURES)
    is_normative = models.BooleanField(_("legal normative document"), default=False)
    disclosure_form = models.CharField(_("form of disclosure"), max_length=20, choices=DisclosureForm.choices,
                                       default=DisclosureForm.PORTAL)
    disclosure_period = models.CharField(_("disclosure period"), max_length=200, blank=True,
                                         help_text=_("For the catalogue of information to be disclosed, "
                                                     "e.g. “within 2 working days of issue”."))

    validity_status = models.CharField(_("validity status"), max_length=20, choices=ValidityStatus.choices,
                                       default=ValidityStatus.IN_FORCE, editable=False)
    validity_computed_on = models.DateField(_("status computed on"), null=True, editable=False)
    status_override = models.CharField(_("status set by hand"), max_length=20, choices=ValidityStatus.choices,
                                       blank=True, help_text=_("Only when the computed status is wrong; give the reason."))
    status_override_reason = models.TextField(_("reason for the status set by hand"), blank=True)

    search_folded = models.TextField(editable=False, default="")
    signer_folded = models.CharField(max_length=150, editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = LegalDocumentQuerySet.as_manager()
    base_form_class = LegalDocumentForm

    search_fields = [
        index.SearchField("number", boost=3),
        index.SearchField("summary"),
        index.SearchField("search_folded"),
        index.SearchField("search_index_text"),
        index.AutocompleteField("number"),
        index.FilterField("live"),
        index.FilterField("issue_date"),
        index.FilterField("validity_status"),
        index.FilterField("document_type"),
        index.FilterField("issuing_body"),
        # A component site's search shows its bodies' documents (services.site_documents).
        index.RelatedFields("issuing_body", [index.FilterField("site")]),
    ]

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        ordering = ["-issue_date", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["issuing_body", "issue_year", "number"],
                                    name="documents_number_unique_per_body_year",
                                    violation_error_message=_("This issuing body already has a document with this "
                                                              "number and symbol in this year.")),
            models.CheckConstraint(condition=Q(status_override="") | ~Q(status_override_reason=""),
                                   name="documents_override_needs_reason",
                                   violation_error_message=_("Give the reason for setting the status by hand.")),
            models.CheckConstraint(condition=Q(expiry_date__isnull=True) | Q(effective_date__isnull=True)
                                   | Q(expiry_date__gt=models.F("effective_date")),
                                   name="documents_expiry_after_effective",
                                   violation_error_message=_("The expiry date must be after the effective date.")),
        ]
        indexes = [
            models.Index(fields=["live", "-issue_date", "-id"], name="documents_live_issued_idx"),
            models.Index(fields=["document_type", "-issue_date", "-id"], name="documents_type_issued_idx"),
            models.Index(fields=["issuing_body", "-issue_date", "-id"], name="documents_body_issued_idx"),
            models.Index(fields=["validity_status", "-issue_date", "-id"], name="documents_status_issued_idx"),
            models.Index(fields=["issue_year", "-issue_date"], name="documents_year_issued_idx"),
            models.Index(fields=["signer_folded"], name="documents_signer_idx"),
            models.Index(fields=["effective_date"], name="documents_effective_idx"),
        ]

    def __str__(self):
        return f"{self.number} – {self.summary[:80]}" if self.summary else self.number

    @property
    def title(self):
        return f"{self.document_type.name} {self.number}" if self.document_type_id else self.number

    @property
    def in_force_from(self):
        return self.effective_date or self.issue_date

    @property
    def status_label(self):
        return ValidityStatus(self.validity_status).label

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        self.number = normalise_number(self.number)
        errors = {}
        if self.status_override and not (self.status_override_reason or "").strip():
            errors["status_override_reason"] = _("Give the reason for setting the status by hand.")
        if self.effective_date and self.expiry_date and self.expiry_date <= self.effective_date:
            errors["expiry_date"] = _("The expiry date must be after the effective date.")
        if self.issue_date:
            self.issue_year = self.issue_date.year
        if errors:
            raise ValidationError(errors)

    def refresh_derived(self, today=None):
        """Fill the columns computed from other fields: normalised number, year, folded text, status."""
        from ..validity import status_for

        self.number = normalise_number(self.number)
        self.issue_year = self.issue_date.year
        self.signer_folded = fold(self.signer_name)
        self.search_folded = fold(" ".join(filter(None, [
            self.number, self.document_type.name if self.document_type_id else "",
            self.issuing_body.name if self.issuing_body_id else "", self.summary,
        ])))
        today = today or timezone.localdate()
        self.validity_status = status_for(self, today)
        self.validity_computed_on = today

    def search_index_text(self):
        """Folded words plus canonical document numbers, for site search in any spelling."""
        from cms.search.text import folded_index_text

        return folded_index_text(self.search_folded, self.number)

    def save(self, *args, **kwargs):
        from ..slugs import assign_slug

        self.refresh_derived()
        if not self.slug or self._number_changed():
            assign_slug(self)
        super().save(*args, **kwargs)

    def _number_changed(self):
        if not self.pk:
            return True
        old = type(self).objects.filter(pk=self.pk).values("number", "issuing_body_id").first()
        return old is None or (old["number"], old["issuing_body_id"]) != (self.number, self.issuing_body_id)

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.filter(live=True)

    def get_admin_display_title(self):
        return self.number
