"""Settings of the browser suite's server: the test settings, served like production (DEBUG off),
with uploaded media served by Django so the demo's images load."""

from portal.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.e2e.urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
