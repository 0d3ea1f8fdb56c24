"""Q&A figures for `portal_indicators` and the Q&A conformance checks."""

from django.utils.translation import gettext as _

from cms.sections.conformance import FAIL, PASS, WARN, Check

from .models import QAField, QAIndexPage, Question, QuestionStatus
from .services import median_working_days, period_bounds


def site_questions(site):
    index = QAIndexPage.objects.descendant_of(site.root_page).first()
    return Question.objects.for_index(index) if index else Question.objects.none()


def indicators(site, date_from, date_to):
    start, end = period_bounds(date_from, date_to)
    questions = site_questions(site)
    answered = questions.filter(answered_at__gte=start, answered_at__lt=end)
    return {
        "qa_received": questions.filter(received_at__gte=start, received_at__lt=end).count(),
        "qa_answered": answered.count(),
        "qa_published": answered.filter(is_public=True, status=QuestionStatus.ANSWERED).count(),
        "qa_median_working_days": median_working_days(answered),
    }


def checks(site):
    index = QAIndexPage.objects.descendant_of(site.root_page).live().first()
    if index is None:
        return [Check("qa.reachable", FAIL, _("The Q&A section is not published."))]
    result = []
    if QAField.objects.exists():
        result.append(Check("qa.reachable", PASS, _("Citizens can ask questions in the Q&A section.")))
    else:
        result.append(Check("qa.fields", FAIL, _("No Q&A field is defined, so citizens cannot ask a question.")))
    overdue = Question.objects.for_index(index).overdue().count()
    if overdue:
        result.append(Check("qa.overdue", WARN, _("%(count)d questions are past their answer date.") % {"count": overdue},
                            {"overdue": overdue}))
    else:
        result.append(Check("qa.overdue", PASS, _("No question is past its answer date.")))
    return result
