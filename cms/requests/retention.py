"""Erasing the personal data of closed requests after the province's retention period (DESIGN.md §4).

Erased means erased: the fields are blanked, members and files deleted (the files from disk too), the
history's free-text notes cleared. Kept: dates, states, classification, refusal ground, working days
taken and on-time flag, which is all the statistics read.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from cms.core.models import ProvinceSettings

from .models import InfoRequest, RequestEvent
from .states import Action

BLANKED = ["full_name", "organisation_name", "represented_person", "address", "id_number", "phone", "fax", "email",
           "information_requested", "document_reference", "purpose", "answer_text", "answer_link",
           "refusal_explanation", "cost_note", "extension_reason"]


def erase(request):
    with transaction.atomic():
        request = InfoRequest.objects.select_for_update().get(pk=request.pk)
        for name in BLANKED:
            setattr(request, name, "")
        request.submission_token = None
        request.personal_data_erased_at = timezone.now()
        request.save()
        request.members.all().delete()
        for stored in request.files.all():
            stored.file.delete(save=False)
            stored.delete()
        request.events.update(note="")
        RequestEvent.objects.create(request=request, action=Action.PURGE, from_state=request.state,
                                    to_state=request.state, public=False)
    return request


def purge(site, now=None, dry_run=False):
    """Erase every request of the site closed longer ago than the retention period; returns how many."""
    now = now or timezone.now()
    days = ProvinceSettings.for_site(site).personal_data_retention_days
    before = now - datetime.timedelta(days=days)
    due = list(InfoRequest.objects.for_site(site).purgeable(before).only("pk"))
    if not dry_run:
        for request in due:
            erase(request)
    return len(due)
