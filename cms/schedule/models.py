"""The leaders' weekly work schedule: entries (a snippet with drafts and publishing) and its section page."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin
from wagtail.search import index

from cms.sections.models import SectionPage


class ScheduleEntryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def between(self, first_day, last_day):
        return self.filter(date__gte=first_day, date__lte=last_day)

    def in_order(self):
        return self.select_related("leader_ref").order_by(
            "date", models.F("start_time").asc(nulls_first=True), "pk"
        )


class ScheduleEntry(DraftStateMixin, RevisionMixin, LockableMixin, index.Indexed, models.Model):
    """One engagement of a leader: what, when, where, who attends and who prepares."""

    date = models.DateField(_("date"), db_index=True)
    start_time = models.TimeField(
        _("start time"), null=True, blank=True,
        help_text=_("Leave empty for an engagement that lasts the whole day."),
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    leader_ref = models.ForeignKey(
        "core.Leader", verbose_name=_("leader (from the province settings)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="schedule_entries",
    )
    leader = models.CharField(
        _("leader (free text)"), max_length=255, blank=True,
        help_text=_("Used when the leader is not listed in the province settings, "
                    "e.g. “Phó Chủ tịch UBND tỉnh Nguyễn Văn A”."),
    )
    title = models.TextField(_("content"), help_text=_("What the leader does, e.g. “Họp giao ban tuần”."))
    location = models.CharField(_("location"), max_length=255, blank=True)
    attendees = models.TextField(_("attendees"), blank=True, help_text=_("Who attends."))
    preparing_unit = models.CharField(
        _("prepared by"), max_length=255, blank=True, help_text=_("The unit that prepares the content."),
    )
    recurring = models.BooleanField(
        _("repeats every week"), default=False,
        help_text=_("Recurring entries are copied to the next week with the “copy last week” action."),
    )
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="copies",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="schedule_entry")

    objects = ScheduleEntryQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")],
                      heading=_("When")),
        MultiFieldPanel([FieldPanel("leader_ref"), FieldPanel("leader")], heading=_("Leader")),
        FieldPanel("title"),
        FieldPanel("location"),
        FieldPanel("attendees"),
        FieldPanel("preparing_unit"),
        FieldPanel("recurring"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("leader"),
        index.SearchField("location"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("schedule entry")
        verbose_name_plural = _("schedule entries")
        ordering = ["-date", "start_time"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__isnull=True)
                | models.Q(start_time__isnull=False, end_time__gt=models.F("start_time")),
                name="schedule_entry_end_after_start",
            ),
        ]

    def __str__(self):
        when = self.date.strftime("%d/%m/%Y")
        if self.start_time:
            when += " " + self.start_time.strftime("%H:%M")
        return f"{when} — {self.title[:80]}"

    def save(self, *args, **kwargs):
        # Keep a readable name even if the leader is later removed from the province settings.
        if self.leader_ref_id and not self.leader:
            self.leader = f"{self.leader_ref.position} {self.leader_ref.name}".strip()
        super().save(*args, **kwargs)

    @property
    def revisions(self):
        return self._revisions

    @property
    def leader_display(self):
        if self.leader_ref_id and self.leader_ref:
            return f"{self.leader_ref.position} {self.leader_ref.name}".strip()
        return self.leader

    @property
    def time_display(self):
        if not self.start_time:
            return _("All day")
        text = self.start_time.strftime("%H:%M")
        if self.end_time:
            text += "–" + self.end_time.strftime("%H:%M")
        return text

    def clean(self):
        super().clean()
        errors = {}
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Enter the start time when you enter an end time.")
        elif self.end_time and self.start_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end time must be after the start time.")
        if not self.leader_ref_id and not (self.leader or "").strip():
            errors["leader"] = _("Choose a leader from the province settings or type the leader's name and position.")
        if errors:
            raise ValidationError(errors)


class SchedulePage(RoutablePageMixin, SectionPage):
    """Lịch công tác: the week view, its printable version and the iCalendar feed."""

    template = "schedule/schedule_page.html"

    class Meta:
        verbose_name = _("work schedule section")

    @path("", name="current")
    def current_week(self, request):
        from . import views

        return views.week_page(self, request, request.GET.get("tuan"))

    @re_path(r"^(?P<year>\d{4})/(?P<number>\d{1,2})/$", name="week")
    def week(self, request, year, number):
        from . import views

        return views.week_page(self, request, (year, number))

    @re_path(r"^(?P<year>\d{4})/(?P<number>\d{1,2})/in/$", name="print")
    def print_week(self, request, year, number):
        from . import views

        return views.week_page(self, request, (year, number), printable=True)

    @path("ical/", name="ical")
    def ical(self, request):
        from . import views

        return views.ical_feed(self, request)

    def week_url(self, week, request=None, printable=False):
        base = self.get_url(request=request) or ""
        return base + self.reverse_subpage("print" if printable else "week", args=(week.year, week.number))
