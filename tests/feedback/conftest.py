import pytest

from tests.factories import ContentPageFactory


@pytest.fixture
def article(section):
    return ContentPageFactory(parent=section("about.overview"), title="Lịch sử hình thành")


@pytest.fixture
def vote_data(article):
    from cms.feedback.services import vote_token

    return {"page": article.pk, "token": vote_token(article.pk), "useful": "yes"}
