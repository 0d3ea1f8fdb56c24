"""Attachment checks: the content must really be PDF, DOC, DOCX, ODT, XLS or XLSX, and not too large.

The extension alone proves nothing; the first bytes are read (with the `filetype` package Wagtail already
depends on, plus the OLE2 header that old Word and Excel files share) and must agree with the extension.
"""

import os

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

DEFAULT_MAX_SIZE = 20 * 1024 * 1024
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ALLOWED = {"pdf", "doc", "docx", "odt", "xls", "xlsx"}
FORMAT_LABELS = {"pdf": "PDF", "doc": "Word (DOC)", "docx": "Word (DOCX)", "odt": "ODT",
                 "xls": "Excel (XLS)", "xlsx": "Excel (XLSX)"}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def max_size():
    return getattr(settings, "DOCUMENTS_MAX_ATTACHMENT_SIZE", DEFAULT_MAX_SIZE)


def _head(upload, length=8192):
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(length)
    upload.seek(position)
    return head


def detect_format(upload, name=""):
    """The real format from the content ('pdf', 'docx', …) or None when it is not an allowed one."""
    head = _head(upload)
    ext = os.path.splitext(name or getattr(upload, "name", ""))[1].lower().lstrip(".")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(OLE2_MAGIC):
        # DOC and XLS share the OLE2 container; filetype tells them apart when it can, else trust the extension.
        kind = filetype.guess_extension(head)
        if kind in {"doc", "xls"}:
            return kind
        return ext if ext in {"doc", "xls"} else None
    kind = filetype.guess_extension(head)
    return kind if kind in {"docx", "odt", "xlsx"} else None


def validate_attachment(value):
    upload = getattr(value, "file", value)
    name = getattr(value, "name", "") or ""
    size = getattr(value, "size", None)
    if size is not None and size > max_size():
        raise ValidationError(
            _("The file is %(size)s; files may be at most %(max)s.")
            % {"size": filesizeformat(size), "max": filesizeformat(max_size())}, code="too_large")
    if getattr(value, "_committed", False):
        return  # already stored and checked
    fmt = detect_format(upload, name)
    ext = os.path.splitext(name)[1].lower().lstrip(".")
    if fmt is None:
        raise ValidationError(
            _("This file is not a PDF, DOC, DOCX, ODT, XLS or XLSX document (its content was checked, "
              "not only its name)."), code="bad_type")
    if ext != fmt:
        raise ValidationError(
            _("The file is named .%(ext)s but its content is %(fmt)s. Rename it or choose the right file.")
            % {"ext": ext or "?", "fmt": FORMAT_LABELS[fmt]}, code="mismatch")
