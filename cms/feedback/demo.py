"""Demo ratings spread over the last six months, so the summary page and the home figure show data."""

import datetime
import hashlib
import random

from django.utils import timezone

from cms.sections.models import SectionPage

from .models import CommentStatus, PageRating, Reason
from .services import section_key_of

COMMENTS = [
    ("Thông tin rõ ràng, dễ tìm.", CommentStatus.APPROVED, Reason.CLEAR),
    ("Nên bổ sung số điện thoại đường dây nóng của từng sở.", CommentStatus.APPROVED, Reason.MISSING),
    ("Một số văn bản đính kèm không mở được trên điện thoại.", CommentStatus.PENDING, Reason.BROKEN),
]


def build_demo(site, home, province):
    if PageRating.objects.for_site(site).exists():
        return []
    rng = random.Random(f"ratings-{province.slug}")
    pages = list(SectionPage.objects.descendant_of(home).live().order_by("path")[:25])
    if not pages:
        return []
    sections = {page.pk: section_key_of(page) for page in pages}
    today = timezone.localdate()
    rows = []
    for n in range(420):
        page = rng.choice(pages)
        day = today - datetime.timedelta(days=rng.randrange(0, 180))
        useful = rng.random() < (0.55 if page.depth > 3 and page.pk % 3 == 0 else 0.85)
        scored = rng.random() < 0.6
        rows.append(PageRating(
            page=page, section_key=sections[page.pk], day=day, useful=useful,
            visitor_hash=hashlib.sha256(f"demo-{province.slug}-{n}".encode()).hexdigest(),
            score=(rng.choice([4, 5, 5]) if useful else rng.choice([1, 2, 3])) if scored else None,
            reason=(Reason.CLEAR if useful else rng.choice([Reason.MISSING, Reason.UNCLEAR, Reason.OUTDATED]))
            if scored else "",
        ))
    for row, (text, status, reason) in zip(rows, COMMENTS, strict=False):
        row.comment, row.comment_status, row.reason, row.day = text, status, reason, today
    PageRating.objects.bulk_create(rows, ignore_conflicts=True)
    return [f"feedback: {len(rows)} page ratings"]
