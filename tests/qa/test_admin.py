import datetime

import pytest
from django.core import mail
from django.utils import timezone

from cms.qa.models import Question, QuestionStatus

from .factories import QuestionFactory

pytestmark = pytest.mark.django_db


def _form(question, **changes):
    data = {
        "field": question.field_id, "title": question.title, "question": question.question,
        "assigned_to": "", "answer": _draftail(""), "info_request_reference": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not False}


def _draftail(text):
    import json

    return json.dumps({"blocks": [{"key": "a1b2c", "type": "unstyled", "depth": 0, "text": text,
                                   "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}})


def test_staff_list_shows_overdue_questions(admin_client, qa, land):
    QuestionFactory(index=qa, field=land, title="Câu hỏi quá hạn",
                    due_date=timezone.localdate() - datetime.timedelta(days=2))
    html = admin_client.get("/admin/qa/questions/?due=overdue").content.decode()
    assert "Câu hỏi quá hạn" in html


def test_questions_cannot_be_added_by_hand(admin_client):
    assert admin_client.get("/admin/qa/questions/new/").status_code in (302, 403)


def test_staff_answer_and_publish_emails_the_asker(admin_client, qa, land, superuser, django_capture_on_commit_callbacks):
    question = QuestionFactory(index=qa, field=land, asker_email="dan@example.vn")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/qa/questions/edit/{question.pk}/", _form(
            question, assigned_to=superuser.pk, answer=_draftail("Hồ sơ nộp tại Trung tâm phục vụ hành chính công."),
            is_public="on"))
    assert response.status_code == 302, response.content.decode()[:2000]
    question.refresh_from_db()
    assert question.status == QuestionStatus.ANSWERED and question.is_public
    assert question.answered_by == superuser and question.assigned_to == superuser
    assert len(mail.outbox) == 1 and "Trung tâm phục vụ" in mail.outbox[0].body


def test_publishing_without_answer_is_refused(admin_client, qa, land):
    question = QuestionFactory(index=qa, field=land)
    response = admin_client.post(f"/admin/qa/questions/edit/{question.pk}/", _form(question, is_public="on"))
    assert response.status_code == 200
    question.refresh_from_db()
    assert not question.is_public


def test_question_can_be_turned_into_an_information_request(admin_client, qa, land):
    question = QuestionFactory(index=qa, field=land)
    admin_client.post(f"/admin/qa/questions/edit/{question.pk}/", _form(question, transfer="on"))
    question = Question.objects.get(pk=question.pk)
    assert question.status == QuestionStatus.TRANSFERRED


def test_unknown_request_tracking_code_is_refused(admin_client, qa, land):
    question = QuestionFactory(index=qa, field=land)
    response = admin_client.post(f"/admin/qa/questions/edit/{question.pk}/",
                                 _form(question, transfer="on", info_request_reference="KHONG-CO"))
    assert response.status_code == 200
    assert Question.objects.get(pk=question.pk).status == QuestionStatus.RECEIVED
