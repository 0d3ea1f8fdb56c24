"""Conformance checks of the registry (DESIGN.md §6): reachable, and documents published on time."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from cms.sections.conformance import FAIL, PASS, WARN, Check

# Decree 43/2011 Art. 10 baseline: legal documents appear on the portal within 2 working days of issue.
PUBLISH_WITHIN_WORKING_DAYS = 2
LOOK_BACK_DAYS = 365
MAX_LISTED = 20


def _due(issue_date):
    from cms.workdays.services import add_working_days

    return add_working_days(issue_date, PUBLISH_WITHIN_WORKING_DAYS)


def checks(site, today=None):
    from .models import DocumentIndexPage, LegalDocument
    from .services import site_documents

    today = today or timezone.localdate()
    results = []
    index = DocumentIndexPage.objects.live().descendant_of(site.root_page).first()
    if index is None:
        results.append(Check("documents.registry", FAIL,
                             _("The legal-document registry (/van-ban/) is not published on this site.")))
        return results
    try:
        published = site_documents(LegalDocument.objects.published(), site)  # a component site: its own
        count = published.count()
    except Exception as exc:  # the registry's table cannot be read: report, do not crash the report
        results.append(Check("documents.registry", FAIL, _("The legal-document registry cannot be read: %(error)s")
                             % {"error": exc.__class__.__name__}))
        return results
    results.append(Check("documents.registry", PASS,
                         _("The legal-document registry is reachable at %(url)s with %(count)d published documents.")
                         % {"url": index.get_full_url() or "/van-ban/", "count": count},
                         {"url": index.get_full_url(), "count": count}))

    since = today - datetime.timedelta(days=LOOK_BACK_DAYS)
    late = []
    rows = (published.filter(issue_date__gte=since, first_published_at__isnull=False)
            .values_list("number", "issue_date", "first_published_at").order_by("-issue_date"))
    for number, issued, published in rows:
        due = _due(issued)
        published_on = timezone.localtime(published).date()
        if published_on > due:
            late.append({"number": number, "issue_date": issued.isoformat(), "published_on": published_on.isoformat(),
                         "due": due.isoformat()})
    if late:
        results.append(Check(
            "documents.late", WARN,
            _("%(count)d documents issued in the last 12 months were published later than %(days)d working days "
              "after their issue date.") % {"count": len(late), "days": PUBLISH_WITHIN_WORKING_DAYS},
            {"late": late[:MAX_LISTED], "count": len(late)}))
    else:
        results.append(Check("documents.timely", PASS,
                             _("Every document issued in the last 12 months was published within %(days)d working "
                               "days of its issue.") % {"days": PUBLISH_WITHIN_WORKING_DAYS}))
    return results
