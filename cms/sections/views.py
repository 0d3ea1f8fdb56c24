from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .conformance import full_report


@require_GET
@cache_control(max_age=300, public=True)
def conformance_json(request):
    """The conformance report (DESIGN.md §6, §7) as public JSON; it holds nothing personal."""
    report = full_report()
    return JsonResponse(report, json_dumps_params={"ensure_ascii": False, "indent": 2})
