import pytest

from .factories import QAFieldFactory


@pytest.fixture
def qa(section):
    return section("interaction.qa")


@pytest.fixture
def land(db):
    return QAFieldFactory(name="Đất đai", slug="dat-dai")


@pytest.fixture
def ask_data(land):
    return {
        "name": "Trần Thị Bình", "email": "binh@example.vn", "field": land.pk,
        "question": "Xin hỏi thời hạn giải quyết hồ sơ chuyển mục đích sử dụng đất nông nghiệp là bao lâu?",
        "consent": "on", "website": "",
    }


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate-limit counters live in the cache: every test starts with none."""
    from django.core.cache import cache

    cache.clear()
