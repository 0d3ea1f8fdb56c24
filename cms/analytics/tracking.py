"""Recording one view from the beacon: who (a daily hash), what (a real page), how long, from where."""

import functools
import hashlib
import re
import secrets
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, InterfaceError, OperationalError, connection, transaction
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


class _PageMap:
    """Every live public page's url_path (and whether it serves sub-paths), held in memory per process.

    One query builds it; it is rebuilt every few minutes, and sooner (at most every 30 s) when a path is
    not found, so a page published a moment ago is soon counted while made-up paths cannot make the
    beacon query the database on every request.
    """

    MAX_AGE = PATH_CACHE_SECONDS
    MISS_REFRESH = 30

    def __init__(self):
        self.built = None
        self.pages = {}  # url_path -> (page_id, serves sub-paths)
        self.roots = {}  # site root page id -> url_paths of the root and its translations (language prefixes)

    def clear(self):
        self.built = None

    def _build(self, now):
        from django.contrib.contenttypes.models import ContentType

        rows = list(Page.objects.live().public().values_list("pk", "url_path", "content_type_id", "translation_key"))
        models = {ct_id: ContentType.objects.get_for_id(ct_id).model_class() for ct_id in {r[2] for r in rows}}
        routable = {ct_id for ct_id, model in models.items() if model and issubclass(model, RoutablePageMixin)}
        self.pages = {url_path: (pk, ct_id in routable) for pk, url_path, ct_id, _ in rows}
        by_key = {}
        for pk, url_path, _, key in rows:
            by_key.setdefault(key, []).append((pk, url_path))
        self.by_translation = by_key
        self.roots = {}
        self.built = now

    def lookup(self, url_path, now):
        if self.built is None or now - self.built > self.MAX_AGE:
            self._build(now)
        found = self.pages.get(url_path)
        if found is None and now - self.built > self.MISS_REFRESH:
            self._build(now)
            found = self.pages.get(url_path)
        return found

    def translated_roots(self, root):
        """url_paths of the translations of a site's root page (where /en/… paths start)."""
        if self.built is None:
            self._build(time.monotonic())
        return [path for pk, path in self.by_translation.get(root.translation_key, []) if pk != root.pk]


_page_map = _PageMap()
_sites = {}


def clear_caches():
    _salts.clear()
    _paths.clear()
    _sites.clear()
    _page_map.clear()


def find_site(request):
    """Wagtail's site for the request's host, remembered per process for a few minutes (no query per beacon)."""
    key = request.get_host()
    now = time.monotonic()
    cached = _sites.get(key)
    if cached is not None and cached[1] > now:
        return cached[0]
    site = Site.find_for_request(request)
    if len(_sites) > 100:
        _sites.clear()
    _sites[key] = (site, now + PATH_CACHE_SECONDS)
    return site


def resolve_page(site, path):
    """The live page a public path belongs to on this site (routable sub-paths count for their page).

    Answered from the in-memory page map: the beacon must stay cheap and must never count a path that
    is not a real page, so made-up paths cannot inflate any page's figures.
    """
    if not path or not path.startswith("/") or len(path) > 500 or "//" in path or ".." in path:
        return None
    key = (site.pk, path)
    now = time.monotonic()
    cached = _paths.get(key)
    if cached is not None and cached[1] > now:
        return cached[0]
    segments = [s for s in path.split("/") if s]
    roots = [site.root_page.url_path]
    if segments and segments[0] in _language_prefixes():
        segments = segments[1:]
        roots = _page_map.translated_roots(site.root_page)
    page_id = None
    for root in roots:
        for n in range(len(segments), -1, -1):
            found = _page_map.lookup(root + "".join(s + "/" for s in segments[:n]), now)
            if found is None:
                continue
            # A sub-path only counts for a page that serves sub-paths (e.g. /van-ban/<number>/).
            if n == len(segments) or found[1]:
                page_id = found[0]
            break
        if page_id is not None:
            break
    if len(_paths) > 5000:
        _paths.clear()
    _paths[key] = (page_id, now + PATH_CACHE_SECONDS)
    return page_id


_FIELDS = ("site", "page", "day", "created_at", "visitor", "seconds", "device", "referrer_domain")


@functools.cache
def _insert_sql(vendor):
    meta = ViewEvent._meta
    quote = connection.ops.quote_name
    columns = ", ".join(quote(meta.get_field(name).column) for name in _FIELDS)
    return f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({', '.join(['%s'] * len(_FIELDS))})"  # noqa: S608


def _insert(params):
    """One plain INSERT (no model instance, no signals) in one round trip.

    On PostgreSQL the statement's own transaction does not wait for the disk (synchronous_commit off,
    for this statement only): a crash of the server may lose the last fraction of a second of views,
    never anything else, and the beacon no longer waits for a disk flush per page view.
    """
    sql = _insert_sql(connection.vendor)
    if connection.in_atomic_block:  # inside someone's transaction (tests): a savepoint, nothing else changed
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, params)
        return
    if connection.vendor == "postgresql" and not connection.settings_dict.get("OPTIONS", {}).get("server_side_binding"):
        # Client-side binding sends both statements as one implicit transaction, so SET LOCAL covers the INSERT.
        sql = "SET LOCAL synchronous_commit TO OFF; " + sql
    # No "SELECT 1" health check first (CONN_HEALTH_CHECKS would cost a second round trip per beacon):
    # if the kept connection turns out to be broken, it is closed and the INSERT is tried once more.
    connection.health_check_done = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
    except (OperationalError, InterfaceError):
        connection.close()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


def record_view(request, path, seconds, referrer):
    """Store one view with a single INSERT; returns False (and stores nothing) when the view does not count."""
    ua = request.headers.get("User-Agent", "")
    if opted_out(request) or is_bot(ua):
        return False
    site = find_site(request)
    if site is None:
        return False
    page_id = resolve_page(site, path)
    if page_id is None:
        return False
    now = timezone.now()
    day = timezone.localdate(now)
    params = [site.pk, page_id, connection.ops.adapt_datefield_value(day), connection.ops.adapt_datetimefield_value(now),
              visitor_hash(request, site, day), max(0, min(int(seconds), MAX_SECONDS)), device_class(ua),
              referrer_domain(referrer, request.get_host())]
    try:
        _insert(params)
    except IntegrityError:  # the page was deleted a moment ago
        return False
    return True
