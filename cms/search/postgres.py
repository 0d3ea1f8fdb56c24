"""The site search on PostgreSQL: a top-N query on Wagtail's index table instead of ranking every match.

Wagtail's database backend filters on `(title || body) @@ query` (no index can serve it) and computes
ts_rank for every match before taking the first ten: seconds for a common word in 100,000 documents.
Here, per result type (source), one statement:

- matches come from the GIN index on `(title || body)` (migration 0003), limited to the source's
  content types and to the objects its queryset shows (published, live, public), checked by primary key;
- at most CAP matches are read: the count is exact below CAP and "more than CAP" above it;
- the rows ranked are those CAP matches plus the best-placed ones (document-number phrase matches and
  title matches, through their own GIN indexes), so a page whose title matches or the document whose
  number was typed is never lost among thousands of body matches; ts_rank is computed for those only.

The query means what the backend query means (`ParsedQuery.backend_query()`): every word of one
alternative (as typed, folded, or with a synonym), or a document number as a phrase.
"""

import time

from django.db import connection

CAP = 1000  # matches read per result type; counts above it are shown as "more than 1,000"
BEST = 100  # title and document-number matches added to the ranked rows
TYPES_CACHE_SECONDS = 300

_types = {}


def is_available(backend):
    return connection.vendor == "postgresql" and type(backend).__module__.startswith("modelsearch.backends.database")


def tsquery_text(parsed):
    """to_tsquery() text for the word alternatives: ('w1' & 'w2') | ('f1' & 'f2') | …; '' when none."""
    alternatives = [parsed.terms]
    if parsed.folded_terms != parsed.terms:
        alternatives.append(parsed.folded_terms)
    alternatives.extend(parsed.variants)
    groups = []
    for words in alternatives:
        # words() keeps letters and digits only, so no quote or operator can reach the query; escaped anyway.
        lexemes = ["'" + w.replace("\\", "\\\\").replace("'", "''") + "'" for w in words if w]
        if lexemes:
            group = "(" + " & ".join(lexemes) + ")"
            if group not in groups:
                groups.append(group)
    return " | ".join(groups)


def _query_sql(parsed):
    """SQL expression of the whole tsquery and its parameters (immutable functions: folded at planning)."""
    parts, params = [], []
    text = tsquery_text(parsed)
    if text:
        parts.append("to_tsquery('simple', %s)")
        params.append(text)
    for number in parsed.numbers:
        parts.append("phraseto_tsquery('simple', %s)")
        params.append(number)
    return " || ".join(parts), params


def _numbers_sql(parsed):
    if not parsed.numbers:
        return "", []
    return " || ".join(["phraseto_tsquery('simple', %s)"] * len(parsed.numbers)), list(parsed.numbers)


def _types_key(source, request):
    """A page source's types are read from its queryset, which depends on the request's site and language
    (a component site may have page types the province's site has not, and the other way round): cached
    per site and language. A record source's types are its model's, the same for every request."""
    if not source.is_page:
        return (source.key, source.model)
    from django.utils import translation

    from .sources import request_site

    site = request_site(request)
    return (source.key, source.model, site.pk if site is not None else None, translation.get_language())


def source_types(source, request):
    """Content type ids of the index entries a source can show (its queryset's page types, or its model's)."""
    key = _types_key(source, request)
    cached = _types.get(key)
    now = time.monotonic()
    if cached is not None and cached[1] > now:
        return cached[0]
    from modelsearch.utils import get_descendants_content_types_pks

    if source.is_page:
        ids = sorted(set(source.queryset(request).order_by().values_list("content_type_id", flat=True).distinct()))
    else:
        ids = sorted(get_descendants_content_types_pks(source.model))
    _types[key] = (ids, now + TYPES_CACHE_SECONDS)
    return ids


def clear_caches():
    _types.clear()


def search_source(source, request, parsed, limit):
    """(number of matches capped at CAP+1, [(pk, score)] best first, at most `limit`) for one source."""
    statement = build_sql(source, request, parsed, limit)
    if statement is None:
        return 0, []
    with connection.cursor() as cursor:
        cursor.execute(*statement)
        rows = cursor.fetchall()
    if limit <= 0:
        return rows[0][0], []
    if not rows:
        return 0, []
    pk_field = source.model._meta.pk
    return rows[0][2], [(pk_field.to_python(object_id), float(score)) for object_id, score, _ in rows]


def build_sql(source, request, parsed, limit):
    """(sql, params) of the statement for one source, or None when there is nothing to look for."""
    from modelsearch.backends.database.postgres.weights import get_sql_weights
    from modelsearch.conf import get_app_config

    types = source_types(source, request)
    query_sql, query_params = _query_sql(parsed)
    if not types or not query_sql:
        return None
    table = connection.ops.quote_name(get_app_config().get_model("IndexEntry")._meta.db_table)
    members = source.queryset(request).order_by().values("pk")
    members_sql, members_params = members.query.sql_with_params()
    pk_type = source.model._meta.pk.db_type(connection)
    if pk_type in ("integer", "bigint", "smallint"):
        member_check = f"CAST(e.object_id AS {pk_type}) IN ({members_sql})"
    else:
        member_check = f"e.object_id IN (SELECT CAST(m.pk AS text) FROM ({members_sql}) m)"
    base = f"FROM {table} e WHERE e.content_type_id = ANY(%s) AND {member_check}"  # noqa: S608 - SQL built from our own parts
    base_params = [types, *members_params]

    tiers = [f"(SELECT e.id, e.object_id, e.title, e.body, e.title_norm {base} AND (e.title || e.body) @@ ({query_sql}) LIMIT {CAP + 1})"]
    tier_params = [*base_params, *query_params]
    numbers_sql, numbers_params = _numbers_sql(parsed)
    if numbers_sql:
        tiers.append(f"(SELECT e.id, e.object_id, e.title, e.body, e.title_norm {base} "
                     f"AND (e.title || e.body) @@ ({numbers_sql}) LIMIT {BEST})")
        tier_params += [*base_params, *numbers_params]
    if source.is_page:
        tiers.append(f"(SELECT e.id, e.object_id, e.title, e.body, e.title_norm {base} AND e.title @@ ({query_sql}) LIMIT {BEST})")
        tier_params += [*base_params, *query_params]
    if limit <= 0:  # the count only (a type not shown right now)
        return f"SELECT count(*) FROM {tiers[0]} m", tier_params[:len(base_params) + len(query_params)]
    sql = (
        f"WITH matches AS MATERIALIZED {tiers[0]}, "
        f"candidates AS ({' UNION '.join(['SELECT * FROM matches', *tiers[1:]])}) "
        "SELECT c.object_id, "
        f"ts_rank(%s::float4[], c.title, {query_sql}) * c.title_norm + ts_rank(%s::float4[], c.body, {query_sql}) AS score, "
        "(SELECT count(*) FROM matches) "
        "FROM candidates c ORDER BY score DESC, c.id DESC LIMIT %s"
    )
    weights = get_sql_weights()
    return sql, [*tier_params, weights, *query_params, weights, *query_params, limit]
