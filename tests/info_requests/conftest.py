import pytest
from django.core.cache import cache

from cms.workdays.services import clear_cache


@pytest.fixture(autouse=True)
def isolated(settings, tmp_path):
    """Private files go to a temporary folder; rate-limit counters and the calendar start empty."""
    settings.PORTAL_PRIVATE_ROOT = tmp_path / "private"
    cache.clear()
    clear_cache()
    yield
    cache.clear()
    clear_cache()


@pytest.fixture
def form_page(section):
    return section("access_to_information.request")


@pytest.fixture
def lookup_page(section):
    return section("access_to_information.lookup")


@pytest.fixture
def stats_page(section):
    return section("access_to_information.statistics")
