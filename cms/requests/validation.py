"""Validators for the request form, with messages citizens understand (Vietnamese in the catalogue)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CCCD_RE = re.compile(r"^\d{12}$")
PASSPORT_RE = re.compile(r"^[A-Z0-9]{6,20}$")
PHONE_RE = re.compile(r"^0\d{9,10}$")
NAME_RE = re.compile(r"^[^\W\d_]+(?:[ .'-][^\W\d_]+)*\.?$")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ALLOWED_SIGNATURES = {
    b"%PDF-": "pdf",
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpg",
}


def clean_text(value):
    """Strip the ends and control characters; keep line breaks. Markup stays text: templates escape it."""
    return CONTROL_RE.sub("", value or "").strip()


def normalise_phone(value):
    digits = re.sub(r"[\s.()-]", "", value or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    return digits


def validate_phone(value):
    if not PHONE_RE.match(value):
        raise ValidationError(_("Enter a Vietnamese phone number of 10 or 11 digits, e.g. 0912 345 678."),
                              code="phone")


def normalise_id(value):
    return re.sub(r"[\s.-]", "", value or "").upper()


def validate_id(id_type, value):
    if id_type == "cccd" and not CCCD_RE.match(value):
        raise ValidationError(_("A citizen identity card number has exactly 12 digits."), code="cccd")
    if id_type == "passport" and not PASSPORT_RE.match(value):
        raise ValidationError(_("A passport number has 6 to 20 letters and digits, e.g. C1234567."),
                              code="passport")


def validate_name(value):
    if not NAME_RE.match(value):
        raise ValidationError(_("Enter the full name in letters, e.g. Nguyễn Văn An."), code="name")


def validate_upload(uploaded):
    if uploaded.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is larger than 5 MB."), code="size")
    head = uploaded.read(16)
    uploaded.seek(0)
    if not any(head.startswith(signature) for signature in ALLOWED_SIGNATURES):
        raise ValidationError(_("Attach a PDF, JPG or PNG file."), code="type")
