"""Published questions and answers in the site search (run on SQLite and on PostgreSQL)."""

import pytest

from cms.qa import services as qa_services
from cms.search import services
from tests.qa.factories import PublishedQuestionFactory, QAFieldFactory, QuestionFactory

pytestmark = pytest.mark.django_db

ASKER_NAME = "Lò Thị Xuyến"
ASKER_EMAIL = "xuyen.asker@example.vn"


@pytest.fixture
def qa(section):
    return section("interaction.qa")


@pytest.fixture
def answered(qa):
    return PublishedQuestionFactory(
        index=qa, field=QAFieldFactory(name="Giáo dục", slug="giao-duc"), title="Mức học phí năm học mới",
        question="Xin hỏi mức học phí trung học cơ sở công lập năm nay là bao nhiêu?",
        answer="<p>Học sinh thuộc hộ nghèo được <strong>miễn giảm</strong> theo Nghị quyết 15/2025/NQ-HĐND.</p>",
        asker_name=ASKER_NAME, asker_email=ASKER_EMAIL,
    )


def search(rf, query, **kwargs):
    return services.run(rf.get("/tim-kiem/", {"q": query}), query, **kwargs)


def question_hits(outcome):
    return [hit for hit in outcome.hits if hit.source.key == "hoi-dap"]


@pytest.mark.parametrize("query", [
    "học phí", "hoc phi", "HOC PHI", "Học Phí năm học", "trung hoc co so cong lap",  # title and question
    "miễn giảm", "mien giam", "ho ngheo",  # answer
    "15/2025/NQ-HĐND", "15-2025-nq-hdnd",  # a document number in the answer
])
def test_published_answer_is_found_with_or_without_tone_marks(rf, answered, query):
    hits = question_hits(search(rf, query))
    assert [hit.obj.pk for hit in hits] == [answered.pk]
    assert hits[0].type_label == "Hỏi đáp"


def test_result_links_to_the_question_page(client, rf, answered, qa):
    hit = question_hits(search(rf, "hoc phi"))[0]
    assert hit.title == "Mức học phí năm học mới"
    assert hit.url == f"{qa.url}{answered.pk}/"
    assert client.get(hit.url).status_code == 200


def test_untitled_question_is_shown_by_its_text(rf, qa):
    question = PublishedQuestionFactory(index=qa, title="", question="Thời gian làm căn cước cho trẻ em là bao lâu?")
    hit = question_hits(search(rf, "can cuoc tre em"))[0]
    assert hit.obj.pk == question.pk and hit.title == question.display_title


def test_unanswered_or_unpublished_question_is_not_found(rf, qa):
    QuestionFactory(index=qa, title="Học phí mầm non", question="Học phí mầm non tư thục thế nào?")
    PublishedQuestionFactory(index=qa, title="Học phí đại học", is_public=False, published_at=None)
    outcome = search(rf, "hoc phi")
    assert question_hits(outcome) == [] and outcome.counts["hoi-dap"] == 0


def test_withdrawn_answer_leaves_the_results_and_the_index(rf, answered):
    from modelsearch.conf import get_app_config

    entries = get_app_config().get_model("IndexEntry").objects.filter(
        content_type__model="question", object_id=str(answered.pk))
    assert entries.exists()
    qa_services.set_public(answered, False)
    assert question_hits(search(rf, "hoc phi")) == []
    assert not entries.exists()
    qa_services.set_public(answered, True)
    assert [hit.obj.pk for hit in question_hits(search(rf, "hoc phi"))] == [answered.pk]


def test_question_turned_into_a_request_is_not_found(rf, answered):
    qa_services.transfer_to_request(answered, "YC-2026-000123")
    assert question_hits(search(rf, "hoc phi")) == []


@pytest.mark.parametrize("query", [ASKER_NAME, "lo thi xuyen", ASKER_EMAIL, "xuyen asker"])
def test_asker_name_and_email_are_not_searchable(rf, answered, query):
    assert question_hits(search(rf, query)) == []


def test_results_page_never_shows_the_asker(client, answered, qa):
    body = client.get("/tim-kiem/", {"q": "hoc phi"}).content.decode()
    assert f'href="{qa.url}{answered.pk}/"' in body
    assert ASKER_EMAIL not in body and ASKER_NAME not in body and "xuyen.asker" not in body


def test_questions_are_filterable_by_type(client, rf, answered, qa, section):
    from tests.factories import ContentPageFactory

    page = ContentPageFactory(parent=section("about.overview"), title="Quy định về học phí")
    outcome = search(rf, "hoc phi", type_key="hoi-dap")
    assert outcome.selected.key == "hoi-dap" and outcome.counts["hoi-dap"] == 1
    assert [hit.source.key for hit in outcome.hits] == ["hoi-dap"]
    assert outcome.all_total >= 2
    body = client.get("/tim-kiem/", {"q": "hoc phi"}).content.decode()
    assert "loai=hoi-dap" in body and "Hỏi đáp (1)" in body
    body = client.get("/tim-kiem/", {"q": "hoc phi", "loai": "hoi-dap"}).content.decode()
    assert f'href="{qa.url}{answered.pk}/"' in body and page.url not in body
