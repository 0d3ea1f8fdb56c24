"""Each staff transition: allowed states, what is recorded, who is told."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.requests import services
from cms.requests.models import InfoRequest
from cms.requests.states import TRANSITIONS, State
from tests.factories import UserFactory
from tests.info_requests.factories import InfoRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(db):
    return UserFactory(username="canbo", first_name="Hà", last_name="Trần")


@pytest.fixture
def req(db):
    return InfoRequestFactory()


def last_event(req):
    return req.events.order_by("-at", "-id").first()


def test_transitions_are_named_with_their_source_and_target_states():
    assert TRANSITIONS["answer"][1] == State.ANSWERED
    assert State.CLARIFICATION not in TRANSITIONS["answer"][0]
    assert all(target in State.values for _sources, target in TRANSITIONS.values())


def test_assign_records_officer_and_department_without_telling_the_public(req, officer):
    group = Group.objects.create(name="Phòng Hành chính - Tổ chức")
    req = services.assign(req, officer, assignee=officer, department=group)
    assert (req.assignee, req.department) == (officer, group)
    event = last_event(req)
    assert event.action == "assigned" and event.actor == officer and event.public is False


def test_classify_simple_starts_work(req, officer):
    req = services.classify(req, officer, "simple")
    assert req.complexity == "simple" and req.state == State.IN_PROGRESS


def test_classify_complex_keeps_received_until_the_notice(req, officer):
    req = services.classify(req, officer, "complex")
    assert req.state == State.RECEIVED
    assert "send_notice" in services.allowed_actions(req)


def test_send_notice_only_for_complex_requests(req, officer):
    with pytest.raises(services.TransitionError):
        services.send_notice(req, officer)
    services.classify(req, officer, "complex")
    req = services.send_notice(req, officer, "Cần tổng hợp từ nhiều đơn vị.")
    assert req.state == State.NOTICE_SENT and req.notice_sent_at
    assert "Điều 30" in last_event(req).legal_ground


def test_clarification_stops_the_clock_and_its_answer_restarts_it(req, officer):
    req = services.ask_clarification(req, officer, "Đề nghị nêu rõ số hiệu văn bản.")
    assert req.state == State.CLARIFICATION and req.clock_paused
    assert req.pauses.get().ended_on is None
    req = services.receive_clarification(req, officer, "Người yêu cầu bổ sung qua điện thoại.")
    assert req.state == State.RECEIVED and not req.clock_paused
    assert req.pauses.get().ended_on is not None


def test_clarification_needs_a_message(req, officer):
    with pytest.raises(services.TransitionError):
        services.ask_clarification(req, officer, "  ")


def test_extension_is_allowed_once_and_at_most_fifteen_days(req, officer):
    services.classify(req, officer, "complex")
    services.send_notice(req, officer)
    with pytest.raises(services.TransitionError):
        services.extend(req, officer, 16, "Cần thêm thời gian")
    with pytest.raises(services.TransitionError):
        services.extend(req, officer, 10, "")
    req = services.extend(req, officer, 15, "Cần xin ý kiến Sở Tài chính.")
    assert req.state == State.EXTENDED and req.extension_days == 15
    assert "extend" not in services.allowed_actions(req)
    with pytest.raises(services.TransitionError):
        services.extend(req, officer, 5, "Lần hai")


def test_simple_request_cannot_be_extended(req, officer):
    services.classify(req, officer, "simple")
    with pytest.raises(services.TransitionError):
        services.extend(req, officer, 5, "Cần thêm thời gian")


def test_cost_stops_the_clock_until_paid_and_blocks_the_answer(req, officer):
    services.classify(req, officer, "simple")
    req = services.state_cost(req, officer, 24000, "12 trang x 2.000 đ")
    assert req.clock_paused and req.cost_amount == 24000
    with pytest.raises(services.TransitionError):
        services.answer(req, officer, "Gửi kèm bản sao.")
    req = services.record_payment(req, officer)
    assert not req.clock_paused and req.cost_paid_at
    with pytest.raises(services.TransitionError):
        services.record_payment(req, officer)
    assert services.answer(req, officer, "Gửi kèm bản sao.").state == State.ANSWERED


def test_answer_with_text_link_and_files(req, officer):
    services.classify(req, officer, "simple")
    upload = SimpleUploadedFile("quyet-dinh.pdf", b"%PDF-1.4 tai lieu")
    req = services.answer(req, officer, "Xin gửi quyết định.", "https://tayninh.gov.vn/van-ban/1", [upload])
    assert req.state == State.ANSWERED and req.closed_at
    assert req.files.get(kind="answer").original_name == "quyet-dinh.pdf"


def test_answer_needs_some_content(req, officer):
    with pytest.raises(services.TransitionError):
        services.answer(req, officer, "", "")


def test_refusal_needs_an_article_28_ground_and_an_explanation(req, officer):
    with pytest.raises(services.TransitionError):
        services.refuse(req, officer, "z", "Lý do")
    with pytest.raises(services.TransitionError):
        services.refuse(req, officer, "b", "")
    req = services.refuse(req, officer, "b", "Đã công khai tại mục Văn bản.")
    assert req.state == State.REFUSED and req.refusal_ground == "b"
    assert "Điều 28" in last_event(req).legal_ground


def test_transfer_names_the_competent_body(req, officer):
    with pytest.raises(services.TransitionError):
        services.transfer(req, officer, "")
    req = services.transfer(req, officer, "Sở Tài nguyên và Môi trường tỉnh Tây Ninh")
    assert req.state == State.TRANSFERRED and req.transferred_to.startswith("Sở")


def test_withdrawn_request_is_closed_and_accepts_no_more_actions(req, officer):
    req = services.withdraw(req, officer, "Người yêu cầu rút qua điện thoại.")
    assert req.state == State.WITHDRAWN and req.closed_at
    for action in (lambda: services.answer(req, officer, "x"), lambda: services.classify(req, officer, "simple"),
                   lambda: services.withdraw(req, officer)):
        with pytest.raises(services.TransitionError):
            action()


def test_every_transition_is_recorded_with_who_and_what(req, officer):
    services.classify(req, officer, "complex")
    services.send_notice(req, officer)
    services.extend(req, officer, 10, "Cần thêm thời gian tập hợp.")
    services.answer(req, officer, "Thông tin như sau.")
    events = list(req.events.order_by("at", "id"))
    assert [e.action for e in events] == ["submitted", "classified", "send_notice", "extend", "answer"]
    assert all(e.actor == officer for e in events[1:])
    assert (events[-1].from_state, events[-1].to_state) == (State.EXTENDED, State.ANSWERED)


def test_requester_is_emailed_after_commit_only(req, officer, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.refuse(req, officer, "c", "Thông tin do Sở Xây dựng quản lý.")
    assert mail.outbox == []
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [req.email]
    assert "Sở Xây dựng" in mail.outbox[0].body


def test_a_failed_transition_changes_nothing(req, officer):
    services.classify(req, officer, "simple")
    before = InfoRequest.objects.get(pk=req.pk)
    with pytest.raises(services.TransitionError):
        services.send_notice(req, officer)
    after = InfoRequest.objects.get(pk=req.pk)
    assert (before.state, before.notice_sent_at, req.events.count()) == (after.state, after.notice_sent_at, 2)
