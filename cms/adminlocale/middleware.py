"""Editors get the admin in the server language (Vietnamese) unless they chose another one in their account.

Wagtail falls back to the request's language for editors without a preferred language, and LocaleMiddleware
takes that from the browser's Accept-Language (or the public site's language cookie): a provincial editor on an
English-language browser would get an English admin. Inside the admin (login and password-reset pages included)
the server language wins over both; an explicit choice ("Preferred language" in the account) still applies,
because Wagtail activates it in every admin view.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

ADMIN_PREFIX = SimpleLazyObject(lambda: reverse("wagtailadmin_home"))


class AdminLanguageMiddleware:
    """Place right after django.middleware.locale.LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(str(ADMIN_PREFIX)):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)
