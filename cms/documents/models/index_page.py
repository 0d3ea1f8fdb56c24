"""The standard 'Văn bản' section: the public registry, its detail pages, print views and exports."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from cms.sections.models import SectionPage


class DocumentIndexPage(RoutablePageMixin, SectionPage):
    """/van-ban/ (list and filters), /van-ban/<slug>/ (detail), /van-ban/<slug>/in/ (print), /van-ban/xuat/<fmt>/."""

    subpage_types = []
    template = "documents/document_index_page.html"

    class Meta:
        verbose_name = _("legal-document registry")

    @path("")
    def registry(self, request):
        from ..views import document_list

        return document_list(request, self)

    @re_path(r"^xuat/(?P<fmt>csv|xlsx|json)/$")
    def export(self, request, fmt):
        from ..views import export

        return export(request, self, fmt)

    @re_path(r"^(?P<slug>[0-9][a-z0-9-]*)/$")
    def detail(self, request, slug):
        from ..views import document_detail

        return document_detail(request, self, slug)

    @re_path(r"^(?P<slug>[0-9][a-z0-9-]*)/in/$")
    def print_view(self, request, slug):
        from ..views import document_detail

        return document_detail(request, self, slug, printable=True)
