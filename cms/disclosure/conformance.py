"""Conformance checks of public disclosure (warnings: they do not make the instance non-conformant)."""

from django.utils.translation import gettext as _

from cms.sections.conformance import PASS, WARN, Check

from .services.gaps import find_gaps


def checks(site):
    gaps = find_gaps(site=site)
    result = []
    stale = gaps.stale
    if stale:
        result.append(Check(
            "disclosure.stale_categories", WARN,
            _("Nothing has been disclosed for more than a year under %(count)d categories of Art. 17(1): %(codes)s.")
            % {"count": len(stale), "codes": ", ".join(s.category.code for s in stale)},
            {"categories": {s.category.code: s.last_published.isoformat() if s.last_published else None
                            for s in stale}},
        ))
    if gaps.late:
        result.append(Check(
            "disclosure.late", WARN,
            _("%(count)d items were disclosed later than 5 working days after the information was created "
              "(Art. 18(4)).") % {"count": len(gaps.late)},
            {"items": [{"name": item.name, "created_on": item.created_on.isoformat(),
                        "due": item.due.isoformat(), "published_on": item.published_on.isoformat()}
                       for item in gaps.late[:50]]},
        ))
    if not result:
        result.append(Check("disclosure", PASS,
                            _("Every category of Art. 17(1) has been disclosed within the year, on time.")))
    return result
