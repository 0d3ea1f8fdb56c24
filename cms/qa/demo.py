"""Demo Q&A: fields, published questions with answers, and questions waiting for an answer."""

import datetime

from django.utils import timezone

from cms.workdays.services import add_working_days

from .models import QAField, QAIndexPage, Question, QuestionStatus

FIELDS = ["Đất đai", "Giáo dục", "Y tế", "Giao thông", "Thuế, phí, lệ phí", "Lao động, việc làm"]

PUBLISHED = [
    ("Đất đai", "Thời hạn cấp giấy chứng nhận quyền sử dụng đất lần đầu",
     "Gia đình tôi đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu cho thửa đất ở. Xin hỏi thời hạn giải quyết là bao lâu?",
     "<p>Theo quy định hiện hành, thời gian cấp giấy chứng nhận quyền sử dụng đất lần đầu không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không kể thời gian xem xét xử lý đối với trường hợp sử dụng đất có vi phạm pháp luật). Hồ sơ nộp tại Trung tâm Phục vụ hành chính công hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.</p>"),
    ("Đất đai", "Chuyển mục đích sử dụng đất nông nghiệp sang đất ở",
     "Tôi muốn chuyển mục đích sử dụng 100 m² đất trồng cây lâu năm sang đất ở thì cần thủ tục gì?",
     "<p>Ông/bà nộp đơn đề nghị chuyển mục đích sử dụng đất kèm giấy chứng nhận tại Trung tâm Phục vụ hành chính công xã. Việc chuyển mục đích phải phù hợp với quy hoạch sử dụng đất cấp xã đã được phê duyệt; người sử dụng đất nộp tiền sử dụng đất theo quy định.</p>"),
    ("Giáo dục", "Tuyển sinh vào lớp 1 năm học mới",
     "Con tôi sinh năm 2020, đang tạm trú tại phường. Xin hỏi cháu có được tuyển sinh vào lớp 1 tại trường gần nơi tạm trú không?",
     "<p>Trẻ trong độ tuổi có nơi thường trú hoặc tạm trú trên địa bàn đều được tuyển sinh vào lớp 1 theo phân tuyến của Ủy ban nhân dân xã, phường. Phụ huynh đăng ký trực tuyến hoặc trực tiếp tại trường theo kế hoạch tuyển sinh được công bố.</p>"),
    ("Y tế", "Thẻ bảo hiểm y tế khi khám chữa bệnh trái tuyến",
     "Tôi có thẻ bảo hiểm y tế đăng ký tại trạm y tế xã, nay đi khám tại bệnh viện tỉnh thì được thanh toán như thế nào?",
     "<p>Từ năm 2025, người có thẻ bảo hiểm y tế tự đi khám chữa bệnh nội trú tại cơ sở cấp tỉnh được quỹ thanh toán theo mức hưởng ghi trên thẻ; khám ngoại trú trái tuyến được thanh toán theo tỷ lệ quy định. Đề nghị ông/bà mang theo thẻ và giấy tờ tùy thân khi đi khám.</p>"),
    ("Giao thông", "Đổi giấy phép lái xe hạng A1",
     "Giấy phép lái xe hạng A1 của tôi cấp năm 2010 có phải đổi sang mẫu mới không?",
     "<p>Giấy phép lái xe hạng A1 không thời hạn tiếp tục có giá trị sử dụng; người dân có thể đổi sang mẫu mới nếu có nhu cầu, thực hiện trực tuyến trên Cổng Dịch vụ công quốc gia.</p>"),
    ("Thuế, phí, lệ phí", "Lệ phí trước bạ khi mua xe máy cũ",
     "Khi mua lại xe máy đã qua sử dụng thì mức lệ phí trước bạ là bao nhiêu?",
     "<p>Xe máy đã qua sử dụng chịu lệ phí trước bạ 1% giá tính lệ phí trước bạ do Bộ Tài chính ban hành, trừ trường hợp nộp lần đầu tại thành phố, thị xã theo quy định.</p>"),
    ("Lao động, việc làm", "Hồ sơ hưởng trợ cấp thất nghiệp",
     "Tôi vừa nghỉ việc, xin hỏi hồ sơ hưởng trợ cấp thất nghiệp gồm những gì và nộp ở đâu?",
     "<p>Hồ sơ gồm đề nghị hưởng trợ cấp thất nghiệp, quyết định thôi việc hoặc giấy tờ chứng minh chấm dứt hợp đồng lao động và sổ bảo hiểm xã hội. Hồ sơ nộp tại Trung tâm Dịch vụ việc làm trong thời hạn 3 tháng kể từ ngày chấm dứt hợp đồng.</p>"),
]

