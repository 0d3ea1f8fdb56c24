import pytest


@pytest.fixture(autouse=True)
def _fresh_source_types():
    """The page types of each source are cached per process (cms.search.postgres): a test's pages are rolled
    back, so the types one test saw must not decide what the next finds."""
    from cms.search import postgres

    postgres.clear_caches()
    yield
    postgres.clear_caches()
