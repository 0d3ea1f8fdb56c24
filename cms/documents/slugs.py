"""Detail addresses from the number: /van-ban/12-2024-qd-ubnd/.

Two bodies may use the same number and symbol (a commune's 45/KH-UBND and the province's). The first
document keeps the plain slug; a later one gets the body's slug appended, then the year, then its id:
the outcome depends only on the data and the order of entry, and a published address never changes
unless its number is corrected.
"""

from cms.core.text import slugify_vi


def assign_slug(document):
    from .models import LegalDocument

    base = slugify_vi(document.number, max_length=60) or "van-ban"
    body = document.issuing_body.slug if document.issuing_body_id else ""
    candidates = [base]
    if body:
        candidates.append(f"{base}-{body}"[:120])
        candidates.append(f"{base}-{body}-{document.issue_year}"[:130])
    taken = set(LegalDocument.objects.filter(slug__startswith=base).exclude(pk=document.pk)
                .values_list("slug", flat=True))
    for candidate in candidates:
        if candidate not in taken:
            document.slug = candidate
            return
    n = 2
    while f"{candidates[-1]}-{n}" in taken:
        n += 1
    document.slug = f"{candidates[-1]}-{n}"
