"""The admin page that imports documents from a CSV or XLSX file, and the template download."""

from pathlib import Path

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .forms import ImportForm
from .importer import import_file

TEMPLATE_DIR = Path(__file__).resolve().parent / "import_template"


def import_documents(request):
    if not request.user.has_perm("documents.add_legaldocument"):
        raise PermissionDenied
    result = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            result = import_file(upload, upload.name, user=request.user)
            if result.ok:
                messages.success(request, _("%(count)d documents were imported and published.")
                                 % {"count": result.created})
                return redirect("wagtailsnippets_documents_legaldocument:list")
            messages.error(request, _("Nothing was imported: fix the rows listed below and upload the file again."))
    else:
        form = ImportForm()
    return TemplateResponse(request, "documents/admin/import.html", {
        "form": form, "result": result, "page_title": _("Import documents"), "header_icon": "upload",
    })


def import_template(request, fmt):
    if not request.user.has_perm("documents.add_legaldocument"):
        raise PermissionDenied
    name = "mau-nhap-van-ban.xlsx" if fmt == "xlsx" else "mau-nhap-van-ban.csv"
    return FileResponse(open(TEMPLATE_DIR / name, "rb"), as_attachment=True, filename=name)
