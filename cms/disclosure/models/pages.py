"""Section pages: the disclosure sections (list, detail, files) and the catalogue (with exports)."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from cms.sections.models import SectionPage


class DisclosureSectionPage(RoutablePageMixin, SectionPage):
    """A section of 'Công khai thông tin' (or 'Chiến lược - Quy hoạch - Kế hoạch') listing its records."""

    template = "disclosure/section_page.html"

    class Meta:
        verbose_name = _("disclosure section")

    @property
    def kind(self):
        from .record import SECTION_KINDS

        return SECTION_KINDS.get(self.section_key)

    @path("", name="list")
    def list_view(self, request):
        from ..views import record_list

        return record_list(self, request)

    @re_path(r"^(?P<pk>\d+)(?:-[a-z0-9-]*)?/$", name="detail")
    def detail_view(self, request, pk):
        from ..views import record_detail

        return record_detail(self, request, int(pk))

    @re_path(r"^(?P<pk>\d+)/tep/(?P<file_id>\d+)/$", name="file")
    def file_view(self, request, pk, file_id):
        from ..views import record_file

        return record_file(self, request, int(pk), int(file_id))

    def record_url(self, record, request=None):
        return (self.get_url(request=request) or "") + self.reverse_subpage("detail", args=(record.pk,))[:-1] + \
            f"-{record.slug}/"

    def file_url(self, record, attachment, request=None):
        return (self.get_url(request=request) or "") + self.reverse_subpage("file", args=(record.pk, attachment.pk))


class CataloguePage(RoutablePageMixin, SectionPage):
    """Danh mục thông tin phải công khai, built from the registry, the records and items published elsewhere."""

    template = "disclosure/catalogue_page.html"

    class Meta:
        verbose_name = _("disclosure catalogue section")

    @path("", name="catalogue")
    def catalogue_view(self, request):
        from ..views import catalogue

        return catalogue(self, request)

    @re_path(r"^xuat/(?P<fmt>csv|xlsx|json)/$", name="export")
    def export_view(self, request, fmt):
        from ..views import catalogue_export

        return catalogue_export(self, request, fmt)
