"""The rating endpoints: a plain form post (redirect and thank-you page) or a fetch from feedback.js (JSON)."""

from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from django_ratelimit.decorators import ratelimit

from . import services
from .forms import DetailsForm, VoteForm


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _refuse(request, message, status=400):
    if _wants_json(request):
        return JsonResponse({"ok": False, "message": message}, status=status)
    return render(request, "feedback/refused.html", {"message": message}, status=status)


@csrf_exempt  # no cookies on public pages: a signed page token and an Origin check instead (see services)
@require_POST
@ratelimit(key="ip", rate="60/m", block=True)
def vote(request):
    if not services.same_origin(request):
        return _refuse(request, _("The rating was sent from another site and was not recorded."), 403)
    form = VoteForm(request.POST)
    if not form.is_valid():
        return _refuse(request, _("Please choose Yes or No."))
    page = services.rateable_page(form.cleaned_data["page"])
    if page is None:
        return _refuse(request, _("This page does not exist or is not published, so it cannot be rated."), 404)
    if not services.check_vote_token(form.cleaned_data["token"], page.pk):
        return _refuse(request, _("The rating form has expired. Please reload the page and rate it again."))
    rating, _created = services.record_vote(request, page, form.cleaned_data["useful"] == "yes")
    token = services.details_token(rating)
    if _wants_json(request):
        html = render_to_string(
            "feedback/details_form.html",
            {"form": DetailsForm(), "token": token, "rating": rating, "inline": True},
            request=None,
        )
        return JsonResponse({"ok": True, "message": _("Thank you for your rating."), "details_html": html})
    return redirect("feedback:details", token=token)


@csrf_exempt  # the signed details token names the visitor's own rating and plays the CSRF token's part
@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate="30/m", method="POST", block=True)
def details(request, token):
    rating = services.rating_from_details_token(token)
    if rating is None:
        return _refuse(request, _("This rating link has expired. You can rate the page again."), 404)
    page_url = rating.page.get_url(request=request) or "/"
    if request.method == "POST":
        if not services.same_origin(request):
            return _refuse(request, _("The rating was sent from another site and was not recorded."), 403)
        form = DetailsForm(request.POST)
        if form.is_valid():
            services.save_details(rating, **form.cleaned_data)
            if _wants_json(request):
                return JsonResponse({"ok": True, "message": _("Thank you. Your answers have been recorded.")})
            return redirect(f"{page_url}?danh-gia=cam-on#rating")
        if _wants_json(request):
            html = render_to_string("feedback/details_form.html",
                                    {"form": form, "token": token, "rating": rating, "inline": True})
            return JsonResponse({"ok": False, "details_html": html}, status=400)
    else:
        form = DetailsForm(initial={"score": rating.score, "reason": rating.reason, "comment": rating.comment})
    return render(request, "feedback/details.html", {
        "form": form, "token": token, "rating": rating, "page_url": page_url,
        "rated_page": rating.page, "action": reverse("feedback:details", args=[token]),
    }, status=400 if request.method == "POST" else 200)
