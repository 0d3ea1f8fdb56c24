"""The site search use case: run a query over every source, rank, cut a page, log it anonymously."""

import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import formats, timezone
from django.utils.translation import gettext
from wagtail.search.backends import get_search_backend

from .query import ParsedQuery, parse
from .snippets import indexed_text, mark, snippet
from .sources import get_sources
from .text import numbers_in, words

PAGE_SIZE = 10
MAX_PAGES = 20
SYNONYMS_CACHE_KEY = "portal_search:synonyms"


@dataclass
class Hit:
    source: object
    obj: object
    score: float
    title: str = ""
    url: str = ""
    text: str = ""
    exact_number: bool = False
    exact_marks: bool = False
    type_label: str = ""

    @property
    def rank_key(self):
        return (not self.exact_number, not self.exact_marks, -self.score)


@dataclass
class Outcome:
    query: ParsedQuery
    selected: object = None  # the SearchSource filtered on, or None for all
    counts: dict = field(default_factory=dict)  # source key -> number of results
    capped: set = field(default_factory=set)  # source keys with more results than were counted
    sources: list = field(default_factory=list)
    hits: list = field(default_factory=list)
    promoted: list = field(default_factory=list)
    page: int = 1
    num_pages: int = 0

    @property
    def total(self):
        if self.selected is not None:
            return self.counts.get(self.selected.key, 0)
        return sum(self.counts.values())

    @property
    def all_total(self):
        return sum(self.counts.values())

    @property
    def total_is_capped(self):
        if self.selected is not None:
            return self.selected.key in self.capped
        return bool(self.capped)

    @property
    def all_total_is_capped(self):
        return bool(self.capped)

    @property
    def total_label(self):
        return count_label(self.total, self.total_is_capped)

    @property
    def all_total_label(self):
        return count_label(self.all_total, self.all_total_is_capped)

    @property
    def facets(self):
        """(source, count, label) per result type; the label says "more than" for a capped count."""
        return [(s, self.counts.get(s.key, 0), count_label(self.counts.get(s.key, 0), s.key in self.capped))
                for s in self.sources]


def count_label(count, capped):
    """'12' or, when only the first matches were counted, 'more than 1,000' (in the visitor's language)."""
    number = formats.number_format(count, force_grouping=True)
    return gettext("more than %(number)s") % {"number": number} if capped else number


def synonym_pairs():
    pairs = cache.get(SYNONYMS_CACHE_KEY)
    if pairs is None:
        from .models import SearchSynonym

        pairs = list(SearchSynonym.objects.values_list("abbreviation_folded", "expansion_folded"))
        cache.set(SYNONYMS_CACHE_KEY, pairs, 3600)
    return pairs


def _better_first(backend):
    """SQLite's bm25 is lower-is-better; PostgreSQL's ts_rank higher-is-better."""
    return -1.0 if "SQLite" in type(backend).__name__ else 1.0


def _describe(hit, parsed, request):
    obj = hit.obj
    hit.title = str(getattr(obj, "title", "") or obj)
    hit.type_label = str(obj._meta.verbose_name).capitalize() if hit.source.is_page else str(hit.source.label)
    if hit.source.url is not None:
        hit.url = hit.source.url(obj, request) or ""
    elif hasattr(obj, "get_url"):
        hit.url = obj.get_url(request) or ""
    elif hasattr(obj, "get_absolute_url"):
        hit.url = obj.get_absolute_url()
    hit.text = indexed_text(obj)
    haystack = f"{hit.title} {hit.text}"
    if parsed.numbers:
        hit.exact_number = bool(set(parsed.numbers) & set(numbers_in(haystack)))
    if parsed.marked:
        present = set(words(haystack))
        hit.exact_marks = all(term in present for term in parsed.terms)


