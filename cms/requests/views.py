"""Public views of the three sections: the form, the look-up and the statistics. Thin: use cases live in services."""

from django.core import signing
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from cms.core import sites
from cms.core.views import rate_limited

from . import reports, services, statistics
from .deadlines import first_due_date
from .forms import LookupForm, RequestForm
from .models import InfoRequest, RequestFile
from .privacy import NOTICE_TEMPLATE, NOTICE_VERSION

SUBMIT_RATE = "10/h"
LOOKUP_RATE = "20/h"
LOOKUP_FAILURES_PER_CODE = 5
MAX_BODY_BYTES = 6 * 1024 * 1024
FILE_TOKEN_SALT = "info_requests.answer_file"
FILE_TOKEN_MAX_AGE = 24 * 3600


def _private(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def _error_summary(form):
    """[(field id, message)] in the order of the form, for the summary linking to each field."""
    items = []
    for name, field in form.fields.items():
        for message in form.errors.get(name, []):
            widget_id = form[name].id_for_label or f"{form[name].auto_id}_0"
            items.append((widget_id, field.label, message))
    for message in form.non_field_errors():
        items.append(("", "", message))
    return items


def _form_context(page, request, form, **extra):
    context = page.get_context(request)
    context.update(form=form, errors=_error_summary(form) if form.is_bound else [],
                   notice_template=NOTICE_TEMPLATE, notice_version=NOTICE_VERSION, **extra)
    return context


def request_form_view(page, request):
    if request.method == "POST":
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES:
            form = RequestForm()
            context = _form_context(page, request, form, too_large=True)
            return _private(TemplateResponse(request, page.template, context, status=413))
        if is_ratelimited(request, group="info_requests.submit", key="ip", rate=SUBMIT_RATE, method="POST",
                          increment=True):
            return rate_limited(request)
        form = RequestForm(request.POST, request.FILES)
        if form.is_valid():
            info_request, created = services.submit_request(
                page.get_site(), form.model_data(), members=form.cleaned_data["member_list"],
                consent_file=form.cleaned_data.get("consent_file") if form.cleaned_data.get(
                    "concerns_third_party") else None,
                token=form.cleaned_data["token"], notice_version=NOTICE_VERSION)
            context = page.get_context(request)
            context.update(req=info_request, replayed=not created,
                           first_due=first_due_date(info_request.received_on, info_request.channel))
            return _private(TemplateResponse(request, "info_requests/request_receipt.html", context))
        return _private(TemplateResponse(request, page.template, _form_context(page, request, form), status=400))
    return _private(TemplateResponse(request, page.template, _form_context(page, request, RequestForm())))


def _contact_matches(info_request, contact):
    if not contact:
        return False
    if "@" in contact:
        return bool(info_request.email) and info_request.email.lower() == contact
    return bool(info_request.phone) and info_request.phone == contact


def file_token(request_file):
    """A signed, expiring token made only of URL-path-safe characters (Wagtail serves [\\w-] segments)."""
    signed = signing.dumps({"f": request_file.pk, "r": request_file.request_id}, salt=FILE_TOKEN_SALT)
    return urlsafe_base64_encode(signed.encode())


def lookup_view(page, request):
    context = page.get_context(request)
    if request.method != "POST":
        context.update(form=LookupForm(), errors=[])
        return _private(TemplateResponse(request, page.template, context))
    if is_ratelimited(request, group="info_requests.lookup", key="ip", rate=LOOKUP_RATE, method="POST",
                      increment=True):
        return rate_limited(request)
    form = LookupForm(request.POST)
    found = None
    if form.is_valid():
        code = form.cleaned_data["code"]
        failures_key = f"info_requests:lookup-failures:{code}"
        if (cache.get(failures_key) or 0) >= LOOKUP_FAILURES_PER_CODE:
            return rate_limited(request)
        candidate = (InfoRequest.objects.filter(tracking_code=code, site=page.get_site())
                     .select_related("site").first())
        if candidate is not None and _contact_matches(candidate, form.cleaned_data["contact"]):
            found = candidate
        else:
            try:
                cache.incr(failures_key)
            except ValueError:
                cache.set(failures_key, 1, 3600)
            form.add_error(None, _("No request matches this tracking code and this email or phone. Check both "
                                   "and try again."))
    if found is None:
        context.update(form=form, errors=_error_summary(form))
        return _private(TemplateResponse(request, page.template, context, status=200 if form.is_valid() else 400))
    events = found.events.filter(public=True).order_by("at", "id")
    files = [(f, file_token(f)) for f in found.files.filter(kind=RequestFile.Kind.ANSWER)]
    context.update(form=LookupForm(), req=found, events=events, answer_files=files, errors=[])
    return _private(TemplateResponse(request, "info_requests/request_status.html", context))


def answer_file_view(page, request, token):
    try:
        signed = urlsafe_base64_decode(token).decode()
        data = signing.loads(signed, salt=FILE_TOKEN_SALT, max_age=FILE_TOKEN_MAX_AGE)
        stored = RequestFile.objects.select_related("request").get(
            pk=data["f"], request_id=data["r"], kind=RequestFile.Kind.ANSWER)
    except (signing.BadSignature, KeyError, TypeError, ValueError, UnicodeDecodeError, RequestFile.DoesNotExist):
        raise Http404
    if stored.request.site_id != page.get_site().pk:
        raise Http404
    return _private(FileResponse(stored.file.open("rb"), as_attachment=True, filename=stored.original_name))


def _year(request):
    value = request.GET.get("nam", "")
    today = timezone.localdate()
    if not value:
        return today.year, None
    if value.isdigit() and 2018 <= int(value) <= today.year:
        return int(value), None
    return today.year, _("The year must be between 2018 and %(year)s.") % {"year": today.year}


def _statistics_scope(page, request):
    """(year, the body choice: which site to count or None for all bodies, problems with the parameters)."""
    year, problem = _year(request)
    choice = sites.BodyChoice(page.get_site(), request.GET.get("don-vi", ""))
    return year, choice, [p for p in (problem, choice.problem) if p]


def statistics_view(page, request):
    year, choice, problems = _statistics_scope(page, request)
    site = choice.shown
    rows, total = statistics.year_table(site, year)
    context = page.get_context(request)
    context.update(year=year, problems=problems, rows=rows, total=total, years=statistics.years_with_requests(site),
                   grounds=reports.ground_labels(), bodies=choice.choices, body=choice.value,
                   body_name=choice.name)
    response = TemplateResponse(request, page.template, context, status=400 if problems else 200)
    patch_cache_control(response, public=True, max_age=300)
    return response


def statistics_json_view(page, request):
    year, choice, problems = _statistics_scope(page, request)
    if problems:
        return JsonResponse({"error": " ".join(problems)}, status=400, json_dumps_params={"ensure_ascii": False})
    rows, total = statistics.year_table(choice.shown, year)
    data = {
        "year": year,
        "body": choice.name,
        "generated_at": timezone.now().isoformat(),
        "months": [{**{k: v for k, v in row.items() if k not in ("first", "last")}} for row in rows],
        "total": total,
        "refusal_grounds": reports.ground_labels(),
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=300)
    return response


def report_view(page, request, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    year, choice, problems = _statistics_scope(page, request)
    if problems:
        return HttpResponse(" ".join(problems), status=400, content_type="text/plain; charset=utf-8")
    return reports.moj_report_response(choice.shown, year, fmt)
