"""The suite-wide fixtures (the Tây Ninh tree built once, `site`, `home`, `admin_client`…) for this app's tests."""

from tests.conftest import *  # noqa: F401,F403
