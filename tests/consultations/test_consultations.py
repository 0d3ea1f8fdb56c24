import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from cms.consultations.models import ConsultationComment, Decision, ModerationStatus, State

from .factories import CommentFactory, ConsultationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(section):
    return section("interaction.consultation")


@pytest.fixture
def open_draft(index):
    return ConsultationPageFactory(parent=index, title="Dự thảo quy định quản lý chợ")


@pytest.fixture
def closed_draft(index):
    return ConsultationPageFactory(parent=index, title="Dự thảo đã đóng",
                                   opens_at=timezone.now() - datetime.timedelta(days=40),
                                   closes_at=timezone.make_aware(datetime.datetime(2026, 10, 31, 17, 0)))


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()


def comment_data(**changes):
    data = {"author_name": "Phạm Thị Dung", "organisation": "Hội Doanh nghiệp tỉnh", "email": "dung@example.vn",
            "part": "Điều 1. Phạm vi điều chỉnh", "text": "Đề nghị làm rõ phạm vi áp dụng đối với chợ đầu mối.",
            "consent": "on", "website": ""}
    data.update(changes)
    return data


def test_index_lists_open_and_closed_consultations(client, index, open_draft, closed_draft):
    html = client.get(index.url).content.decode()
    assert html.index("Dự thảo quy định quản lý chợ") < html.index("Dự thảo đã đóng")
    assert type(index).__name__ == "ConsultationIndexPage"


def test_open_consultation_accepts_a_comment_on_a_named_part(client, open_draft):
    response = client.post(open_draft.url, comment_data())
    assert response.status_code == 302 and "gop-y=da-gui" in response["Location"]
    comment = ConsultationComment.objects.get()
    assert comment.part == "Điều 1. Phạm vi điều chỉnh" and comment.status == ModerationStatus.PENDING
    assert comment.consent_at is not None


def test_comment_on_the_whole_draft(client, open_draft):
    client.post(open_draft.url, comment_data(part=""))
    assert ConsultationComment.objects.get().part_label == "Toàn bộ dự thảo" or ConsultationComment.objects.get().part == ""


def test_comment_is_shown_only_after_moderation_and_as_text(client, open_draft):
    client.post(open_draft.url, comment_data(text="<script>alert(1)</script> xem http://spam.example nhé"))
    assert "spam.example" not in client.get(open_draft.url).content.decode()
    ConsultationComment.objects.update(status=ModerationStatus.APPROVED)
    html = client.get(open_draft.url).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and 'href="http://spam.example' not in html


def test_invalid_comment_keeps_what_was_typed(client, open_draft):
    response = client.post(open_draft.url, comment_data(email="sai", consent="", part="Điều 99"))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Đề nghị làm rõ phạm vi" in html and "Phạm Thị Dung" in html and 'class="error-summary"' in html
    assert not ConsultationComment.objects.exists()


def test_closed_consultation_refuses_comments_and_says_when_it_closed(client, closed_draft):
    page_html = client.get(closed_draft.url).content.decode()
    assert "comment-form" not in page_html and "17:00" in page_html and "31/10/2026" in page_html
    response = client.post(closed_draft.url, comment_data())
    assert response.status_code == 403
    assert "31/10/2026" in response.content.decode()
    assert "Đề nghị làm rõ phạm vi" in response.content.decode()
    assert not ConsultationComment.objects.exists()


def test_comment_on_unpublished_consultation_is_refused(client, index):
    draft = ConsultationPageFactory(parent=index, live=False)
    response = client.post(draft.url or f"{index.url}{draft.slug}/", comment_data())
    assert response.status_code == 404
    assert not ConsultationComment.objects.exists()


def test_closes_by_itself_at_the_closing_time(open_draft):
    assert open_draft.state() == State.OPEN
    assert open_draft.state(now=open_draft.closes_at) == State.CLOSED


def test_cannot_finish_without_report_and_decisions(closed_draft):
    comment = CommentFactory(consultation=closed_draft, status=ModerationStatus.APPROVED)
    closed_draft.finished = True
    with pytest.raises(ValidationError) as error:
        closed_draft.full_clean()
    assert "finished" in error.value.message_dict
    closed_draft.report = "<p>Báo cáo tiếp thu, giải trình.</p>"
    with pytest.raises(ValidationError):
        closed_draft.full_clean()
    comment.decision, comment.decision_reason = Decision.PARTLY, "Đã bổ sung một phần tại Điều 1."
    comment.save()
    closed_draft.full_clean()


def test_cannot_finish_before_closing(open_draft):
    open_draft.finished = True
    open_draft.report = "<p>Báo cáo.</p>"
    with pytest.raises(ValidationError):
        open_draft.full_clean()


def test_finished_consultation_shows_report_with_each_decision(client, closed_draft):
    CommentFactory(consultation=closed_draft, status=ModerationStatus.APPROVED, decision=Decision.NOT_ACCEPTED,
                   decision_reason="Nội dung đã được quy định tại Luật.")
    closed_draft.report = "<p>Báo cáo tiếp thu, giải trình số 12/BC-SCT.</p>"
    closed_draft.finished = True
    closed_draft.save_revision().publish()
    html = client.get(closed_draft.url).content.decode()
    assert "Báo cáo tiếp thu, giải trình số 12/BC-SCT." in html
    assert "Nội dung đã được quy định tại Luật." in html


def test_decision_without_reason_is_refused_by_the_database(closed_draft):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        CommentFactory(consultation=closed_draft, decision=Decision.ACCEPTED, decision_reason="")


def test_home_panel_lists_open_consultations(client, home, open_draft, closed_draft):
    html = client.get(home.url).content.decode()
    panel = html[html.index("home-consultations"):]
    assert "Dự thảo quy định quản lý chợ" in panel and "Dự thảo đã đóng" not in panel[:2000]


def test_admin_decision_needs_a_reason(admin_client, closed_draft):
    comment = CommentFactory(consultation=closed_draft)
    response = admin_client.post(f"/admin/consultations/comments/edit/{comment.pk}/",
                                 {"status": "approved", "decision": "accepted", "decision_reason": ""})
    assert response.status_code == 200
    comment.refresh_from_db()
    assert comment.decision == ""
