"""The beacon answered before the rest of the middleware: no session, user, messages, locale or CSRF work.

Browsers send one beacon per page view, so it is the busiest URL of the site. It needs none of that
machinery (it is cookie-less and CSRF-exempt by design, see `views.beacon`), only the visitor's real
address, so this middleware goes right after `TrustedProxyMiddleware` and `SecurityMiddleware`.
"""

from django.urls import reverse

from . import views


class BeaconMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.path = None

    def __call__(self, request):
        if self.path is None:
            self.path = reverse("analytics:beacon")
        if request.path_info == self.path:
            return views.beacon(request)
        return self.get_response(request)
