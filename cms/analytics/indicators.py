"""The interaction indicators (DESIGN.md §5): this app's figures plus whatever the `portal_indicators` hooks return."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

MAX_RANGE_DAYS = 366

# Readable labels for the figures apps are known to publish; unknown keys are shown humanised.
LABELS = {
    "visits": _("Visits"),
    "page_views": _("Page views"),
    "bounce_rate": _("Bounce rate (%)"),
    "average_time_on_page_seconds": _("Average time on page (seconds)"),
    "pages_per_visit": _("Pages per visit"),
    "devices": _("Visits by device"),
    "referrers": _("Visits from other sites"),
    "searches": _("Searches"),
    "searches_without_results": _("Searches without results"),
    "desktop": _("Computer"),
    "mobile": _("Phone"),
    "tablet": _("Tablet"),
    "requests": _("Information requests"),
    "requests_received": _("Information requests received"),
    "requests_answered": _("Information requests answered"),
    "requests_on_time": _("Answered on time"),
    "requests_late": _("Answered late"),
    "requests_overdue": _("Overdue"),
    "requests_refused": _("Refused"),
    "received": _("Received"),
    "answered": _("Answered"),
    "on_time": _("On time"),
    "late": _("Late"),
    "overdue": _("Overdue"),
    "refused": _("Refused"),
    "median_working_days": _("Median working days to answer"),
    "median_days": _("Median days to answer"),
    "qa": _("Questions and answers"),
    "qa_answered": _("Questions answered"),
    "qa_median_days": _("Median days to answer a question"),
    "consultations": _("Consultations"),
    "consultation_comments": _("Consultation comments"),
    "comments": _("Comments"),
    "satisfaction": _("Satisfaction"),
    "satisfaction_average": _("Average satisfaction (1–5)"),
    "average": _("Average"),
    "ratings": _("Ratings"),
}


def label_for(key):
    label = LABELS.get(key)
    return str(label) if label else str(key).replace("_", " ").capitalize()


def collect(site, date_from, date_to):
    """All indicators for the period: {hook's key: value}. A failing hook is left out, not fatal."""
    figures = {}
    for fn in hooks.get_hooks("portal_indicators"):
        try:
            figures.update(fn(site, date_from, date_to) or {})
        except Exception:  # noqa: BLE001 - one app's bug must not take the dashboard down
            import logging

            logging.getLogger(__name__).exception("portal_indicators hook %r failed", fn)
    return figures


def rows(figures, depth=0):
    """Flatten nested figures for tables and CSV: [(depth, key path, label, value, is_group)]."""
    out = []
    for key, value in figures.items():
        if isinstance(value, dict):
            out.append((depth, key, label_for(key), None, True))
            out.extend((d, f"{key}.{k}", lbl, v, g) for d, k, lbl, v, g in rows(value, depth + 1))
        else:
            out.append((depth, key, label_for(key), value, False))
    return out


PARAM_NAMES = {"from": _("start date (from)"), "to": _("end date (to)")}


def parse_period(params, default_days=30):
    """(date_from, date_to, errors) from ?from=YYYY-MM-DD&to=YYYY-MM-DD; both optional (last 30 days)."""
    errors = []
    today = timezone.localdate()
    values = {}
    for name in ("from", "to"):
        raw = (params.get(name) or "").strip()
        if not raw:
            values[name] = None
            continue
        try:
            values[name] = datetime.date.fromisoformat(raw) if len(raw) == 10 else None
        except ValueError:
            values[name] = None
        if values[name] is None:
            errors.append(_("The %(name)s must be written as YYYY-MM-DD, e.g. 2026-01-31.") % {"name": PARAM_NAMES[name]})
    if errors:
        return None, None, errors
    date_to = values["to"] or today
    date_from = values["from"] or (date_to - datetime.timedelta(days=default_days - 1))
    if date_from > date_to:
        errors.append(_("The start date must not be after the end date."))
    elif (date_to - date_from).days + 1 > MAX_RANGE_DAYS:
        errors.append(_("The period may be at most %(days)s days.") % {"days": MAX_RANGE_DAYS})
    return date_from, date_to, errors
