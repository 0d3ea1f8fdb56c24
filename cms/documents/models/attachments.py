"""Files of a document (signed PDF, Word, spreadsheets), checked by content and stored under a safe name."""

import os
import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from ..attachments import FORMAT_LABELS, validate_attachment


def attachment_path(instance, filename):
    """van-ban/2026/11/<random>.pdf: never the uploader's name (kept apart for display)."""
    ext = os.path.splitext(filename)[1].lower().lstrip(".")
    ext = instance.file_format or ext
    today = timezone.localdate()
    return f"van-ban/{today:%Y/%m}/{uuid.uuid4().hex}.{ext}"


class DocumentAttachment(Orderable):
    document = ParentalKey("documents.LegalDocument", related_name="attachments", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=255, blank=True,
                             help_text=_("E.g. “Bản có chữ ký số”, “Phụ lục”. The file name is used when empty."))
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=255, validators=[validate_attachment])
    original_name = models.CharField(max_length=255, editable=False, blank=True)
    file_format = models.CharField(max_length=10, editable=False, blank=True)
    size = models.PositiveBigIntegerField(editable=False, default=0)

    panels = [FieldPanel("title"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return self.title or self.original_name or os.path.basename(self.file.name)

    @property
    def format_label(self):
        return FORMAT_LABELS.get(self.file_format, self.file_format.upper())

    def save(self, *args, **kwargs):
        from ..attachments import detect_format

        upload = self.file.file if self.file and not self.file._committed else None
        if upload is not None:
            self.original_name = os.path.basename(getattr(upload, "name", "") or self.file.name)[:255]
            self.file_format = detect_format(upload, self.original_name) or ""
            self.size = upload.size
        super().save(*args, **kwargs)
