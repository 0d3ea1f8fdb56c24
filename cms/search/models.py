"""Synonyms editors extend, and the anonymous daily log of search queries."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.core.text import fold


class SearchSynonym(models.Model):
    """An abbreviation and what it stands for: "UBND" = "Ủy ban nhân dân". Both are searched for either."""

    abbreviation = models.CharField(_("abbreviation"), max_length=30,
                                     help_text=_("As written in documents, e.g. UBND, HĐND, QĐ, CCCD."))
    expansion = models.CharField(_("stands for"), max_length=200,
                                 help_text=_("The full words, e.g. Ủy ban nhân dân."))
    abbreviation_folded = models.CharField(max_length=30, editable=False, db_index=True)
    expansion_folded = models.CharField(max_length=200, editable=False)

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["abbreviation"]
        constraints = [
            models.UniqueConstraint(fields=["abbreviation_folded", "expansion_folded"],
                                    name="portal_search_synonym_unique",
                                    violation_error_message=_("This synonym already exists.")),
        ]

    def __str__(self):
        return f"{self.abbreviation} = {self.expansion}"

    def save(self, *args, **kwargs):
        self.abbreviation = " ".join(self.abbreviation.split())
        self.expansion = " ".join(self.expansion.split())
        self.abbreviation_folded = fold(self.abbreviation)
        self.expansion_folded = fold(self.expansion)
        super().save(*args, **kwargs)

    def validate_unique(self, exclude=None):
        self.abbreviation_folded = fold(self.abbreviation or "")
        self.expansion_folded = fold(self.expansion or "")
        super().validate_unique(exclude=exclude)


class SearchQueryDayQuerySet(models.QuerySet):
    def of_site(self, site):
        return self.filter(site=site)

    def between(self, date_from, date_to):
        return self.filter(day__gte=date_from, day__lte=date_to)

    def top(self, limit=20):
        return (self.values("query").annotate(searches=models.Sum("searches"), results=models.Max("results"))
                .order_by("-searches", "query")[:limit])

    def without_results(self, limit=20):
        return (self.values("query").annotate(searches=models.Sum("searches"), results=models.Max("results"))
                .filter(results=0).order_by("-searches", "query")[:limit])


class SearchQueryDay(models.Model):
    """How often a query was searched on a day and how many results it had. Nothing about who searched."""

    site = models.ForeignKey("wagtailcore.Site", verbose_name=pgettext_lazy("component site", "Site"),
                             on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"), default=timezone.localdate)
    query = models.CharField(_("query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results"), default=0)

    objects = SearchQueryDayQuerySet.as_manager()

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        ordering = ["-day", "-searches"]
        constraints = [
            models.UniqueConstraint(fields=["site", "day", "query"], name="portal_search_query_site_day_unique"),
        ]
        indexes = [models.Index(fields=["site", "day", "results"], name="portal_search_site_day_idx")]

    def __str__(self):
        return f"{self.day} {self.query}"
