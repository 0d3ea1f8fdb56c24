"""Files of a document (signed PDF, Word, spreadsheets), checked by content and stored under a safe name."""

import os
import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from ..attachments import FORMAT_LABELS, detect_format, validate_attachment


def safe_upload_path(folder, instance, filename):
    """<folder>/2026/11/<random>.<format>: never the uploader's name (kept apart for display)."""
    ext = instance.file_format or os.path.splitext(filename)[1].lower().lstrip(".")
    today = timezone.localdate()
    return f"{folder}/{today:%Y/%m}/{uuid.uuid4().hex}.{ext}"


def attachment_path(instance, filename):
    return safe_upload_path("van-ban", instance, filename)


class StoredAttachment(Orderable):
    """A file checked by content (PDF, DOC, DOCX, ODT, XLS, XLSX; size limit) that keeps its original name,
    detected format and size for display. Subclasses add their parent key, `title` and `file`."""

    original_name = models.CharField(max_length=255, editable=False, blank=True)
    file_format = models.CharField(max_length=10, editable=False, blank=True)
    size = models.PositiveBigIntegerField(editable=False, default=0)

    panels = [FieldPanel("title"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.display_title

    def save(self, *args, **kwargs):
        upload = self.file.file if self.file and not self.file._committed else None
        if upload is not None:
            self.original_name = os.path.basename(getattr(upload, "name", "") or self.file.name)[:255]
            self.file_format = detect_format(upload, self.original_name) or ""
            self.size = upload.size
        super().save(*args, **kwargs)

    @property
    def display_title(self):
        return self.title or self.original_name or os.path.basename(self.file.name)

    @property
    def format_label(self):
        return FORMAT_LABELS.get(self.file_format, self.file_format.upper())


class DocumentAttachment(StoredAttachment):
    document = ParentalKey("documents.LegalDocument", related_name="attachments", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=255, blank=True,
                             help_text=_("E.g. “Bản có chữ ký số”, “Phụ lục”. The file name is used when empty."))
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=255, validators=[validate_attachment])

    class Meta(StoredAttachment.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
