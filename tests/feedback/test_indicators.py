import datetime

import pytest
from django.utils import timezone
from wagtail import hooks

from cms.consultations.models import ModerationStatus
from cms.qa.models import QuestionStatus
from cms.sections.conformance import FAIL, WARN, site_report
from tests.consultations.factories import CommentFactory, ConsultationPageFactory
from tests.qa.factories import QAFieldFactory, QuestionFactory

from .factories import PageRatingFactory

pytestmark = pytest.mark.django_db


def _indicators(site, date_from, date_to):
    merged = {}
    for fn in hooks.get_hooks("portal_indicators"):
        if fn.__module__.split(".")[1] in ("feedback", "qa", "consultations"):  # only this figures
            merged.update(fn(site, date_from, date_to))
    return merged


def test_indicators_cover_ratings_questions_and_comments(site, section, article):
    today = timezone.localdate()
    qa = section("interaction.qa")
    field = QAFieldFactory(name="Đất đai")
    now = timezone.now()
    QuestionFactory(index=qa, field=field, received_at=now - datetime.timedelta(days=10), status=QuestionStatus.ANSWERED,
                    answered_at=now, answer="<p>Trả lời</p>")
    QuestionFactory(index=qa, field=field)
    draft = ConsultationPageFactory(parent=section("interaction.consultation"))
    CommentFactory(consultation=draft, status=ModerationStatus.APPROVED)
    for useful in (True, True, False):
        PageRatingFactory.on(article, useful=useful, score=4)
    PageRatingFactory.on(article, day=today - datetime.timedelta(days=400))  # outside the range
    figures = _indicators(site, today - datetime.timedelta(days=30), today)
    assert figures["qa_received"] == 2 and figures["qa_answered"] == 1
    assert figures["qa_median_working_days"] is not None
    assert figures["consultation_comments"] == 1
    assert figures["satisfaction_ratings"] == 3 and figures["satisfaction_useful_share"] == 66.7
    assert figures["satisfaction_average"] == 4
    assert figures["lowest_usefulness_pages"][0]["title"] == article.title
    assert set(figures["lowest_usefulness_pages"][0]) == {"title", "url", "ratings", "useful_share"}


def test_conformance_reports_participation_checks(site, section):
    QAFieldFactory(name="Giáo dục")
    checks = {check.code: check for check in site_report(site).checks}
    assert checks["rating.widget"].status != FAIL
    assert checks["qa.reachable"].status != FAIL
    assert checks["consultations.reachable"].status != FAIL


def test_overdue_question_is_a_warning(site, section):
    QuestionFactory(index=section("interaction.qa"), field=QAFieldFactory(name="Y tế"),
                    due_date=timezone.localdate() - datetime.timedelta(days=3))
    checks = {check.code: check for check in site_report(site).checks}
    assert checks["qa.overdue"].status == WARN


def test_demo_content_is_idempotent(site, home):
    from cms.consultations.demo import build_demo as consultations_demo
    from cms.feedback.demo import build_demo as ratings_demo
    from cms.qa.demo import build_demo as qa_demo
    from cms.sections import standard

    province = standard.find_province("Tây Ninh")
    first = ratings_demo(site, home, province) + qa_demo(site, home, province) + consultations_demo(site, home, province)
    second = ratings_demo(site, home, province) + qa_demo(site, home, province) + consultations_demo(site, home, province)
    assert len(first) == 3 and second == []
