"""Posting a comment on a draft: only while the consultation is open; moderated before it is shown."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django_ratelimit.core import is_ratelimited

from cms.core.views import rate_limited

from .forms import CommentForm
from .models import ConsultationComment, State


def comment(page, request):
    if is_ratelimited(request, group="consultations.post", key="ip", rate="30/h", method="POST", increment=True):
        return rate_limited(request)
    form = CommentForm(request.POST, consultation=page)
    state = page.state()
    if state != State.OPEN:
        context = page.get_context(request)
        context.update(form=form, refused=True)
        return TemplateResponse(request, page.get_template(request), context, status=403)
    if form.is_spam:
        return redirect(page.url + "?gop-y=da-gui#comments")
    if not form.is_valid():
        context = page.get_context(request)
        context["form"] = form
        return TemplateResponse(request, page.get_template(request), context, status=400)
    if is_ratelimited(request, group="consultations.comment", key="ip", rate="10/h", method="POST", increment=True):
        return rate_limited(request)
    now = timezone.now()
    data = form.cleaned_data
    ConsultationComment.objects.create(
        consultation=page, author_name=data["author_name"].strip(), organisation=data["organisation"].strip(),
        email=data["email"], part=data["part"], text=data["text"].strip(), consent_at=now, created_at=now,
    )
    return redirect(page.url + "?gop-y=da-gui#comments")
