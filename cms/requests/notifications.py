"""Emails to requesters and officers. Sent on commit, so a rolled-back transition sends nothing."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def _lookup_url(request):
    from .models import RequestLookupPage

    page = RequestLookupPage.objects.live().filter(path__startswith=request.site.root_page.path).first()
    if page is None:
        return ""
    return page.get_full_url()


def _send(subject_template, body_template, context, recipients):
    try:
        with translation.override("vi"):
            subject = " ".join(render_to_string(subject_template, context).split())
            body = render_to_string(body_template, context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:  # noqa: BLE001 - a mail server failure must not undo a recorded transition
        logger.exception("could not send %s", body_template)


def notify_requester(request, event):
    """Tell the requester what happened (every transition notifies, DESIGN.md §4)."""
    if not request.email:
        return
    context = {"req": request, "event": event, "lookup_url": _lookup_url(request)}
    recipients = [request.email]
    transaction.on_commit(lambda: _send("info_requests/emails/event_subject.txt",
                                        "info_requests/emails/event_body.txt", context, recipients))


def notify_officers(recipients, due_soon, overdue):
    context = {"due_soon": due_soon, "overdue": overdue}
    _send("info_requests/emails/reminder_subject.txt", "info_requests/emails/reminder_body.txt", context,
          recipients)
