"""Staff views in the Wagtail admin: the request's file, each action, the printable forms 02–05, files."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from .admin_forms import ACTIONS, available_actions
from .deadlines import first_due_date
from .models import InfoRequest, RequestFile
from .services import TransitionError

DOCUMENTS = {
    "02": "info_requests/documents/form_02.html",
    "03": "info_requests/documents/form_03.html",
    "04": "info_requests/documents/form_04.html",
    "05": "info_requests/documents/form_05.html",
}


def can_view(user):
    return user.is_active and (user.has_perm("info_requests.view_inforequest")
                               or user.has_perm("info_requests.change_inforequest"))


def can_handle(user):
    return user.is_active and user.has_perm("info_requests.change_inforequest")


def _get(pk, user):
    """The request if it belongs to one of the user's sites, else 404 (a forged id reveals nothing)."""
    from cms.core.admin_scoping import user_record_or_404

    from .admin_viewset import REQUEST_SCOPE

    queryset = InfoRequest.objects.select_related("site", "assignee", "department")
    return user_record_or_404(queryset, user, REQUEST_SCOPE, pk=pk)


class RequestAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "mail"
    index_url_name = "inforequest:index"

    def dispatch(self, request, *args, **kwargs):
        if not can_view(request.user):
            raise PermissionDenied
        self.object = _get(kwargs["pk"], request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Request %(code)s") % {"code": self.object.display_code}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Information requests")},
            {"url": reverse("inforequest:edit", args=[self.object.pk]), "label": self.object.display_code},
        ]


class DetailView(RequestAdminMixin, View):
    template_name = "info_requests/admin/detail.html"

    def get(self, request, pk):
        req = self.object
        context = self.get_context_data(
            req=req,
            events=req.events.select_related("actor").order_by("at", "id"),
            members=req.members.all(),
            files=req.files.all(),
            pauses=req.pauses.all(),
            actions=[(name, ACTIONS[name][1]) for name in available_actions(req)] if can_handle(request.user)
            else [],
            documents=[code for code in DOCUMENTS if document_available(req, code)],
        )
        return self.render_to_response(context)


class ActionView(RequestAdminMixin, View):
    template_name = "info_requests/admin/action.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_handle(request.user):
            raise PermissionDenied
        if kwargs["name"] not in ACTIONS:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(ACTIONS[self.kwargs["name"]][1])

    def render_form(self, form, status=200):
        context = self.get_context_data(req=self.object, form=form, action_label=ACTIONS[self.kwargs["name"]][1],
                                        action_name=self.kwargs["name"])
        return self.render_to_response(context, status=status)

    def get(self, request, pk, name):
        if name not in available_actions(self.object):
            messages.error(request, _("This action is not possible for this request now."))
            return redirect("inforequest:edit", pk)
        initial = {}
        if name == "assign":
            initial = {"assignee": self.object.assignee_id, "department": self.object.department_id}
        return self.render_form(ACTIONS[name][0](initial=initial))

    def post(self, request, pk, name):
        form = ACTIONS[name][0](request.POST, request.FILES)
        if not form.is_valid():
            return self.render_form(form, status=400)
        try:
            form.run(self.object, request.user)
        except TransitionError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.render_form(form, status=400)
        messages.success(request, _("Done: %(action)s.") % {"action": ACTIONS[name][1]})
        return redirect("inforequest:edit", pk)


def document_available(req, code):
    return {
        "02": True,
        "03": req.state in ("notice_sent", "in_progress", "extended", "answered") or bool(req.notice_sent_at),
        "04": bool(req.extension_days),
        "05": req.state == "refused",
    }[code]


def document_view(request, pk, code):
    """Forms 02–05 of Decree 13/2018, filled from the request, to print or save as PDF."""
    if not can_view(request.user):
        raise PermissionDenied
    req = _get(pk, request.user)
    if code not in DOCUMENTS or not document_available(req, code):
        raise Http404
    from cms.core.models import ProvinceSettings

    province = ProvinceSettings.for_site(req.site)
    with translation.override("vi"):
        context = {"req": req, "province": province, "today": timezone.localdate(),
                   "first_due": first_due_date(req.received_on, req.channel), "clocks": req.clocks,
                   "members": req.members.all()}
        response = TemplateResponse(request, DOCUMENTS[code], context)
        response.render()
    return response


def file_view(request, pk, file_pk):
    if not can_view(request.user):
        raise PermissionDenied
    _get(pk, request.user)
    stored = get_object_or_404(RequestFile, pk=file_pk, request_id=pk)
    return FileResponse(stored.file.open("rb"), as_attachment=True, filename=stored.original_name)


def new_view(request):
    """Requests come in through the public form: the admin has no blank 'add' form."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    from .models import RequestFormPage

    page = RequestFormPage.objects.live().filter(path__startswith=site.root_page.path).first() if site else None
    if page is None:
        raise Http404
    return redirect(page.get_url(request))


def no_delete_view(request, pk):
    """The register keeps every request; personal data goes only through purge_request_personal_data."""
    raise PermissionDenied


def to_detail_view(request, pk):
    if not can_view(request.user):
        raise PermissionDenied
    _get(pk, request.user)
    return redirect("inforequest:edit", pk)
