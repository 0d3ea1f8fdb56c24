"""Reminders to officers and the erasure of personal data after the retention period."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cms.core.models import ProvinceSettings
from cms.requests import services
from cms.requests.models import InfoRequest, RequestMember
from cms.requests.statistics import figures
from tests.factories import UserFactory
from tests.info_requests.factories import InfoRequestFactory

pytestmark = pytest.mark.django_db


def test_reminders_go_to_the_assigned_officer(django_capture_on_commit_callbacks):
    officer = UserFactory(username="canbo_nhac", email="canbo@tayninh.gov.vn")
    late = InfoRequestFactory(received_on=timezone.localdate() - datetime.timedelta(days=20))
    services.assign(late, None, assignee=officer)
    mail.outbox.clear()
    call_command("send_request_reminders", stdout=open("/dev/null", "w"))
    sent = [m for m in mail.outbox if m.to == ["canbo@tayninh.gov.vn"]]
    assert len(sent) == 1
    assert late.display_code in sent[0].body and "quá hạn" in sent[0].subject.lower()


def test_unassigned_requests_remind_everyone_who_may_handle_them():
    handler = UserFactory(username="xu_ly", email="xuly@tayninh.gov.vn")
    handler.user_permissions.add(Permission.objects.get(codename="change_inforequest"))
    InfoRequestFactory()  # due within 3 working days: due soon only on the last two
    late = InfoRequestFactory(received_on=timezone.localdate() - datetime.timedelta(days=20))
    mail.outbox.clear()
    call_command("send_request_reminders", stdout=open("/dev/null", "w"))
    to_handler = [m for m in mail.outbox if "xuly@tayninh.gov.vn" in m.to]
    assert len(to_handler) == 1 and late.display_code in to_handler[0].body


def test_dry_run_sends_nothing():
    InfoRequestFactory(received_on=timezone.localdate() - datetime.timedelta(days=20))
    mail.outbox.clear()
    call_command("send_request_reminders", "--dry-run", stdout=open("/dev/null", "w"))
    assert mail.outbox == []


def close_long_ago(req, days):
    InfoRequest.objects.filter(pk=req.pk).update(closed_at=timezone.now() - datetime.timedelta(days=days))


def test_purge_erases_personal_data_of_old_closed_requests_and_keeps_the_counts(site):
    ProvinceSettings.for_site(site)
    retention = ProvinceSettings.for_site(site).personal_data_retention_days
    old = InfoRequestFactory(full_name="Nguyễn Văn Cũ", email="cu@example.vn")
    RequestMember.objects.create(request=old, full_name="Thành Viên", id_number="072090001111")
    services.classify(old, None, "simple")
    services.answer(old, None, "Trả lời có tên Nguyễn Văn Cũ")
    close_long_ago(old, retention + 1)
    recent = InfoRequestFactory(full_name="Trần Thị Mới")
    services.withdraw(recent, None, "rút")
    close_long_ago(recent, retention - 1)
    open_one = InfoRequestFactory(full_name="Lê Văn Mở")
    today = timezone.localdate()
    before = figures(site, today.replace(day=1), today)

    call_command("purge_request_personal_data", stdout=open("/dev/null", "w"))

    old.refresh_from_db()
    assert old.full_name == "" and old.email == "" and old.id_number == "" and old.answer_text == ""
    assert old.personal_data_erased_at is not None
    assert not old.members.exists()
    assert all(event.note == "" for event in old.events.all())
    assert InfoRequest.objects.get(pk=recent.pk).full_name == "Trần Thị Mới"
    assert InfoRequest.objects.get(pk=open_one.pk).full_name == "Lê Văn Mở"
    assert figures(site, today.replace(day=1), today) == before


def test_purge_dry_run_erases_nothing(site):
    req = InfoRequestFactory(full_name="Nguyễn Văn Giữ")
    services.withdraw(req, None)
    close_long_ago(req, 10_000)
    call_command("purge_request_personal_data", "--dry-run", stdout=open("/dev/null", "w"))
    assert InfoRequest.objects.get(pk=req.pk).full_name == "Nguyễn Văn Giữ"
