"""A dated disclosure record (budget, investment, procurement, land, statistics, recruitment, fees, plans)."""


from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES
from cms.core.text import slugify_vi
from cms.documents.attachments import validate_attachment
from cms.documents.models.attachments import StoredAttachment, safe_upload_path

from .common import DisclosureForm, category_constraint, category_field, check_dates


class DisclosureKind(models.TextChoices):
    """One kind per section of DESIGN.md §1 that holds disclosure records."""

    BUDGET = "budget", _("State budget")
    INVESTMENT = "investment", _("Public investment and projects")
    PROCUREMENT = "procurement", _("Public procurement")
    LAND = "land", _("Land, compensation and resettlement")
    STATISTICS = "statistics", _("Reports and statistics")
    RECRUITMENT = "recruitment", _("Recruitment")
    FEES = "fees", _("Taxes, fees and charges")
    PLANS = "plans", _("Strategies, master plans and plans")


SECTION_KINDS = {
    "public_disclosure.budget": DisclosureKind.BUDGET,
    "public_disclosure.investment": DisclosureKind.INVESTMENT,
    "public_disclosure.procurement": DisclosureKind.PROCUREMENT,
    "public_disclosure.land": DisclosureKind.LAND,
    "public_disclosure.statistics": DisclosureKind.STATISTICS,
    "public_disclosure.recruitment": DisclosureKind.RECRUITMENT,
    "public_disclosure.fees": DisclosureKind.FEES,
    "plans": DisclosureKind.PLANS,
}
KIND_SECTIONS = {kind: key for key, kind in SECTION_KINDS.items()}
# The Art. 17(1) point each kind usually falls under (the editor may choose another).
DEFAULT_CATEGORY = {
    DisclosureKind.BUDGET: "đ", DisclosureKind.INVESTMENT: "g", DisclosureKind.PROCUREMENT: "g",
    DisclosureKind.LAND: "g", DisclosureKind.STATISTICS: "l", DisclosureKind.RECRUITMENT: "l",
    DisclosureKind.FEES: "o", DisclosureKind.PLANS: "d",
}


class BudgetStage(models.TextChoices):
    ESTIMATE = "estimate", _("Estimate")
    MID_YEAR = "mid_year", _("Implementation during the year")
    SETTLEMENT = "settlement", _("Settlement")


class DisclosureRecordQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def for_listing(self):
        return self.select_related("issuing_body").order_by("-published_on", "-pk")


