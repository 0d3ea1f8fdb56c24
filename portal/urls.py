from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.core import views as core_views
from cms.sections import views as section_views

handler404 = "cms.core.views.page_not_found"
handler500 = "cms.core.views.server_error"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path(".well-known/portal-conformance.json", section_views.conformance_json, name="portal_conformance"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
]

# Each capability adds its own non-page URLs (APIs, search) in its urls module.
urlpatterns += [
    path("", include(module)) for module in getattr(settings, "PORTAL_URL_MODULES", [])
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
