"""Security headers: a strict Content-Security-Policy on the public site, a looser one in the admin."""

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
