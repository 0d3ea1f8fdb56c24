import datetime

import pytest
from django.core import mail
from django.utils import timezone

from cms.qa import services
from cms.qa.models import Question, QuestionStatus
from cms.workdays.services import add_working_days

from .factories import PublishedQuestionFactory, QAFieldFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def test_qa_section_is_the_qa_page(qa):
    assert type(qa).__name__ == "QAIndexPage"


def test_list_shows_only_published_questions(client, qa, land):
    PublishedQuestionFactory(index=qa, field=land, title="Câu hỏi đã công bố")
    QuestionFactory(index=qa, field=land, title="Câu hỏi chưa trả lời")
    html = client.get(qa.url).content.decode()
    assert "Câu hỏi đã công bố" in html and "Câu hỏi chưa trả lời" not in html


def test_list_filters_by_field(client, qa, land):
    other = QAFieldFactory(name="Giáo dục", slug="giao-duc")
    PublishedQuestionFactory(index=qa, field=land, title="Về đất")
    PublishedQuestionFactory(index=qa, field=other, title="Về trường học")
    html = client.get(qa.url + "?linh_vuc=giao-duc").content.decode()
    assert "Về trường học" in html and "Về đất" not in html


def test_text_search_ignores_accents(client, qa, land):
    PublishedQuestionFactory(index=qa, field=land, title="Cấp sổ đỏ lần đầu")
    PublishedQuestionFactory(index=qa, field=land, title="Học phí năm học mới", question="Mức học phí bao nhiêu?")
    html = client.get(qa.url + "?q=so+do").content.decode()
    assert "Cấp sổ đỏ lần đầu" in html and "Học phí năm học mới" not in html


def test_bad_filter_values_do_not_fail(client, qa):
    response = client.get(qa.url + "?linh_vuc=%%%&page=abc&q=" + "x" * 500)
    assert response.status_code == 200


def test_each_published_question_has_its_own_page_without_email(client, qa, land):
    question = PublishedQuestionFactory(index=qa, field=land, title="Cấp sổ đỏ", asker_email="secret@example.vn")
    response = client.get(f"{qa.url}{question.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cấp sổ đỏ" in html and "Hồ sơ gồm đơn đăng ký" in html
    assert "secret@example.vn" not in html


def test_unpublished_question_page_is_not_found(client, qa, land):
    question = QuestionFactory(index=qa, field=land)
    assert client.get(f"{qa.url}{question.pk}/").status_code == 404


def test_question_text_is_shown_as_text(client, qa, land):
    question = PublishedQuestionFactory(index=qa, field=land, question="<script>alert(1)</script> http://x.example")
    html = client.get(f"{qa.url}{question.pk}/").content.decode()
    assert "&lt;script&gt;" in html and "<script>alert(1)" not in html
    assert 'href="http://x.example' not in html


def test_asking_records_the_question_with_its_due_date(client, qa, ask_data):
    response = client.post(f"{qa.url}dat-cau-hoi/", ask_data)
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.status == QuestionStatus.RECEIVED
    assert question.due_date == add_working_days(timezone.localdate(), 15)
    assert question.consent_at is not None
    assert "da-gui/" in response["Location"]
    assert str(question.pk) in client.get(response["Location"]).content.decode()


def test_form_shows_similar_answers_before_sending(client, qa, land, ask_data):
    PublishedQuestionFactory(index=qa, field=land, title="Thời hạn chuyển mục đích sử dụng đất",
                             question="Chuyển mục đích sử dụng đất nông nghiệp mất bao lâu?")
    response = client.post(f"{qa.url}dat-cau-hoi/", ask_data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Thời hạn chuyển mục đích sử dụng đất" in html
    assert ask_data["question"] in html  # what was typed is kept
    assert not Question.objects.filter(status=QuestionStatus.RECEIVED).exists()
    response = client.post(f"{qa.url}dat-cau-hoi/", {**ask_data, "checked": "True"})
    assert response.status_code == 302
    assert Question.objects.filter(status=QuestionStatus.RECEIVED).count() == 1


def test_similar_answers_as_json_for_the_script(client, qa, land):
    PublishedQuestionFactory(index=qa, field=land, title="Học phí trường công lập",
                             question="Mức học phí trường công lập năm nay?")
    body = client.get(f"{qa.url}tuong-tu/?q=hoc phi truong cong lap").json()
    assert [item["title"] for item in body["results"]] == ["Học phí trường công lập"]


def test_invalid_question_keeps_what_was_typed(client, qa, ask_data):
    response = client.post(f"{qa.url}dat-cau-hoi/", {**ask_data, "email": "không-phải-email", "consent": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html and 'href="#ask-email"' in html
    assert ask_data["question"] in html and "Trần Thị Bình" in html
    assert not Question.objects.exists()


def test_honeypot_submission_is_not_recorded(client, qa, ask_data):
    response = client.post(f"{qa.url}dat-cau-hoi/", {**ask_data, "website": "http://spam"})
    assert response.status_code == 302
    assert not Question.objects.exists()


def test_asking_is_rate_limited(client, qa, ask_data):
    statuses = [client.post(f"{qa.url}dat-cau-hoi/", {**ask_data, "checked": "True"}).status_code for _ in range(7)]
    assert statuses[-1] == 429
    assert Question.objects.count() == 5


def test_answer_emails_the_asker_once_with_the_link(qa, land, superuser, django_capture_on_commit_callbacks):
    question = QuestionFactory(index=qa, field=land, asker_email="hoi@example.vn")
    with django_capture_on_commit_callbacks(execute=True):
        services.answer(question, "<p>Trả lời chi tiết.</p>", superuser, publish=True, url_for=qa.full_question_url)
    with django_capture_on_commit_callbacks(execute=True):
        services.answer(question, "<p>Sửa lời văn.</p>", superuser, publish=True, url_for=qa.full_question_url)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["hoi@example.vn"]
    assert "Trả lời chi tiết." in mail.outbox[0].body and f"/{question.pk}/" in mail.outbox[0].body


def test_overdue_uses_the_due_date(qa, land):
    late = QuestionFactory(index=qa, field=land, due_date=timezone.localdate() - datetime.timedelta(days=1))
    QuestionFactory(index=qa, field=land)
    PublishedQuestionFactory(index=qa, field=land, due_date=timezone.localdate() - datetime.timedelta(days=5))
    assert list(Question.objects.overdue()) == [late]


def test_form_shows_similar_legal_documents_before_sending(client, qa, ask_data):
    from cms.documents.tests.factories import LegalDocumentFactory

    document = LegalDocumentFactory(summary="Quy định thời hạn giải quyết hồ sơ chuyển mục đích sử dụng đất nông nghiệp")
    html = client.post(f"{qa.url}dat-cau-hoi/", ask_data).content.decode()
    assert f"/van-ban/{document.slug}/" in html
    assert not Question.objects.exists()
