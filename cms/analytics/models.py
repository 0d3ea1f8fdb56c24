"""Cookie-less engagement analytics: short-lived raw view events and the daily figures made from them.

No cookie, no stored identifier: a view carries a hash of IP address, browser and a random salt that
exists for one day only (`DailySalt`, deleted when the day is over), so views can be grouped into
visits for that day and never linked to a person or to another day.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Device(models.TextChoices):
    DESKTOP = "desktop", _("Computer")
    MOBILE = "mobile", _("Phone")
    TABLET = "tablet", _("Tablet")


class DailySalt(models.Model):
    day = models.DateField(unique=True)
    value = models.CharField(max_length=64)

    def __str__(self):
        return str(self.day)


class ViewEvent(models.Model):
    """One page view, recorded by the beacon when the page was hidden. Purged after a few days."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    created_at = models.DateTimeField()
    visitor = models.CharField(max_length=32)  # daily-salted hash, not reversible, not linkable across days
    seconds = models.PositiveIntegerField(default=0)
    device = models.CharField(max_length=10, choices=Device.choices, default=Device.DESKTOP)
    referrer_domain = models.CharField(max_length=100, blank=True)

    class Meta:
        indexes = [models.Index(fields=["day", "site", "visitor", "created_at"], name="analytics_event_visit_idx")]
        constraints = [models.CheckConstraint(condition=Q(seconds__lte=86_400), name="analytics_event_seconds_max")]

    def __str__(self):
        return f"{self.day} {self.page_id}"


class DailySiteStat(models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    visits = models.PositiveIntegerField(default=0)
    views = models.PositiveIntegerField(default=0)
    bounces = models.PositiveIntegerField(default=0)
    seconds = models.PositiveBigIntegerField(default=0)  # total time on pages
    devices = models.JSONField(default=dict)  # device -> visits
    referrers = models.JSONField(default=dict)  # domain -> visits

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["site", "day"], name="analytics_site_day_unique"),
            models.CheckConstraint(condition=Q(bounces__lte=models.F("visits")), name="analytics_site_bounces_le_visits"),
        ]

    def __str__(self):
        return f"{self.day} site {self.site_id}"


class DailyPageStat(models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)
    entries = models.PositiveIntegerField(default=0)
    exits = models.PositiveIntegerField(default=0)
    bounces = models.PositiveIntegerField(default=0)
    seconds = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="analytics_page_day_unique")]
        indexes = [models.Index(fields=["site", "day"], name="analytics_page_site_day_idx")]

    def __str__(self):
        return f"{self.day} page {self.page_id}"
