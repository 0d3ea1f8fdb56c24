"""The three access-to-information sections this app serves (DESIGN.md §1, 7.4–7.6)."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.sections.models import SectionPage


class RequestFormPage(SectionPage):
    """Yêu cầu cung cấp thông tin: the online request form."""

    template = "info_requests/request_form_page.html"

    class Meta:
        verbose_name = _("information request form section")

    def serve(self, request, *args, **kwargs):
        from ..views import request_form_view

        return request_form_view(self, request)


class RequestLookupPage(RoutablePageMixin, SectionPage):
    """Tra cứu yêu cầu: tracking code plus the email or phone given."""

    template = "info_requests/request_lookup_page.html"

    class Meta:
        verbose_name = _("request look-up section")

    @path("")
    def lookup(self, request):
        from ..views import lookup_view

        return lookup_view(self, request)

    @path("tep/<str:token>/")
    def download(self, request, token):
        from ..views import answer_file_view

        return answer_file_view(self, request, token)


class RequestStatisticsPage(RoutablePageMixin, SectionPage):
    """Thống kê yêu cầu: public figures per month and year, as a page, JSON, CSV and XLSX."""

    template = "info_requests/request_statistics_page.html"

    class Meta:
        verbose_name = _("request statistics section")

    @path("")
    def statistics(self, request):
        from ..views import statistics_view

        return statistics_view(self, request)

    @path("json/")
    def statistics_json(self, request):
        from ..views import statistics_json_view

        return statistics_json_view(self, request)

    @path("bao-cao/<str:fmt>/")
    def report(self, request, fmt):
        from ..views import report_view

        return report_view(self, request, fmt)
