from urllib.parse import urlsplit

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.decorators import ratelimit
from wagtail.models import Site

from . import indicators, tracking

MAX_BEACON_BYTES = 1024


def _same_origin(request):
    """The beacon is CSRF-exempt (pages are cached, so no token) but only same-origin posts count."""
    if request.headers.get("Sec-Fetch-Site") not in (None, "same-origin"):
        return False
    origin = request.headers.get("Origin")
    if not origin:
        return request.headers.get("Sec-Fetch-Site") == "same-origin"
    # Compare hosts only: behind a TLS-terminating proxy the scheme Django sees may differ from the browser's.
    return urlsplit(origin).netloc == request.get_host()


@csrf_exempt
@require_POST
def beacon(request):
    """POST p=<path>&t=<seconds visible>&r=<referrer>: 204 when done or deliberately ignored, 400 when malformed."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return HttpResponseBadRequest()
    if length > MAX_BEACON_BYTES:
        return HttpResponseBadRequest()
    try:
        if not _same_origin(request):
            return HttpResponseBadRequest()
        data = request.POST
        path = data.get("p", "")
        seconds = int(data.get("t", "0") or 0)
    except Exception:  # noqa: BLE001 - any unreadable body is just a bad beacon
        return HttpResponseBadRequest()
    if not path or seconds < 0:
        return HttpResponseBadRequest()
    if tracking.opted_out(request):
        return HttpResponse(status=204)
    tracking.record_view(request, path, seconds, data.get("r", "")[:500])
    return HttpResponse(status=204)


@require_GET
@ratelimit(key="ip", rate="60/m", block=True)
@cache_control(max_age=300, public=True)
def indicators_api(request):
    """GET /api/v1/indicators/?from=YYYY-MM-DD&to=YYYY-MM-DD — the interaction indicators, nothing personal."""
    date_from, date_to, errors = indicators.parse_period(request.GET)
    if errors:
        return JsonResponse({"errors": [str(e) for e in errors]}, status=400, json_dumps_params={"ensure_ascii": False})
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    figures = indicators.collect(site, date_from, date_to)
    return JsonResponse({
        "site": site.hostname, "from": date_from.isoformat(), "to": date_to.isoformat(),
        "indicators": figures,
        "labels": {row[1]: row[2] for row in indicators.rows(figures)},
    }, json_dumps_params={"ensure_ascii": False})