class DisclosureRecord(DraftStateMixin, RevisionMixin, LockableMixin, index.Indexed, ClusterableModel):
    kind = models.CharField(_("kind"), max_length=20, choices=DisclosureKind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=500)
    number = models.CharField(_("number and symbol"), max_length=60, blank=True,
                              help_text=_("Of the document that carries the information, if any."))
    summary = models.TextField(_("summary"), max_length=2000, blank=True)
    body = RichTextField(_("content"), blank=True, features=RICH_TEXT_FEATURES)
    issuing_body = models.ForeignKey(
        "documents.IssuingBody", verbose_name=_("body"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="disclosure_records",
    )
    body_name = models.CharField(_("body (free text)"), max_length=255, blank=True,
                                 help_text=_("When the body is not in the registry's list of issuing bodies."))
    category = category_field()
    period_start = models.DateField(_("period covered: from"), null=True, blank=True)
    period_end = models.DateField(_("period covered: to"), null=True, blank=True)
    created_on = models.DateField(_("date the information was created"), default=timezone.localdate,
                                  help_text=_("Usually the date the document was signed. The law asks for "
                                              "disclosure within 5 working days of it (Art. 18(4))."))
    published_on = models.DateField(_("date published"), null=True, blank=True,
                                    help_text=_("Filled in with the date of first publication when left empty."))
    publish_until = models.DateField(_("disclosed until"), null=True, blank=True,
                                     help_text=_("Leave empty when it stays disclosed."))
    disclosure_form = models.CharField(_("form of disclosure"), max_length=20, choices=DisclosureForm.choices,
                                       default=DisclosureForm.PORTAL)
    # Procurement
    package_name = models.CharField(_("bid package"), max_length=500, blank=True)
    investor = models.CharField(_("investor / procuring entity"), max_length=255, blank=True)
    value = models.DecimalField(_("value (VND)"), max_digits=18, decimal_places=0, null=True, blank=True,
                                validators=[MinValueValidator(0)])
    # Procurement and recruitment
    closing_date = models.DateField(_("closing date"), null=True, blank=True,
                                    help_text=_("Last day to submit bids or applications."))
    # Recruitment
    positions = models.TextField(_("positions"), blank=True)
    headcount = models.PositiveIntegerField(_("number of posts"), null=True, blank=True)
    # Land
    project = models.CharField(_("project"), max_length=500, blank=True)
    location = models.CharField(_("location"), max_length=500, blank=True)
    decision_number = models.CharField(_("decision number"), max_length=60, blank=True)
    # Budget
    fiscal_year = models.PositiveSmallIntegerField(
        _("budget year"), null=True, blank=True, validators=[MinValueValidator(1990), MaxValueValidator(2100)])
    budget_stage = models.CharField(_("stage"), max_length=20, choices=BudgetStage.choices, blank=True)

    related_documents = ParentalManyToManyField(
        "documents.LegalDocument", verbose_name=_("related documents in the registry"), blank=True,
        related_name="disclosure_records",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="disclosure_record")

    objects = DisclosureRecordQuerySet.as_manager()

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("category")]),
        MultiFieldPanel([FieldPanel("issuing_body"), FieldPanel("body_name")], heading=_("Body")),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("created_on"), FieldPanel("published_on"), FieldPanel("publish_until")],
                      heading=_("Dates")),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Period covered")),
        FieldPanel("disclosure_form"),
        MultiFieldPanel([FieldPanel("fiscal_year"), FieldPanel("budget_stage")],
                        heading=_("Budget only"), classname="collapsed"),
        MultiFieldPanel([FieldPanel("package_name"), FieldPanel("investor"), FieldPanel("value")],
                        heading=_("Procurement only"), classname="collapsed"),
        MultiFieldPanel([FieldPanel("positions"), FieldPanel("headcount")],
                        heading=_("Recruitment only"), classname="collapsed"),
        FieldPanel("closing_date"),
        MultiFieldPanel([FieldPanel("project"), FieldPanel("location"), FieldPanel("decision_number")],
                        heading=_("Land only"), classname="collapsed"),
        InlinePanel("attachments", label=_("Attached files"), heading=_("Attached files")),
        FieldPanel("related_documents"),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("summary"),
        index.SearchField("number"),
        index.FilterField("kind"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("disclosure record")
        verbose_name_plural = _("disclosure records")
        ordering = ["-published_on", "-pk"]
        constraints = [
            category_constraint("disclosure_record_category_known"),
            models.CheckConstraint(
                condition=models.Q(period_end__isnull=True) | models.Q(period_start__isnull=True)
                | models.Q(period_end__gte=models.F("period_start")),
                name="disclosure_record_period_order"),
            models.CheckConstraint(
                condition=models.Q(publish_until__isnull=True) | models.Q(published_on__isnull=True)
                | models.Q(publish_until__gte=models.F("published_on")),
                name="disclosure_record_until_after_published"),
        ]
        indexes = [models.Index(fields=["kind", "live", "-published_on"], name="disclosure_kind_live_idx")]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    @property
    def body_display(self):
        return self.issuing_body.name if self.issuing_body_id else self.body_name

    @property
    def slug(self):
        return slugify_vi(self.title)[:80].strip("-") or "thong-tin"

    @property
    def published_date(self):
        if self.published_on:
            return self.published_on
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    @property
    def is_open(self):
        return self.closing_date is not None and self.closing_date >= timezone.localdate()

    @property
    def disclosure_ended(self):
        return self.publish_until is not None and self.publish_until < timezone.localdate()

    def clean(self):
        super().clean()
        errors = {}
        check_dates(self, errors)
        if not self.issuing_body_id and not (self.body_name or "").strip():
            errors["body_name"] = _("Choose the body from the list or type its name.")
        kind = self.kind
        if kind in (DisclosureKind.PROCUREMENT, DisclosureKind.RECRUITMENT):
            if self.closing_date and self._state.adding and self.closing_date < timezone.localdate():
                errors["closing_date"] = _("The closing date of a new notice cannot be in the past.")
        if kind == DisclosureKind.PROCUREMENT and not self.package_name.strip():
            errors["package_name"] = _("A procurement notice needs the name of the bid package.")
        if kind == DisclosureKind.RECRUITMENT and not self.positions.strip():
            errors["positions"] = _("A recruitment notice needs the positions to be filled.")
        if kind == DisclosureKind.LAND and not self.project.strip():
            errors["project"] = _("Land information needs the project it concerns.")
        if kind == DisclosureKind.BUDGET:
            if not self.fiscal_year:
                errors["fiscal_year"] = _("Budget information needs its budget year.")
            if not self.budget_stage:
                errors["budget_stage"] = _("Choose whether this is the estimate, the implementation or the settlement.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # The date published defaults to the day of first publication (publish() sets first_published_at first).
        if self.live and not self.published_on:
            self.published_on = timezone.localdate(self.first_published_at) if self.first_published_at \
                else timezone.localdate()
        super().save(*args, **kwargs)


def attachment_path(instance, filename):
    return safe_upload_path("cong-khai", instance, filename)


class DisclosureAttachment(StoredAttachment):
    """A file of a record, checked by content like the registry's (PDF, DOC, DOCX, ODT, XLS, XLSX; size limit)."""

    record = ParentalKey(DisclosureRecord, related_name="attachments", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=255, blank=True,
                             help_text=_("E.g. “Biểu số 01”. The file name is used when empty."))
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=255, validators=[validate_attachment])

    class Meta(StoredAttachment.Meta):
        verbose_name = _("attached file")
        verbose_name_plural = _("attached files")
