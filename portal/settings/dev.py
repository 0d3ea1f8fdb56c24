"""Development settings: the defaults a first run needs, and nothing more."""

from .base import *  # noqa: F403
from .env import env_list, env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", ".localhost", "[::1]"])
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# One process serves development: a local-memory cache saves the database cache's queries on every page.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