OPEN = [
    ("Giáo dục", "Xin hỏi học phí năm học 2026-2027 tại các trường trung học cơ sở công lập có thay đổi không?"),
    ("Đất đai", "Tôi muốn tách thửa đất ở diện tích 120 m² thành hai thửa thì diện tích tối thiểu là bao nhiêu?"),
]


# A component site's own published answers, by kind ({name}: the body's name).
COMPONENT_PUBLISHED = {
    "department": [
        ("Lao động, việc làm", "Thời gian tiếp công dân của {name}",
         "Xin hỏi {name} tiếp công dân vào những ngày nào và cần mang theo giấy tờ gì?",
         "<p>{name} tiếp công dân vào sáng thứ Năm hằng tuần và các ngày làm việc theo lịch đã công bố tại trụ "
         "sở. Công dân mang theo căn cước và tài liệu liên quan đến nội dung cần trình bày.</p>"),
        ("Thuế, phí, lệ phí", "Nộp hồ sơ trực tuyến thủ tục do {name} giải quyết",
         "Tôi có thể nộp hồ sơ các thủ tục do {name} giải quyết qua mạng không, lệ phí nộp thế nào?",
         "<p>Các thủ tục do {name} giải quyết được nộp trực tuyến trên Cổng Dịch vụ công quốc gia; lệ phí "
         "thanh toán trực tuyến và kết quả được trả qua dịch vụ bưu chính công ích hoặc tại Trung tâm Phục vụ "
         "hành chính công tỉnh.</p>"),
    ],
    "commune": [
        ("Lao động, việc làm", "Chứng thực bản sao tại {name}",
         "Tôi muốn chứng thực bản sao từ bản chính giấy khai sinh tại {name} thì mất bao lâu và lệ phí bao nhiêu?",
         "<p>Việc chứng thực bản sao từ bản chính được giải quyết ngay trong ngày tại bộ phận một cửa của {name}; "
         "lệ phí 2.000 đồng/trang, từ trang thứ ba trở đi 1.000 đồng/trang.</p>"),
        ("Giáo dục", "Đăng ký khai sinh cho trẻ tại {name}",
         "Con tôi mới sinh, gia đình thường trú tại {name}. Xin hỏi đăng ký khai sinh cần giấy tờ gì?",
         "<p>Người đi đăng ký nộp tờ khai, giấy chứng sinh và xuất trình giấy tờ tùy thân; có thể đăng ký trực "
         "tuyến liên thông khai sinh, thường trú, cấp thẻ bảo hiểm y tế trên Cổng Dịch vụ công quốc gia.</p>"),
    ],
}


def _fields():
    fields = {}
    for order, name in enumerate(FIELDS):
        fields[name], _ = QAField.objects.get_or_create(name=name, defaults={"sort_order": order})
    return fields


def _publish(index, fields, entries, now):
    for n, (field, title, question, answer) in enumerate(entries):
        received = now - datetime.timedelta(days=60 - 7 * n)
        answered = received + datetime.timedelta(days=6)
        Question.objects.create(
            index=index, field=fields[field], asker_name=["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn"][n % 3],
            asker_email=f"nguoihoi{n}@example.vn", title=title, question=question, consent_at=received,
            received_at=received, due_date=add_working_days(timezone.localdate(received), 15),
            status=QuestionStatus.ANSWERED, answer=answer, answered_at=answered, is_public=True, published_at=answered,
        )


def build_demo(site, home, province):
    index = QAIndexPage.objects.descendant_of(home).first()
    if index is None or Question.objects.for_index(index).exists():
        return []
    fields = _fields()
    now = timezone.now()
    _publish(index, fields, PUBLISHED, now)
    for n, (field, question) in enumerate(OPEN):
        received = now - datetime.timedelta(days=n + 1)
        Question.objects.create(
            index=index, field=fields[field], asker_name="Phạm Văn Long", asker_email=f"cauhoi{n}@example.vn",
            question=question, consent_at=received, received_at=received,
            due_date=add_working_days(timezone.localdate(received), 15),
        )
    return [f"qa: {len(PUBLISHED)} published answers, {len(OPEN)} questions waiting"]


def build_component_demo(site, home, kind, name):
    """Two published answers of a component site's own Q&A section (none when it has questions already)."""
    index = QAIndexPage.objects.descendant_of(home).first()
    if index is None or kind not in COMPONENT_PUBLISHED or Question.objects.for_index(index).exists():
        return []
    entries = [tuple(part.format(name=name) for part in entry) for entry in COMPONENT_PUBLISHED[kind]]
    _publish(index, _fields(), entries, timezone.now())
    return [f"qa: {len(entries)} published answers"]