def _fetch(source, request, backend, query, parsed, limit, sign):
    results = backend.search(query, source.queryset(request)).annotate_score("_score")
    hits = [Hit(source, obj, sign * float(getattr(obj, "_score", 0) or 0)) for obj in results[:limit]]
    if source.is_page and hits:  # pages come back as their base class
        from wagtail.models import Page

        specific = {p.pk: p for p in Page.objects.filter(pk__in=[h.obj.pk for h in hits]).specific()}
        for hit in hits:
            hit.obj = specific.get(hit.obj.pk, hit.obj)
    return results, hits


def _fetch_postgres(source, request, parsed, limit):
    """Top-N on the index table (see postgres.py); objects loaded in one query (pages as their specific class)."""
    from . import postgres

    count, ranked = postgres.search_source(source, request, parsed, limit)
    if not ranked:
        return count, []
    pks = [pk for pk, _ in ranked]
    objects = source.queryset(request).filter(pk__in=pks)
    if source.is_page:
        objects = objects.specific()
    by_pk = {obj.pk: obj for obj in objects}
    return count, [Hit(source, by_pk[pk], score) for pk, score in ranked if pk in by_pk]


def run(request, raw_query, type_key=None, page=1):
    parsed = parse(raw_query, synonym_pairs())
    sources = get_sources()
    selected = next((s for s in sources if s.key == type_key), None)
    outcome = Outcome(query=parsed, selected=selected, sources=sources)
    if parsed.is_empty:
        return outcome
    backend = get_search_backend()
    query = parsed.backend_query()
    sign = _better_first(backend)
    page = max(1, min(page, MAX_PAGES))
    window = page * PAGE_SIZE
    hits = []
    from . import postgres

    top_n = postgres.is_available(backend)
    for source in sources:
        shown = selected is None or source is selected
        if top_n:
            count, fetched = _fetch_postgres(source, request, parsed, window if shown else 0)
            if count > postgres.CAP:
                outcome.capped.add(source.key)
            outcome.counts[source.key] = min(count, postgres.CAP)
            hits.extend(fetched)
            continue
        if not shown:
            results = backend.search(query, source.queryset(request))
            outcome.counts[source.key] = results.count()
            continue
        results, fetched = _fetch(source, request, backend, query, parsed, window, sign)
        outcome.counts[source.key] = results.count()
        hits.extend(fetched)
    for hit in hits:
        _describe(hit, parsed, request)
    hits.sort(key=lambda h: h.rank_key)
    outcome.num_pages = min(MAX_PAGES, -(-outcome.total // PAGE_SIZE))
    outcome.page = min(page, max(outcome.num_pages, 1))
    start = (outcome.page - 1) * PAGE_SIZE
    outcome.hits = hits[start:start + PAGE_SIZE]
    terms = parsed.highlight_terms
    for hit in outcome.hits:
        hit.title_html = mark(hit.title, terms)
        hit.snippet_html = snippet(hit.text, terms)
    if outcome.page == 1:
        outcome.promoted = promoted_for(parsed.text)
    return outcome


def promoted_for(text):
    """Editors' picks (Wagtail search promotions) for this query, shown above the results."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page").order_by("sort_order")
    )


_EMAIL = re.compile(r"\S+@\S+")
_LONG_NUMBER = re.compile(r"\d[\d .\-]{7,}\d")


def anonymise(text):
    """Queries may hold someone's email, phone or ID number: those never reach the log."""
    text = _EMAIL.sub("[email]", text)
    return _LONG_NUMBER.sub("[số]", text).lower()[:200]


def log_query(text, results, site, day=None):
    """Count one search of `text` on `site` for the day, with its number of results. Nothing about who searched."""
    from .models import SearchQueryDay

    text = anonymise(text).strip()
    if not text or site is None:
        return
    day = day or timezone.localdate()
    rows = SearchQueryDay.objects.filter(site=site, day=day, query=text)
    if not rows.update(searches=F("searches") + 1, results=results):
        try:
            with transaction.atomic():
                SearchQueryDay.objects.create(site=site, day=day, query=text, searches=1, results=results)
        except IntegrityError:
            rows.update(searches=F("searches") + 1, results=results)
