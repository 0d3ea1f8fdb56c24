import pytest

from cms.workdays.services import clear_cache


@pytest.fixture(autouse=True)
def fresh_calendar():
    """Rolled-back test transactions fire no signal: start and end every test with an empty cache."""
    clear_cache()
    yield
    clear_cache()
