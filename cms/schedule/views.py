"""Public views of the schedule section (called from SchedulePage's routes)."""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from . import services
from .ical import build_calendar
from .weeks import BadWeek, Week


def _resolve_week(which, today):
    """(week, error message, status) from a (year, number) pair, a '2026-W48' string or nothing."""
    try:
        if isinstance(which, tuple):
            return Week.make(*which), "", 200
        if which:
            return Week.parse(which), "", 200
    except BadWeek:
        message = _("The week “%(week)s” does not exist. Enter a year and a week number, for example %(example)s. "
                    "The current week is shown instead.") % {
            "week": "-W".join(str(part) for part in which) if isinstance(which, tuple) else str(which)[:20],
            "example": str(Week.of(today)),
        }
        return Week.of(today), message, 404 if isinstance(which, tuple) else 400
    return Week.of(today), "", 200


def week_page(page, request, which, printable=False):
    today = timezone.localdate()
    week, error, status = _resolve_week(which, today)
    if not error and isinstance(which, str) and which:
        return redirect(page.week_url(week, request=request))
    entries = services.week_entries(week, page.get_site())
    context = {
        "week": week,
        "week_error": error,
        "days": services.days_of(week, entries),
        "entry_count": len(entries),
        "today": today,
        "current_week": Week.of(today),
        "previous_url": page.week_url(week.previous, request=request),
        "next_url": page.week_url(week.next, request=request),
        "current_url": page.get_url(request=request),
        "print_url": page.week_url(week, request=request, printable=True),
        "week_url": page.week_url(week, request=request),
        "ical_url": (page.get_url(request=request) or "") + page.reverse_subpage("ical"),
    }
    template = "schedule/schedule_print.html" if printable else None
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def ical_feed(page, request):
    from cms.core.models import ProvinceSettings

    settings = ProvinceSettings.for_request(request)
    name = f"{page.title} — {settings.official_name}" if settings.official_name else page.title
    body = build_calendar(
        services.feed_entries(timezone.localdate(), site=page.get_site()), name,
        request.get_host().split(":")[0] or "localhost", url=page.get_full_url(request=request) or "",
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="lich-cong-tac.ics"'
    return response
