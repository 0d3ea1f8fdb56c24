"""Security headers: a strict Content-Security-Policy on the public site, a looser one in the admin."""

import contextvars

from django.conf import settings
from django.utils.csp import CSP, build_policy


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = ("/admin/", "/django-admin/")

    def __call__(self, request):
        response = self.get_response(request)
        if CSP.HEADER_ENFORCE in response:
            return response
        is_admin = request.path.startswith(self.admin_prefixes)
        policy = settings.PUBLIC_CSP
        if is_admin:
            user = getattr(request, "user", None)
            signed_in = user is not None and user.is_authenticated
            policy = settings.ADMIN_CSP if signed_in else getattr(settings, "ADMIN_PUBLIC_CSP", settings.ADMIN_CSP)
        response.headers[str(CSP.HEADER_ENFORCE)] = build_policy(policy)
        response.headers.setdefault("Permissions-Policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()")
        if not is_admin:
            response.headers["X-Frame-Options"] = "DENY"
        else:  # the admin previews pages in a same-origin frame
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response


class TrustedProxyMiddleware:
    """Behind the province's reverse proxy, take the visitor's address from X-Forwarded-For.

    Rate limits and the daily visitor hashes read REMOTE_ADDR; without this every visitor would share the
    proxy's address. Only proxies listed in TRUSTED_PROXY_IPS are believed, and the rightmost address they
    did not add themselves is used, so a visitor cannot choose their own address.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.trusted = set(getattr(settings, "TRUSTED_PROXY_IPS", ()))

    def __call__(self, request):
        if self.trusted and request.META.get("REMOTE_ADDR") in self.trusted:
            forwarded = [ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if ip.strip()]
            for ip in reversed(forwarded):
                if ip not in self.trusted:
                    request.META["REMOTE_ADDR"] = ip
                    break
        return self.get_response(request)


_current_request = contextvars.ContextVar("portal_current_request", default=None)


def current_request():
    """The request being served in this context, or None (commands, tasks, tests without a request)."""
    return _current_request.get()


class CurrentRequestMiddleware:
    """Remember the request being served, so a page's `url` can be relative to the site it is shown on.

    Wagtail's `page.url` knows no request: on an instance serving several sites it gives a full URL built
    from the site's configured host and port, wrong for a visitor who reached the portal by another name or
    port (and a form posting there breaks the Content-Security-Policy). See `PortalPage.get_url`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)
