"""Anonymous page ratings ("Thông tin này có hữu ích không?") and the public satisfaction summary page.

Raters stay anonymous (Decree 224/2026): a rating keeps only a one-way hash of the visitor that is
salted with a random value which exists for one day only (`DailySalt`), so after the day has passed
nobody, not even the operator, can link a hash to an address.
"""

from django.db import models
from django.db.models import Avg, Count, Q
from django.utils.translation import gettext_lazy as _

from cms.sections.models import SectionPage


class Reason(models.TextChoices):
    CLEAR = "clear", _("Clear and complete")
    MISSING = "missing", _("Information is missing")
    UNCLEAR = "unclear", _("Hard to understand")
    OUTDATED = "outdated", _("Out of date")
    BROKEN = "broken", _("Broken link or technical problem")
    OTHER = "other", _("Other")


class CommentStatus(models.TextChoices):
    NONE = "", _("No comment")
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class RatingQuerySet(models.QuerySet):
    def between(self, date_from=None, date_to=None):
        qs = self
        if date_from:
            qs = qs.filter(day__gte=date_from)
        if date_to:
            qs = qs.filter(day__lte=date_to)
        return qs

    def for_site(self, site):
        """Ratings of pages below the site's home page, in every language of that site."""
        from wagtail.models import Page

        homes = Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True)
        condition = Q(pk__in=[])
        for path in homes:
            condition |= Q(page__path__startswith=path)
        return self.filter(condition)

    def figures(self):
        """{'total', 'useful', 'scored', 'average'} for the ratings in the queryset, in one query."""
        row = self.aggregate(
            total=Count("id"), useful=Count("id", filter=Q(useful=True)),
            scored=Count("score"), average=Avg("score"),
        )
        return with_share(row)

    def comments_to_show(self):
        return self.filter(comment_status=CommentStatus.APPROVED).exclude(comment="")


def with_share(row):
    """Add the share of useful votes in percent (None without votes) and round the average score."""
    total = row.get("total") or 0
    row["useful_share"] = round(100 * row["useful"] / total, 1) if total else None
    row["average"] = round(row["average"], 2) if row.get("average") is not None else None
    return row


class PageRating(models.Model):
    """One visitor's answer about one page on one day (later votes that day update it)."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE,
                             related_name="ratings")
    section_key = models.CharField(
        _("section"), max_length=100, blank=True, db_index=True,
        help_text=_("Top-level standard section of the page when it was rated; empty for the home page."),
    )
    day = models.DateField(_("day"), db_index=True)
    created_at = models.DateTimeField(_("rated at"), auto_now_add=True)
    visitor_hash = models.CharField(max_length=64, editable=False)
    useful = models.BooleanField(_("useful"))
    score = models.PositiveSmallIntegerField(_("satisfaction (1–5)"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices, blank=True)
    comment = models.TextField(_("comment"), blank=True, max_length=1000)
    comment_status = models.CharField(_("comment status"), max_length=10, choices=CommentStatus.choices,
                                      blank=True, default=CommentStatus.NONE, db_index=True)

    objects = RatingQuerySet.as_manager()

    class Meta:
        verbose_name = _("page rating")
        verbose_name_plural = _("page ratings")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["page", "day", "visitor_hash"], name="feedback_one_vote_per_day"),
            models.CheckConstraint(condition=Q(score__isnull=True) | Q(score__gte=1, score__lte=5),
                                   name="feedback_score_1_to_5"),
            models.CheckConstraint(condition=Q(comment="") | ~Q(comment_status=""),
                                   name="feedback_comment_has_status"),
        ]
        indexes = [models.Index(fields=["page", "day"], name="feedback_page_day_idx")]

    def __str__(self):
        return f"{self.page_id} {self.day} {'+' if self.useful else '-'}"


class DailySalt(models.Model):
    """A random salt that lives for one day; older ones are deleted so old hashes cannot be linked."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("daily salt")

    def __str__(self):
        return self.day.isoformat()


class SatisfactionPage(SectionPage):
    """Kết quả đánh giá mức độ hài lòng: monthly figures for the portal and per section."""

    template = "feedback/satisfaction_page.html"
    subpage_types = []

    class Meta:
        verbose_name = _("satisfaction results section")

    def get_context(self, request, *args, **kwargs):
        from .reports import public_summary

        context = super().get_context(request, *args, **kwargs)
        context.update(public_summary(self, request))
        return context
