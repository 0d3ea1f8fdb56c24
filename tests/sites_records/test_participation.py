"""Q&A questions and comments on drafts belong to the site of their section: staff see only their own."""

import pytest

from cms.consultations.models import ConsultationComment, ConsultationIndexPage
from cms.qa.models import QAIndexPage, Question
from tests.consultations.factories import CommentFactory, ConsultationPageFactory
from tests.qa.factories import PublishedQuestionFactory

from .conftest import DEPARTMENT_HOST, add_section

pytestmark = pytest.mark.django_db

QA_ADMIN = "/admin/qa/questions/"
COMMENTS_ADMIN = "/admin/consultations/comments/"


@pytest.fixture
def qa_pages(section, department):
    return add_section(department, QAIndexPage, "hoi-dap", "interaction.qa"), section("interaction.qa")


@pytest.fixture
def questions(qa_pages):
    own_index, province_index = qa_pages
    return (PublishedQuestionFactory(index=own_index, title="Câu hỏi gửi Sở"),
            PublishedQuestionFactory(index=province_index, title="Câu hỏi gửi tỉnh"))


@pytest.fixture
def comments(section, department):
    own_index = add_section(department, ConsultationIndexPage, "lay-y-kien-du-thao", "interaction.consultation")
    own = ConsultationPageFactory(parent=own_index, title="Dự thảo của Sở")
    other = ConsultationPageFactory(parent=section("interaction.consultation"), title="Dự thảo của tỉnh")
    return (CommentFactory(consultation=own, author_name="Góp ý cho Sở"),
            CommentFactory(consultation=other, author_name="Góp ý cho tỉnh"))


def test_a_question_asked_on_a_component_site_goes_to_its_section(client, qa_pages):
    from tests.qa.factories import QAFieldFactory

    field = QAFieldFactory(name="Tư pháp", slug="tu-phap")
    own_index = qa_pages[0]
    response = client.post(f"{own_index.url}dat-cau-hoi/", {
        "name": "Trần Thị Bình", "email": "binh@example.vn", "field": field.pk, "consent": "on", "website": "",
        "checked": "True",
        "question": "Xin hỏi thủ tục cấp phiếu lý lịch tư pháp cần những giấy tờ gì và mất bao lâu?",
    }, HTTP_HOST=DEPARTMENT_HOST)
    assert response.status_code == 302
    assert Question.objects.get(asker_email="binh@example.vn").index_id == own_index.pk


def test_component_qa_does_not_show_another_sites_question(client, questions, qa_pages):
    own, other = questions
    own_index = qa_pages[0]
    assert client.get(f"{own_index.url}{own.pk}/", HTTP_HOST=DEPARTMENT_HOST).status_code == 200
    assert client.get(f"{own_index.url}{other.pk}/", HTTP_HOST=DEPARTMENT_HOST).status_code == 404
    assert "Câu hỏi gửi tỉnh" not in client.get(own_index.url, HTTP_HOST=DEPARTMENT_HOST).content.decode()


def test_component_staff_list_only_their_questions(department_client, questions):
    content = department_client.get(QA_ADMIN).content.decode()
    assert "Câu hỏi gửi Sở" in content and "Câu hỏi gửi tỉnh" not in content


def test_province_staff_list_every_question_and_filter_by_site(province_client, questions, department):
    content = province_client.get(QA_ADMIN).content.decode()
    assert "Câu hỏi gửi Sở" in content and "Câu hỏi gửi tỉnh" in content
    content = province_client.get(QA_ADMIN, {"site": department.pk}).content.decode()
    assert "Câu hỏi gửi Sở" in content and "Câu hỏi gửi tỉnh" not in content


def test_component_staff_open_their_question_not_another_sites(department_client, questions):
    own, other = questions
    assert department_client.get(f"{QA_ADMIN}edit/{own.pk}/").status_code == 200
    assert department_client.get(f"{QA_ADMIN}edit/{other.pk}/").status_code == 404
    assert department_client.get(f"{QA_ADMIN}delete/{other.pk}/").status_code == 404


def test_forged_edit_of_another_sites_question_changes_nothing(department_client, questions):
    other = questions[1]
    response = department_client.post(f"{QA_ADMIN}edit/{other.pk}/", {"title": "Sửa trộm", "field": other.field_id,
                                                                       "question": other.question})
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.title == "Câu hỏi gửi tỉnh"


def test_forged_delete_of_another_sites_question_changes_nothing(department_client, questions):
    other = questions[1]
    assert department_client.post(f"{QA_ADMIN}delete/{other.pk}/").status_code == 404
    assert Question.objects.filter(pk=other.pk).exists()


def test_component_staff_list_only_their_comments(department_client, comments):
    content = department_client.get(COMMENTS_ADMIN).content.decode()
    assert "Góp ý cho Sở" in content and "Góp ý cho tỉnh" not in content


def test_province_staff_list_every_comment(province_client, comments):
    content = province_client.get(COMMENTS_ADMIN).content.decode()
    assert "Góp ý cho Sở" in content and "Góp ý cho tỉnh" in content


