"""Demo consultations: one open draft with comments, one closed and finished with its report."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from .models import ConsultationComment, ConsultationIndexPage, ConsultationPage, Decision, ModerationStatus

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def _document(title, filename):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title)
    document.file.save(filename, ContentFile(PDF), save=True)
    return document


def build_demo(site, home, province):
    index = ConsultationIndexPage.objects.descendant_of(home).first()
    if index is None or ConsultationPage.objects.child_of(index).exists():
        return []
    now = timezone.now()
    where = province.official_name if hasattr(province, "official_name") else province.name
    open_page = ConsultationPage(
        title="Dự thảo Quyết định ban hành Quy định quản lý chợ trên địa bàn tỉnh",
        slug="du-thao-quy-dinh-quan-ly-cho",
        summary="Dự thảo quy định về phân hạng chợ, trách nhiệm của ban quản lý chợ, giờ hoạt động và bảo đảm an toàn "
                "thực phẩm, phòng cháy chữa cháy tại các chợ trên địa bàn tỉnh.",
        issuing_body="Sở Công Thương",
        draft_document=_document("Dự thảo Quy định quản lý chợ", "du-thao-quy-dinh-quan-ly-cho.pdf"),
        opens_at=now - datetime.timedelta(days=10), closes_at=now + datetime.timedelta(days=20),
        parts="Điều 1. Phạm vi điều chỉnh\nĐiều 2. Đối tượng áp dụng\nĐiều 5. Giờ hoạt động của chợ\n"
              "Điều 9. Trách nhiệm của Ban quản lý chợ",
    )
    index.add_child(instance=open_page)
    open_page.save_revision().publish()
    closed_page = ConsultationPage(
        title="Dự thảo Nghị quyết quy định mức thu phí tham quan di tích",
        slug="du-thao-nghi-quyet-phi-tham-quan-di-tich",
        summary=f"Dự thảo Nghị quyết của Hội đồng nhân dân về mức thu, chế độ thu, nộp phí tham quan di tích tại {where}.",
        issuing_body="Sở Văn hóa, Thể thao và Du lịch",
        draft_document=_document("Dự thảo Nghị quyết phí tham quan di tích", "du-thao-phi-tham-quan.pdf"),
        opens_at=now - datetime.timedelta(days=75), closes_at=now - datetime.timedelta(days=15),
        parts="Điều 2. Đối tượng nộp phí\nĐiều 3. Mức thu phí\nĐiều 4. Đối tượng được miễn, giảm",
    )
    index.add_child(instance=closed_page)
    comments = [
        (open_page, "Nguyễn Thị Hoa", "", "Điều 5. Giờ hoạt động của chợ",
         "Đề nghị cho phép chợ đêm hoạt động đến 23 giờ vào cuối tuần để phục vụ khách du lịch.",
         ModerationStatus.APPROVED, "", ""),
        (open_page, "Trần Văn Bình", "Hợp tác xã Thương mại Hòa Thành", "",
         "Đề nghị làm rõ tiêu chí phân hạng chợ và lộ trình chuyển đổi mô hình quản lý.",
         ModerationStatus.PENDING, "", ""),
        (closed_page, "Lê Thị Lan", "", "Điều 4. Đối tượng được miễn, giảm",
         "Đề nghị miễn phí cho học sinh, sinh viên khi tham quan theo đoàn của nhà trường.",
         ModerationStatus.APPROVED, Decision.ACCEPTED, "Tiếp thu, đã bổ sung tại khoản 2 Điều 4 của dự thảo."),
        (closed_page, "Võ Minh Khang", "Công ty Du lịch Núi Bà", "Điều 3. Mức thu phí",
         "Đề nghị giảm mức thu đối với đoàn khách trên 20 người.",
         ModerationStatus.APPROVED, Decision.PARTLY,
         "Tiếp thu một phần: giảm 10% cho đoàn từ 30 người theo khả năng cân đối nguồn thu."),
        (closed_page, "Phan Thị Tuyết", "", "",
         "Đề nghị không thu phí vào các ngày lễ lớn.",
         ModerationStatus.APPROVED, Decision.NOT_ACCEPTED,
         "Không tiếp thu: ngày lễ là thời điểm chi phí bảo vệ, vệ sinh di tích tăng cao."),
    ]
    for page, name, organisation, part, text, status, decision, reason in comments:
        created = page.opens_at + datetime.timedelta(days=3)
        ConsultationComment.objects.create(
            consultation=page, author_name=name, organisation=organisation, email="gopy@example.vn", part=part,
            text=text, consent_at=created, created_at=created, status=status, decision=decision, decision_reason=reason,
        )
    closed_page.report = ("<p>Sở Văn hóa, Thể thao và Du lịch đã nhận được 3 ý kiến góp ý; tiếp thu 1 ý kiến, tiếp thu "
                          "một phần 1 ý kiến, không tiếp thu 1 ý kiến. Nội dung giải trình từng ý kiến được nêu dưới đây.</p>")
    closed_page.finished = True
    closed_page.full_clean()
    closed_page.save_revision().publish()
    return ["consultations: 1 open and 1 finished consultation with comments and the report"]


def build_component_demo(site, home, name):
    """One draft of a department open for comments in its own section (none when the section has drafts)."""
    index = ConsultationIndexPage.objects.descendant_of(home).first()
    if index is None or ConsultationPage.objects.child_of(index).exists():
        return []
    now = timezone.now()
    page = ConsultationPage(
        title=f"Dự thảo Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {name}",
        slug="du-thao-quy-dinh-chuc-nang-nhiem-vu",
        summary=f"Dự thảo quy định vị trí, chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức và biên chế của {name} "
                "sau khi sắp xếp tổ chức bộ máy.",
        issuing_body=name,
        draft_document=_document(f"Dự thảo quy định chức năng, nhiệm vụ của {name}",
                                 f"du-thao-chuc-nang-nhiem-vu-{site.portal_profile.slug}.pdf"),
        opens_at=now - datetime.timedelta(days=5), closes_at=now + datetime.timedelta(days=25),
        parts="Điều 1. Vị trí và chức năng\nĐiều 2. Nhiệm vụ và quyền hạn\nĐiều 3. Cơ cấu tổ chức",
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return ["consultations: 1 draft open for comments"]
