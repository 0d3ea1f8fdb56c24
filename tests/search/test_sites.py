"""Each site's search shows its own results (DESIGN.md §9): a component site its own pages, documents and
questions; the province's site its own pages and questions and, like its registry, every document."""

import pytest

from cms.documents.models import IssuingBody
from cms.documents.tests.factories import LegalDocumentFactory
from cms.news.models import NewsIndexPage
from cms.qa.models import QAIndexPage
from cms.search import services
from cms.sections.models import SectionPage
from tests.factories import ContentPageFactory, NewsPageFactory
from tests.qa.factories import PublishedQuestionFactory
from tests.sites_records.conftest import DEPARTMENT_HOST, add_section, make_component

pytestmark = pytest.mark.django_db

PROVINCE = "tỉnh"
DEPARTMENT = "Sở"


@pytest.fixture
def department(db):
    from cms.core.sites import SiteKind

    return make_component(SiteKind.DEPARTMENT, "so-tu-phap", "Sở Tư pháp")


@pytest.fixture
def records(section, department):
    """The same kinds of results about 'hộ tịch' on the province's site and on the department's."""
    own_about = add_section(department, SectionPage, "gioi-thieu", "about")
    own_news = add_section(department, NewsIndexPage, "tin-tuc-su-kien", "news")
    own_qa = add_section(department, QAIndexPage, "hoi-dap", "interaction.qa")
    return {
        "page": (ContentPageFactory(parent=own_about, title="Đăng ký hộ tịch tại Sở"),
                 ContentPageFactory(parent=section("about.overview"), title="Đăng ký hộ tịch tại tỉnh")),
        "news": (NewsPageFactory(parent=own_news, title="Tin hộ tịch của Sở"),
                 NewsPageFactory(parent=section("news"), title="Tin hộ tịch của tỉnh")),
        "document": (LegalDocumentFactory(number="5/2024/QĐ-STP", issuing_body=IssuingBody.objects.get(name="Sở Tư pháp"),
                                          summary="Quy định về hộ tịch của Sở"),
                     LegalDocumentFactory(number="7/2024/QĐ-UBND", issuing_body=IssuingBody.objects.get(abbreviation="UBND"),
                                          summary="Quy định về hộ tịch của tỉnh")),
        "question": (PublishedQuestionFactory(index=own_qa, title="Hỏi về hộ tịch gửi Sở"),
                     PublishedQuestionFactory(index=section("interaction.qa"), title="Hỏi về hộ tịch gửi tỉnh")),
    }


def found(rf, host=None, query="ho tich", **kwargs):
    request = rf.get("/tim-kiem/", {"q": query}, **({"HTTP_HOST": host} if host else {}))
    outcome = services.run(request, query, **kwargs)
    return {(hit.source.key, hit.obj.pk) for hit in outcome.hits}, outcome


def keys(records, which):
    index = 0 if which == DEPARTMENT else 1
    return {("trang", records["page"][index].pk), ("newspage", records["news"][index].pk),
            ("van-ban", records["document"][index].pk), ("hoi-dap", records["question"][index].pk)}


def test_component_site_finds_only_its_own(rf, records):
    hits, outcome = found(rf, DEPARTMENT_HOST)
    assert hits == keys(records, DEPARTMENT)
    assert all(outcome.counts[key] == 1 for key, _ in hits) and outcome.all_total == 4


def test_province_site_finds_its_own_pages_and_questions_and_every_document(rf, records):
    hits, outcome = found(rf)
    assert hits == keys(records, PROVINCE) | {("van-ban", records["document"][0].pk)}
    assert outcome.counts["trang"] == outcome.counts["newspage"] == outcome.counts["hoi-dap"] == 1


@pytest.mark.parametrize(("type_key", "which"), [("trang", "page"), ("newspage", "news"), ("van-ban", "document"),
                                                 ("hoi-dap", "question")])
def test_component_site_filtered_by_type_finds_only_its_own(rf, records, type_key, which):
    hits, outcome = found(rf, DEPARTMENT_HOST, type_key=type_key)
    assert hits == {(type_key, records[which][0].pk)}
    assert outcome.total == 1


def test_page_types_seen_on_one_site_do_not_hide_another_sites_pages(rf, department):
    """The page types of a source are cached: those read on the province's site (with no news page) must
    not be used for a department's site that has one."""
    assert found(rf, query="thong bao", type_key="newspage")[0] == set()
    own_news = add_section(department, NewsIndexPage, "tin-tuc-su-kien", "news")
    news = NewsPageFactory(parent=own_news, title="Thông báo của Sở")
    assert found(rf, DEPARTMENT_HOST, query="thong bao", type_key="newspage")[0] == {("newspage", news.pk)}


def test_component_results_link_to_the_component_site(client, records):
    body = client.get("/tim-kiem/", {"q": "ho tich"}, HTTP_HOST=DEPARTMENT_HOST).content.decode()
    assert f'href="/hoi-dap/{records["question"][0].pk}/"' in body
    assert 'href="/van-ban/5-2024-qd-stp/"' in body
    assert "7-2024-qd-ubnd" not in body and "gửi tỉnh" not in body and "của tỉnh" not in body