def test_forged_moderation_of_another_sites_comment_changes_nothing(department_client, comments):
    own, other = comments
    assert department_client.get(f"{COMMENTS_ADMIN}edit/{own.pk}/").status_code == 200
    response = department_client.post(f"{COMMENTS_ADMIN}edit/{other.pk}/", {"status": "approved"})
    assert response.status_code == 404
    assert ConsultationComment.objects.get(pk=other.pk).status == "pending"


def test_comment_filter_offers_only_the_staffs_consultations(department_client, comments):
    form = department_client.get(COMMENTS_ADMIN).context["filters"].form
    assert [page.title for page in form.fields["consultation"].queryset] == ["Dự thảo của Sở"]


def test_component_consultations_list_only_their_drafts(client, comments):
    own_index = comments[0].consultation.get_parent()
    content = client.get(own_index.url, HTTP_HOST=DEPARTMENT_HOST).content.decode()
    assert "Dự thảo của Sở" in content and "Dự thảo của tỉnh" not in content




def test_province_qa_lists_its_own_answers_by_default(client, questions, qa_pages):
    content = client.get(qa_pages[1].url).content.decode()
    assert "Câu hỏi gửi tỉnh" in content and "Câu hỏi gửi Sở" not in content


def test_province_qa_lists_every_bodys_answers_linked_to_their_site(client, questions, qa_pages):
    own, _other = questions
    response = client.get(qa_pages[1].url, {"don-vi": "toan-tinh"})
    content = response.content.decode()
    assert "Câu hỏi gửi tỉnh" in content and "Câu hỏi gửi Sở" in content
    assert f'href="http://{DEPARTMENT_HOST}/hoi-dap/{own.pk}/"' in content
    assert "Sở Tư pháp ·" in content  # each answer names its body


def test_province_qa_lists_one_bodys_answers(client, questions, qa_pages):
    response = client.get(qa_pages[1].url, {"don-vi": "so-tu-phap"})
    content = response.content.decode()
    assert "Câu hỏi gửi Sở" in content and "Câu hỏi gửi tỉnh" not in content
    assert '<option value="so-tu-phap" selected>' in content


def test_unknown_body_on_the_qa_list_gets_a_message_and_the_own_answers(client, questions, qa_pages):
    content = client.get(qa_pages[1].url, {"don-vi": "<script>x"}).content.decode()
    assert "Không có cơ quan này" in content and "<script>x" not in content
    assert "Câu hỏi gửi tỉnh" in content and "Câu hỏi gửi Sở" not in content


def test_component_qa_offers_no_body_choice_and_ignores_one(client, questions, qa_pages):
    content = client.get(qa_pages[0].url, {"don-vi": "toan-tinh"}, HTTP_HOST=DEPARTMENT_HOST).content.decode()
    assert 'name="don-vi"' not in content
    assert "Câu hỏi gửi Sở" in content and "Câu hỏi gửi tỉnh" not in content


def test_every_bodys_qa_list_costs_no_query_per_answer(client, qa_pages, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    own_index, province_index = qa_pages
    PublishedQuestionFactory(index=own_index)
    PublishedQuestionFactory(index=province_index)
    with CaptureQueriesContext(connection) as few:
        client.get(province_index.url, {"don-vi": "toan-tinh"})
    for index in (own_index, province_index) * 4:
        PublishedQuestionFactory(index=index)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(province_index.url, {"don-vi": "toan-tinh"}).content.decode().count("qa-item__title") == 10


@pytest.fixture
def drafts(section, department):
    own_index = add_section(department, ConsultationIndexPage, "lay-y-kien-du-thao", "interaction.consultation")
    province_index = section("interaction.consultation")
    return (ConsultationPageFactory(parent=own_index, title="Dự thảo của Sở"),
            ConsultationPageFactory(parent=province_index, title="Dự thảo của tỉnh"), province_index)


def test_province_consultations_list_its_own_drafts_by_default(client, drafts):
    content = client.get(drafts[2].url).content.decode()
    assert "Dự thảo của tỉnh" in content and "Dự thảo của Sở" not in content


def test_province_consultations_list_every_bodys_or_one_bodys_drafts(client, drafts):
    own, _other, province_index = drafts
    content = client.get(province_index.url, {"don-vi": "toan-tinh"}).content.decode()
    assert "Dự thảo của tỉnh" in content and "Dự thảo của Sở" in content
    assert f'href="{own.url}"' in content and own.url.startswith(f"http://{DEPARTMENT_HOST}/")  # its own site
    content = client.get(province_index.url, {"don-vi": "so-tu-phap"}).content.decode()
    assert "Dự thảo của Sở" in content and "Dự thảo của tỉnh" not in content


def test_unknown_body_on_the_consultations_gets_a_message_and_the_own_drafts(client, drafts):
    content = client.get(drafts[2].url, {"don-vi": "khong-co"}).content.decode()
    assert "Không có cơ quan này" in content
    assert "Dự thảo của tỉnh" in content and "Dự thảo của Sở" not in content


def test_component_consultations_ignore_a_body_choice(client, drafts):
    own = drafts[0]
    content = client.get(own.get_parent().url, {"don-vi": "toan-tinh"}, HTTP_HOST=DEPARTMENT_HOST).content.decode()
    assert 'name="don-vi"' not in content
    assert "Dự thảo của Sở" in content and "Dự thảo của tỉnh" not in content
