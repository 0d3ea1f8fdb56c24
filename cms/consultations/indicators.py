"""Consultation figures for `portal_indicators` and the conformance check of the section."""

from django.utils.translation import gettext as _

from cms.core.sites import site_has_section
from cms.qa.services import period_bounds
from cms.sections.conformance import FAIL, PASS, Check

from .models import ConsultationComment, ConsultationIndexPage, ConsultationPage


def indicators(site, date_from, date_to):
    start, end = period_bounds(date_from, date_to)
    consultations = ConsultationPage.objects.descendant_of(site.root_page)
    comments = ConsultationComment.objects.filter(consultation__in=consultations,
                                                  created_at__gte=start, created_at__lt=end)
    return {
        "consultation_comments": comments.count(),
        "consultations_opened": consultations.filter(opens_at__gte=start, opens_at__lt=end).count(),
    }


def checks(site):
    if not site_has_section(site, "interaction.consultation"):
        return []  # communes' tree has no consultation section (DESIGN.md §9)
    live = ConsultationIndexPage.objects.descendant_of(site.root_page).live().exists()
    if live:
        return [Check("consultations.reachable", PASS, _("The draft consultation section is published."))]
    return [Check("consultations.reachable", FAIL, _("The draft consultation section is missing."))]
