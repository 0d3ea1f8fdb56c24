"""Recording one view from the beacon: who (a daily hash), what (a real page), how long, from where."""

import hashlib
import re
import secrets
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from .models import DailySalt, Device, ViewEvent

MAX_SECONDS = 30 * 60  # a page left open longer is counted as 30 minutes
_BOT = re.compile(r"bot|crawl|spider|slurp|headless|lighthouse|preview|monitor|curl|wget|python-requests", re.I)
_TABLET = re.compile(r"ipad|tablet|kindle|silk|playbook|(android(?!.*mobile))", re.I)
_MOBILE = re.compile(r"mobi|iphone|ipod|android|blackberry|opera mini|iemobile", re.I)

_salts = {}
_paths = {}
PATH_CACHE_SECONDS = 300


def opted_out(request):
    """Do Not Track and Global Privacy Control are honoured: nothing is recorded."""
    return request.headers.get("DNT") == "1" or request.headers.get("Sec-GPC") == "1"


def is_bot(user_agent):
    return not user_agent or bool(_BOT.search(user_agent))


def device_class(user_agent):
    if _TABLET.search(user_agent or ""):
        return Device.TABLET
    if _MOBILE.search(user_agent or ""):
        return Device.MOBILE
    return Device.DESKTOP


def daily_salt(day):
    """A random salt for `day`, kept in memory and in the database until the day's figures are made."""
    salt = _salts.get(day)
    if salt is None:
        try:
            with transaction.atomic():
                salt = DailySalt.objects.get_or_create(day=day, defaults={"value": secrets.token_hex(32)})[0].value
        except IntegrityError:
            salt = DailySalt.objects.get(day=day).value
        _salts.clear()
        _salts[day] = salt
    return salt


def visitor_hash(request, site, day):
    ip = request.META.get("REMOTE_ADDR", "")
    ua = request.headers.get("User-Agent", "")
    raw = f"{daily_salt(day)}|{site.pk}|{ip}|{ua}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def referrer_domain(referrer, own_host):
    """The other site's host name, or '' for none, internal links and anything unreadable."""
    try:
        host = (urlsplit(referrer or "").hostname or "").lower()
    except ValueError:
        return ""
    own = (own_host or "").split(":")[0].lower()
    if not host or host == own or len(host) > 100 or not re.fullmatch(r"[a-z0-9.\-]+", host):
        return ""
    return host.removeprefix("www.")


def _language_prefixes():
    return [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def resolve_page(site, path):
    """The live page a public path belongs to on this site (routable sub-paths count for their page).

    Cached in memory for a few minutes: the beacon must stay cheap and must never count a path that is
    not a real page, so made-up paths cannot inflate any page's figures.
    """
    if not path or not path.startswith("/") or len(path) > 500 or "//" in path or ".." in path:
        return None
    key = (site.pk, path)
    cached = _paths.get(key)
    now = time.monotonic()
    if cached is not None and cached[1] > now:
        return cached[0]
    segments = [s for s in path.split("/") if s]
    roots = [site.root_page]
    if segments and segments[0] in _language_prefixes():
        segments = segments[1:]
        roots = list(Page.objects.filter(translation_key=site.root_page.translation_key).exclude(pk=site.root_page.pk))
    candidates = [(root.url_path + "".join(s + "/" for s in segments[:n]), n == len(segments))
                  for root in roots for n in range(len(segments), -1, -1)]
    found = {p.url_path: p for p in Page.objects.live().public()
             .filter(url_path__in=[c[0] for c in candidates]).specific(defer=True)}
    page_id = None
    for url_path, exact in candidates:
        page = found.get(url_path)
        if page is not None:
            # A sub-path only counts for a page that serves sub-paths (e.g. /van-ban/<number>/).
            if exact or isinstance(page, RoutablePageMixin):
                page_id = page.pk
            break
    if len(_paths) > 5000:
        _paths.clear()
    _paths[key] = (page_id, now + PATH_CACHE_SECONDS)
    return page_id


def record_view(request, path, seconds, referrer):
    """Store one view; returns False (and stores nothing) when the view does not count."""
    ua = request.headers.get("User-Agent", "")
    if opted_out(request) or is_bot(ua):
        return False
    site = Site.find_for_request(request)
    if site is None:
        return False
    page_id = resolve_page(site, path)
    if page_id is None:
        return False
    now = timezone.now()
    day = timezone.localdate(now)
    ViewEvent.objects.create(
        site=site, page_id=page_id, day=day, created_at=now, visitor=visitor_hash(request, site, day),
        seconds=max(0, min(int(seconds), MAX_SECONDS)), device=device_class(ua),
        referrer_domain=referrer_domain(referrer, request.get_host()),
    )
    return True
