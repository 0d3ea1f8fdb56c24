from django.shortcuts import render
from django.views.decorators.http import require_GET
from django_ratelimit.decorators import ratelimit

from cms.core.sites import site_for_request

from . import services


def _page_number(value):
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


@require_GET
@ratelimit(key="ip", rate="120/m", block=True)
def search(request):
    """The site search page, /tim-kiem/?q=…&loai=…&trang=… (DESIGN.md §7). Works without JavaScript."""
    raw = request.GET.get("q", "")
    outcome = services.run(request, raw, type_key=request.GET.get("loai") or None,
                           page=_page_number(request.GET.get("trang")))
    if not outcome.query.is_empty and outcome.page == 1:
        services.log_query(outcome.query.text, outcome.all_total, site_for_request(request))
    return render(request, "portal_search/results.html", {
        "outcome": outcome, "search_query": outcome.query.text,
        "pages": range(1, outcome.num_pages + 1),
    })
