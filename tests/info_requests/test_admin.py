"""Staff handling in the Wagtail admin: who sees what, filters, actions, printable forms."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from cms.requests import services
from cms.requests.models import InfoRequest
from cms.workdays.services import add_working_days
from tests.factories import UserFactory
from tests.info_requests.factories import InfoRequestFactory

pytestmark = pytest.mark.django_db


def staff_with(*codenames):
    user = UserFactory(username="canbo_" + "_".join(codenames) if codenames else "khach")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        user.user_permissions.add(Permission.objects.get(content_type__app_label="info_requests", codename=codename))
    return user


@pytest.fixture
def handler_client(client):
    client.force_login(staff_with("change_inforequest"))
    return client


def test_staff_without_the_permission_see_no_requests(client):
    req = InfoRequestFactory(full_name="Bí Mật")
    client.force_login(staff_with())
    index = client.get(reverse("inforequest:index"))
    detail = client.get(reverse("inforequest:edit", args=[req.pk]))
    assert index.status_code in (302, 403)
    assert detail.status_code in (302, 403)
    assert "Bí Mật" not in detail.content.decode()


def test_viewers_see_the_request_but_cannot_act(client):
    req = InfoRequestFactory()
    client.force_login(staff_with("view_inforequest"))
    detail = client.get(reverse("inforequest:edit", args=[req.pk]))
    assert detail.status_code == 200
    assert reverse("inforequest:action", args=[req.pk, "answer"]) not in detail.content.decode()
    assert client.post(reverse("inforequest:action", args=[req.pk, "withdraw"])).status_code in (302, 403)
    assert InfoRequest.objects.get(pk=req.pk).state == "received"


def test_list_shows_requests_with_their_state_and_due_date(handler_client, django_assert_max_num_queries):
    for _ in range(5):
        InfoRequestFactory()
    with django_assert_max_num_queries(30):
        response = handler_client.get(reverse("inforequest:index"))
    assert response.status_code == 200
    assert response.content.decode().count("/edit/") >= 5


def test_list_filters_by_state_overdue_due_soon_assignee_and_department(handler_client):
    today = timezone.localdate()
    late = InfoRequestFactory(received_on=today - datetime.timedelta(days=30))
    soon_limit = add_working_days(today, 2)
    received = today
    while add_working_days(received, 3) > soon_limit:  # due within the next 2 working days, not yet overdue
        received -= datetime.timedelta(days=1)
    fresh = InfoRequestFactory(received_on=received)
    done = InfoRequestFactory()
    services.withdraw(done, None)
    officer = UserFactory(username="canbo_loc")
    group = Group.objects.create(name="Văn phòng UBND")
    services.assign(fresh, None, assignee=officer, department=group)

    def codes(**params):
        response = handler_client.get(reverse("inforequest:index_results"), params)
        html = response.content.decode()
        return {r.display_code for r in (late, fresh, done) if r.display_code in html}

    assert codes(state="withdrawn") == {done.display_code}
    assert codes(due="overdue") == {late.display_code}
    assert codes(due="soon") == {fresh.display_code}
    assert codes(assignee=officer.pk) == {fresh.display_code}
    assert codes(department=group.pk) == {fresh.display_code}


def test_detail_shows_history_clocks_and_actions(handler_client, django_assert_max_num_queries):
    req = InfoRequestFactory()
    services.classify(req, None, "complex")
    with django_assert_max_num_queries(40):
        response = handler_client.get(reverse("inforequest:edit", args=[req.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert req.full_name in html
    assert reverse("inforequest:action", args=[req.pk, "send_notice"]) in html
    assert "Điều 30" in html


def test_staff_classify_and_answer_through_the_admin(handler_client):
    req = InfoRequestFactory()
    url = reverse("inforequest:action", args=[req.pk, "classify"])
    assert handler_client.get(url).status_code == 200
    assert handler_client.post(url, {"complexity": "simple"}).status_code == 302
    response = handler_client.post(reverse("inforequest:action", args=[req.pk, "answer"]),
                                   {"text": "Thông tin như sau.", "link": ""})
    assert response.status_code == 302
    req.refresh_from_db()
    assert req.state == "answered"
    assert req.events.last().actor.username.startswith("canbo")


def test_action_with_bad_input_shows_the_form_again(handler_client):
    req = InfoRequestFactory()
    response = handler_client.post(reverse("inforequest:action", args=[req.pk, "refuse"]),
                                   {"ground": "b", "explanation": ""})
    assert response.status_code == 400
    assert InfoRequest.objects.get(pk=req.pk).state == "received"


def test_action_not_allowed_in_the_state_is_refused_with_a_message(handler_client):
    req = InfoRequestFactory()
    services.withdraw(req, None)
    response = handler_client.post(reverse("inforequest:action", args=[req.pk, "answer"]),
                                   {"text": "x"})
    assert response.status_code == 400


def test_no_one_adds_or_deletes_register_entries_by_hand(admin_client):
    req = InfoRequestFactory()
    assert admin_client.post(reverse("inforequest:delete", args=[req.pk])).status_code in (302, 403)
    assert InfoRequest.objects.filter(pk=req.pk).exists()


@pytest.mark.parametrize("code, title", [("02", "PHIẾU TIẾP NHẬN"), ("03", "THÔNG BÁO VỀ VIỆC GIẢI QUYẾT"),
                                         ("04", "GIA HẠN"), ("05", "TỪ CHỐI")])
def test_printable_forms_are_generated_from_the_request(handler_client, code, title):
    req = InfoRequestFactory(full_name="Phan Văn Hùng")
    services.classify(req, None, "complex")
    services.send_notice(req, None)
    services.extend(req, None, 7, "Cần tập hợp hồ sơ lưu trữ.")
    if code == "05":
        services.refuse(req, None, "dd", "Khối lượng hồ sơ quá lớn.")
    response = handler_client.get(reverse("inforequest:document", args=[req.pk, code]))
    html = response.content.decode()
    assert response.status_code == 200
    assert title in html and "Phan Văn Hùng" in html and req.register_label in html


def test_refusal_form_is_not_available_before_a_refusal(handler_client):
    req = InfoRequestFactory()
    assert handler_client.get(reverse("inforequest:document", args=[req.pk, "05"])).status_code == 404
