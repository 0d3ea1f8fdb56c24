"""Draft consultation (Lấy ý kiến dự thảo): a draft open for comments between two dates, then the report.

The consultation can be marked finished only after the report on how comments were taken into account
("báo cáo tiếp thu, giải trình") is written and every published comment has a decision with a reason.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.core import sites
from cms.core.blocks import RICH_TEXT_FEATURES, BodyBlock
from cms.sections.models import ContentPageForm, PortalPage, SectionPage

WHOLE_DRAFT = ""


class State(models.TextChoices):
    UPCOMING = "upcoming", _("Not open yet")
    OPEN = "open", _("Open for comments")
    CLOSED = "closed", _("Closed, comments being considered")
    FINISHED = "finished", _("Finished")


class ModerationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", pgettext_lazy("comment status", "Published")
    REJECTED = "rejected", _("Not published")


class Decision(models.TextChoices):
    UNDECIDED = "", _("Not decided yet")
    ACCEPTED = "accepted", _("Accepted")
    PARTLY = "partly", _("Partly accepted")
    NOT_ACCEPTED = "not_accepted", _("Not accepted")




class ConsultationIndexPage(SectionPage):
    """Lấy ý kiến dự thảo: lists of open and closed consultations."""

    subpage_types = ["consultations.ConsultationPage"]
    template = "consultations/consultation_index_page.html"

    class Meta:
        verbose_name = _("draft consultations section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        choice = sites.BodyChoice(self.get_site(), request.GET.get("don-vi", ""))
        consultations = ConsultationPage.objects.live().public().order_by("closes_at")
        if choice.is_own:
            consultations = consultations.child_of(self)
        elif choice.shown is not None:
            consultations = consultations.descendant_of(choice.shown.root_page)
        context.update(bodies=choice.choices, body=choice.value, body_problem=choice.problem)
        context["open_consultations"] = consultations.filter(opens_at__lte=now, closes_at__gt=now, finished=False)
        context["upcoming_consultations"] = consultations.filter(opens_at__gt=now)
        context["closed_consultations"] = consultations.filter(
            Q(closes_at__lte=now) | Q(finished=True)).order_by("-closes_at")
        return context


class ConsultationPage(PortalPage):
    summary = models.TextField(_("summary"), max_length=1000, help_text=_("What the draft is about, in a few sentences."))
    issuing_body = models.CharField(_("drafting body"), max_length=255,
                                    help_text=_("For example: Sở Tư pháp tỉnh Tây Ninh"))
    draft_document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("draft document"), null=True, blank=False,
        on_delete=models.PROTECT, related_name="+",
    )
    opens_at = models.DateTimeField(_("open for comments from"))
    closes_at = models.DateTimeField(_("open for comments until"))
    parts = models.TextField(
        _("parts open for comments"), blank=True,
        help_text=_("One per line, e.g. “Điều 1. Phạm vi điều chỉnh”. Citizens may comment on one of them "
                    "or on the whole draft."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))
    report = RichTextField(_("report on how comments were taken into account"), blank=True,
                           features=RICH_TEXT_FEATURES,
                           help_text=_("Báo cáo tiếp thu, giải trình: published with the decision on every comment."))
    report_document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("report document"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )
    finished = models.BooleanField(
        _("consultation finished"), default=False,
        help_text=_("Possible only after closing, with the report written and a decision on every published comment."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("issuing_body"),
        FieldPanel("draft_document"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("parts"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("report"), FieldPanel("report_document"), FieldPanel("finished")],
                        heading=_("Report (after closing)")),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("issuing_body")]
    base_form_class = ContentPageForm
    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []
    is_creatable = True
    template = "consultations/consultation_page.html"

    class Meta:
        verbose_name = _("draft consultation")
        verbose_name_plural = _("draft consultations")

    def state(self, now=None):
        now = now or timezone.now()
        if self.finished:
            return State.FINISHED
        if now < self.opens_at:
            return State.UPCOMING
        if now < self.closes_at:
            return State.OPEN
        return State.CLOSED

    @property
    def current_state(self):
        return self.state()

    @property
    def part_choices(self):
        return [line.strip() for line in self.parts.splitlines() if line.strip()]

    @property
    def report_published(self):
        return bool(self.report or self.report_document_id)

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The closing time must be after the opening time.")
        if self.finished:
            problems = []
            if self.closes_at and self.closes_at > timezone.now():
                problems.append(_("the consultation has not closed yet"))
            if not self.report_published:
                problems.append(_("the report on how comments were taken into account is missing"))
            if self.pk:
                undecided = self.comments.filter(status=ModerationStatus.APPROVED).filter(
                    Q(decision=Decision.UNDECIDED) | Q(decision_reason="")).count()
                if undecided:
                    problems.append(_("%(count)d published comments have no decision with a reason") % {"count": undecided})
            if problems:
                errors["finished"] = _("It cannot be marked finished: %(problems)s.") % {"problems": "; ".join(str(p) for p in problems)}
        if errors:
            raise ValidationError(errors)

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import comment

            return comment(self, request)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .forms import CommentForm

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", CommentForm(consultation=self))
        context["state"] = self.state()
        context["public_comments"] = self.comments.filter(status=ModerationStatus.APPROVED).order_by("created_at")
        context["sent"] = request.GET.get("gop-y") == "da-gui"
        return context


class ConsultationComment(models.Model):
    consultation = models.ForeignKey(ConsultationPage, verbose_name=_("consultation"), on_delete=models.CASCADE,
                                     related_name="comments")
    author_name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("email"))
    part = models.CharField(_("part of the draft"), max_length=255, blank=True,
                            help_text=_("Empty for the whole draft."))
    text = models.TextField(_("comment"), max_length=5000)
    consent_at = models.DateTimeField(_("personal-data consent given at"))
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    status = models.CharField(_("moderation"), max_length=10, choices=ModerationStatus.choices,
                              default=ModerationStatus.PENDING, db_index=True)
    decision = models.CharField(_("decision"), max_length=15, choices=Decision.choices, blank=True,
                                default=Decision.UNDECIDED)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)

    class Meta:
        verbose_name = _("comment on a draft")
        verbose_name_plural = _("comments on drafts")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(decision="") | ~Q(decision_reason=""),
                                   name="consultations_decision_has_reason"),
        ]

    def __str__(self):
        return f"{self.author_name} — {self.consultation_id}"

    @property
    def part_label(self):
        return self.part or _("Whole draft")

    @property
    def author_label(self):
        return f"{self.author_name} ({self.organisation})" if self.organisation else self.author_name
