"""Reminders to officers about requests due within 2 working days and overdue ones."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils import timezone

from cms.core.models import ProvinceSettings
from cms.workdays.services import add_working_days

from .models import InfoRequest
from .notifications import notify_officers

DUE_SOON_WORKING_DAYS = 2


def handlers():
    """Active users allowed to handle requests (directly, through a group, or superusers)."""
    permission = Permission.objects.filter(content_type__app_label="info_requests", codename="change_inforequest")
    return get_user_model().objects.filter(is_active=True).filter(
        Q(is_superuser=True) | Q(user_permissions__in=permission) | Q(groups__permissions__in=permission)
    ).exclude(email="").distinct()


def collect(today=None):
    """{email: {"due_soon": [...], "overdue": [...]}} — to the officer, else the department, else all handlers."""
    today = today or timezone.localdate()
    last_day = add_working_days(today, DUE_SOON_WORKING_DAYS)
    queryset = InfoRequest.objects.select_related("assignee", "department", "site")
    buckets = {"overdue": list(queryset.overdue(today)), "due_soon": list(queryset.due_within(last_day, today))}
    everyone = list(handlers())
    group_members = {}
    out = {}
    for kind, requests in buckets.items():
        for req in requests:
            if req.assignee_id and req.assignee.email:
                recipients = [req.assignee.email]
            elif req.department_id:
                if req.department_id not in group_members:
                    group_members[req.department_id] = [u.email for u in req.department.user_set.filter(
                        is_active=True).exclude(email="")]
                recipients = group_members[req.department_id]
            else:
                recipients = []
            if not recipients:
                recipients = [u.email for u in everyone]
                focal = ProvinceSettings.for_site(req.site).focal_email
                if focal:
                    recipients.append(focal)
            for email in set(recipients):
                out.setdefault(email, {"due_soon": [], "overdue": []})[kind].append(req)
    return out


def send_reminders(today=None, dry_run=False):
    plan = collect(today)
    if not dry_run:
        for email, lists in plan.items():
            notify_officers([email], lists["due_soon"], lists["overdue"])
    return plan
