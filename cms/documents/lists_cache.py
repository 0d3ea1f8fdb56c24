"""The managed lists (types, bodies, fields) as cached choices: the filter form needs them on every list
page, and they change rarely. Saving or deleting an item clears the cache (see signals)."""

import time

from django.core.cache import cache

CACHE_KEY = "documents:lists:v1"
TIMEOUT = 6 * 3600
# A page reads the lists several times (filter form, labels, API): the shared cache is asked at most once
# every few seconds per process, so a change made in another worker shows within that time.
MEMO_SECONDS = 5
_memo = {}


def lists():
    """{"type": [(slug, name, id)], "body": [...], "field": [...]}, from the cache when possible."""
    now = time.monotonic()
    if _memo and _memo["until"] > now:
        return _memo["data"]
    data = cache.get(CACHE_KEY)
    if data is None:
        from .models import DocumentType, Field, IssuingBody

        data = {
            key: [(slug, name, pk) for slug, name, pk in model.objects.order_by("sort_order", "name")
                  .values_list("slug", "name", "pk")]
            for key, model in (("type", DocumentType), ("body", IssuingBody), ("field", Field))
        }
        cache.set(CACHE_KEY, data, TIMEOUT)
    _memo.update(data=data, until=now + MEMO_SECONDS)
    return data


def choices(key):
    return [(slug, name) for slug, name, _pk in lists()[key]]


def id_for(key, slug):
    return next((pk for s, _name, pk in lists()[key] if s == slug), None)


def clear():
    _memo.clear()
    cache.delete(CACHE_KEY)
