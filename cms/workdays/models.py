"""The province's calendar adjustments: extra days off and make-up working Saturdays (DESIGN.md §2, §4).

The national holidays come from the `holidays` package; each year the government (and sometimes the
province) also swaps days by a notice. Those swaps are data, kept here with their source document.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class CalendarAdjustment(models.Model):
    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Extra day off")
        WORKDAY = "workday", _("Make-up working day")

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    reason = models.CharField(
        _("reason"), max_length=255,
        help_text=_("For example: Nghỉ bù cho ngày làm việc thứ Bảy 26/4/2025, dịp lễ 30/4–1/5."),
    )
    source_document = models.CharField(
        _("source document"), max_length=255,
        help_text=_("Number and title of the notice that decides it, e.g. Thông báo số 6150/TB-BLĐTBXH."),
    )
    source_url = models.URLField(_("link to the source document"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("reason"),
        FieldPanel("source_document"),
        FieldPanel("source_url"),
    ]

    class Meta:
        verbose_name = _("calendar adjustment")
        verbose_name_plural = _("calendar adjustments")
        ordering = ["-date"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["day_off", "workday"]), name="calendaradjustment_kind_valid"
            ),
        ]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} — {self.get_kind_display()}"

    def clean(self):
        if self.date is None:
            return
        weekend = self.date.weekday() >= 5
        if self.kind == self.Kind.WORKDAY and not weekend:
            raise ValidationError({"date": _("A make-up working day must be a Saturday or a Sunday.")})
        if self.kind == self.Kind.DAY_OFF and weekend:
            raise ValidationError({"date": _("An extra day off must fall from Monday to Friday.")})
