"""Public questions and answers (Hỏi đáp): citizens ask, staff answer, published answers are listed.

A question is answered, or the asker told when it will be, within the province's target of working
days (ProvinceSettings.qa_target_working_days; Decree 43/2011 baseline of 15). The asker's email is
never shown publicly.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.search import index as search_index  # `index` is a field of Question

from cms.core.admin_scoping import SiteScope
from cms.core.text import fold
from cms.search.fields import FoldedText
from cms.sections.models import SectionPage

from .routes import QARoutes


class QAField(models.Model):
    """A field (lĩnh vực) questions are filed under, e.g. 'Đất đai', 'Giáo dục'."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("address"), max_length=120, unique=True,
                            help_text=_("Used in the list's filter address, e.g. dat-dai."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("Q&A field")
        verbose_name_plural = _("Q&A fields")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            from cms.core.text import slugify_vi

            self.slug = slugify_vi(self.name, max_length=120)
        super().save(*args, **kwargs)


class QuestionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    ASSIGNED = "assigned", _("Assigned")
    ANSWERED = "answered", pgettext_lazy("Q&A status", "Answered")
    TRANSFERRED = "transferred", _("Turned into an information request")
    DECLINED = "declined", _("Declined")


OPEN_STATUSES = (QuestionStatus.RECEIVED, QuestionStatus.ASSIGNED)


class QuestionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_public=True, status=QuestionStatus.ANSWERED)

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today=None):
        return self.open().filter(due_date__lt=today or timezone.localdate())

    def due_within(self, days, today=None):
        import datetime

        today = today or timezone.localdate()
        return self.open().filter(due_date__gte=today, due_date__lte=today + datetime.timedelta(days=days))

    def matching(self, text):
        """Every word of `text` as a whole word, accent-insensitive, in the question, its title or its answer."""
        qs = self
        for word in fold(text).split()[:10]:
            qs = qs.filter(search_text__contains=f" {word} ")
        return qs

    def for_index(self, page):
        """Questions of a Q&A section in any of its languages."""
        return self.filter(index__translation_key=page.translation_key)


# Questions belong to the site whose tree holds their Q&A section.
QUESTION_SCOPE = SiteScope(page_field="index")


class Question(search_index.Indexed, models.Model):
    """A citizen's question. Published ones (public and answered) are in the site search; the asker's name
    and email are never indexed."""

    index = models.ForeignKey("qa.QAIndexPage", verbose_name=_("Q&A section"), on_delete=models.PROTECT,
                              related_name="questions")
    field = models.ForeignKey(QAField, verbose_name=_("field"), on_delete=models.PROTECT, related_name="questions")
    asker_name = models.CharField(_("name"), max_length=100)
    asker_email = models.EmailField(_("email"))
    title = models.CharField(_("title"), max_length=200, blank=True,
                             help_text=_("Short title shown in the public list; taken from the question when empty."))
    question = models.TextField(_("question"), max_length=4000)
    consent_at = models.DateTimeField(_("personal-data consent given at"))
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    due_date = models.DateField(_("answer due by"), db_index=True)
    status = models.CharField(_("status"), max_length=15, choices=QuestionStatus.choices,
                              default=QuestionStatus.RECEIVED, db_index=True)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("assigned to"), null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    answer = RichTextField(_("answer"), blank=True, features=["bold", "italic", "ol", "ul", "link", "document-link"])
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("answered by"), null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    is_public = models.BooleanField(_("published"), default=False,
                                    help_text=_("Show the question and answer on the portal (never the email)."))
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    transferred_at = models.DateTimeField(_("turned into a request at"), null=True, blank=True)
    info_request_reference = models.CharField(
        _("information request"), max_length=50, blank=True,
        help_text=_("Tracking code of the information request this question was turned into."),
    )
    search_text = models.TextField(editable=False, blank=True)

    objects = QuestionQuerySet.as_manager()

    search_fields = [
        search_index.SearchField("title", boost=2),
        search_index.SearchField("question"),
        search_index.SearchField("answer"),
        FoldedText("title"),
        FoldedText("question", also=["answer"]),
        search_index.FilterField("index"),
        search_index.FilterField("is_public"),
        search_index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-received_at"]
        constraints = [
            models.CheckConstraint(condition=Q(is_public=False) | Q(status=QuestionStatus.ANSWERED),
                                   name="qa_public_only_when_answered"),
        ]

    def __str__(self):
        return self.display_title

    def save(self, *args, **kwargs):
        self.refresh_search_text()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.published()

    @property
    def display_title(self):
        if self.title:
            return self.title
        text = " ".join(self.question.split())
        return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + "…"

    @property
    def is_overdue(self):
        return self.status in OPEN_STATUSES and self.due_date < timezone.localdate()

    @property
    def due_label(self):
        label = self.due_date.strftime("%d/%m/%Y")
        return _("%(date)s — overdue") % {"date": label} if self.is_overdue else label

    def refresh_search_text(self):
        from django.utils.html import strip_tags

        # Padded with spaces so that whole words can be matched with `contains(" word ")`.
        self.search_text = f' {fold(" ".join([self.title, self.question, strip_tags(self.answer)]))} '


def _drop_unpublished_from_index(sender, instance, created, raw=False, **kwargs):
    """Wagtail's handler indexes a question when it is saved published but leaves the entry of one that is
    unpublished (or turned into a request): remove it, so the index keeps no text that is not public."""
    if created or raw or (instance.is_public and instance.status == QuestionStatus.ANSWERED):
        return
    search_index.remove_object(instance)


post_save.connect(_drop_unpublished_from_index, sender=Question, dispatch_uid="qa_question_unpublished_unindexed")


class QAIndexPage(QARoutes, RoutablePageMixin, SectionPage):
    """Hỏi đáp: published questions with filters, each at its own address, and the form to ask."""

    template = "qa/qa_index_page.html"
    subpage_types = []

    class Meta:
        verbose_name = _("Q&A section")
