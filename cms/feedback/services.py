"""Recording anonymous page ratings: one vote per visitor per page per day, without cookies.

Why no cookie and no session: raters must stay anonymous (Decree 224/2026) and public pages must stay
cacheable. So the vote form carries no CSRF cookie token; instead it carries a signed, timestamped
token naming the page (`vote_token`), and the endpoint is `csrf_exempt` but checks the token and the
request's Origin/Referer (see `same_origin`). There is no session to hijack, so cross-site forgery can
at most add one anonymous vote per visitor per day, which the Origin check refuses anyway.

"One visitor" is a SHA-256 of a random salt of the day + address + user agent + page + day. The
address and user agent are never stored, and the salt is deleted the next day, so old hashes cannot
be linked to anyone by a dictionary attack over addresses.
"""

import hashlib
import secrets
from urllib.parse import urlsplit

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page

from cms.sections.models import SectionPage

from .models import CommentStatus, DailySalt, PageRating

VOTE_TOKEN_MAX_AGE = 7 * 24 * 3600  # a cached page's form stays usable for a week
DETAILS_TOKEN_MAX_AGE = 24 * 3600  # details can be added to a vote on the same day
_VOTE_SALT = "feedback.vote"
_DETAILS_SALT = "feedback.details"
_salt_cache = {}


class VoteRefused(Exception):
    """The vote cannot be recorded; the message is shown to the visitor."""


def vote_token(page_id):
    return signing.TimestampSigner(salt=_VOTE_SALT).sign(str(page_id))


def check_vote_token(token, page_id):
    try:
        value = signing.TimestampSigner(salt=_VOTE_SALT).unsign(token or "", max_age=VOTE_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return False
    return value == str(page_id)


def details_token(rating):
    return signing.TimestampSigner(salt=_DETAILS_SALT).sign(str(rating.pk))


def rating_from_details_token(token):
    """The rating a details token names, or None when the token is forged, expired or the rating gone."""
    try:
        value = signing.TimestampSigner(salt=_DETAILS_SALT).unsign(token or "", max_age=DETAILS_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    return PageRating.objects.select_related("page").filter(pk=int(value)).first() if value.isdigit() else None


def same_origin(request):
    """True unless the browser says the form was posted from another site (Origin, else Referer)."""
    host = request.get_host()
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc == host
    if origin == "null":
        return False
    referer = request.headers.get("Referer")
    if referer:
        return urlsplit(referer).netloc == host
    return True


def daily_salt(day):
    """Today's random salt; creating it deletes every older one."""
    salt = _salt_cache.get(day)
    if salt is not None:
        return salt
    DailySalt.objects.filter(day__lt=day).delete()
    try:
        with transaction.atomic():
            row, _ = DailySalt.objects.get_or_create(day=day, defaults={"salt": secrets.token_hex(32)})
    except IntegrityError:  # another process created it at the same moment
        row = DailySalt.objects.get(day=day)
    _salt_cache.clear()
    _salt_cache[day] = row.salt
    return row.salt


def visitor_hash(request, page_id, day):
    address = request.META.get("REMOTE_ADDR", "")
    agent = request.headers.get("User-Agent", "")[:500]
    raw = f"{daily_salt(day)}|{address}|{agent}|{page_id}|{day.isoformat()}"
    return hashlib.sha256(raw.encode()).hexdigest()


def rateable_page(page_id):
    """The live, public page with that id, or None."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return None
    page = Page.objects.live().public().filter(pk=page_id).only("id", "path", "depth", "url_path").first()
    return page


def section_key_of(page):
    """Key of the top-level standard section the page is in ('' for a home page)."""
    if page.depth < 3:
        return ""
    top = page.path[: 3 * Page.steplen]
    return SectionPage.objects.filter(path=top).values_list("section_key", flat=True).first() or ""


def record_vote(request, page, useful, day=None):
    """Record a yes/no vote; a second vote from the same visitor that day changes the first one."""
    day = day or timezone.localdate()
    digest = visitor_hash(request, page.pk, day)
    existing = PageRating.objects.filter(page=page, day=day, visitor_hash=digest).first()
    if existing is not None:
        if existing.useful != useful:
            existing.useful = useful
            existing.save(update_fields=["useful"])
        return existing, False
    try:
        with transaction.atomic():
            rating = PageRating.objects.create(
                page=page, day=day, visitor_hash=digest, useful=useful, section_key=section_key_of(page)
            )
    except IntegrityError:  # the same visitor's parallel request won
        return PageRating.objects.get(page=page, day=day, visitor_hash=digest), False
    return rating, True


def save_details(rating, score=None, reason="", comment=""):
    """Add the optional score, reason and comment; a comment waits for moderation before it is shown."""
    rating.score = score
    rating.reason = reason or ""
    comment = (comment or "").strip()
    if comment != rating.comment:
        rating.comment = comment
        rating.comment_status = CommentStatus.PENDING if comment else CommentStatus.NONE
    rating.save(update_fields=["score", "reason", "comment", "comment_status"])
    return rating


def moderate(ratings, approve):
    """Approve or reject the comments of the given ratings (a queryset)."""
    status = CommentStatus.APPROVED if approve else CommentStatus.REJECTED
    return ratings.exclude(comment="").update(comment_status=status)
