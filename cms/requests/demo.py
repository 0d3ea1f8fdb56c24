"""Demo requests for `setup_province --demo`: a handful in different states, idempotent by their tokens."""

import uuid

from .services import answer, ask_clarification, classify, extend, refuse, send_notice, submit_request, transfer
from .states import RefusalGround

NAMESPACE = uuid.UUID("5b8f3c56-3d7e-4a55-9a43-1f0a4f3c1d20")

BASE = {
    "requester_kind": "individual", "nationality": "vietnamese", "capacity": "self", "represented_person": "",
    "organisation_name": "", "id_type": "cccd", "fax": "", "document_reference": "", "delivery": "online",
    "copies": 1, "concerns_third_party": False, "own_rights_confirmed": False, "consent_survey": False,
    "consent_updates": False,
}

DEMO = [
    ("received", {
        "full_name": "Nguyễn Văn An", "address": "Số 12 đường Cách Mạng Tháng Tám, phường Tân Ninh",
        "id_number": "072090001234", "phone": "0912345678", "email": "nguyen.van.an@example.vn",
        "information_requested": "Kế hoạch sử dụng đất năm 2026 của phường Tân Ninh đã được phê duyệt.",
        "purpose": "Tìm hiểu quy hoạch trước khi xin cấp phép xây dựng nhà ở."}),
    ("simple", {
        "full_name": "Trần Thị Bích", "address": "Ấp Bình Hòa, xã Hòa Thành", "id_number": "072185004321",
        "phone": "0987654321", "email": "",
        "information_requested": "Quyết định phê duyệt giá đất cụ thể dự án đường ĐT.784 đoạn qua xã Hòa Thành.",
        "document_reference": "Quyết định số 1234/QĐ-UBND năm 2026",
        "purpose": "Đối chiếu mức bồi thường đối với thửa đất của gia đình."}),
    ("complex", {
        "full_name": "Lê Minh Châu", "address": "Số 45 Trần Hưng Đạo, phường Long An", "id_number": "080092007788",
        "phone": "0903111222", "email": "le.minh.chau@example.vn", "delivery": "email",
        "information_requested": "Báo cáo kết quả thực hiện các dự án đầu tư công trên địa bàn tỉnh giai đoạn "
                                 "2021–2025, kèm danh mục dự án chậm tiến độ.",
        "purpose": "Phục vụ nghiên cứu của nhóm sinh viên về quản lý đầu tư công."}),
    ("answered", {
        "full_name": "Phạm Quốc Dũng", "address": "Khu phố 3, phường Trảng Bàng", "id_number": "072088009911",
        "phone": "0976222333", "email": "pham.quoc.dung@example.vn",
        "information_requested": "Danh sách các cơ sở giáo dục mầm non được cấp phép hoạt động tại phường "
                                 "Trảng Bàng.",
        "purpose": "Chọn trường cho con."}),
    ("refused", {
        "full_name": "Võ Thị Hoa", "address": "Ấp Long Thuận, xã Bến Cầu", "id_number": "072190002468",
        "phone": "0945333444", "email": "",
        "information_requested": "Nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ học phí năm học "
                                 "2026–2027.",
        "purpose": "Biết mức hỗ trợ cho con đang học trung học phổ thông."}),
    ("transferred", {
        "full_name": "Đặng Văn Giang", "address": "Số 8 đường 30/4, phường Tây Ninh", "id_number": "072087001357",
        "phone": "0918444555", "email": "dang.van.giang@example.vn",
        "information_requested": "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của thửa đất số 215, tờ bản đồ số 9.",
        "purpose": "Giải quyết tranh chấp ranh giới với hộ liền kề."}),
    ("clarification", {
        "full_name": "Huỳnh Thị Kim", "address": "Ấp Phước Lợi, xã Dương Minh Châu", "id_number": "072193008642",
        "phone": "0939555666", "email": "huynh.thi.kim@example.vn",
        "information_requested": "Thông tin về dự án gần nhà tôi.",
        "purpose": "Tìm hiểu ảnh hưởng của dự án."}),
]


def build_demo_requests(site, home, province):
    created_labels = []
    for key, fields in DEMO:
        token = uuid.uuid5(NAMESPACE, f"{site.pk}:{key}")
        req, created = submit_request(site, {**BASE, **fields}, token=token, notice_version="2026-11")
        if not created:
            continue
        if key == "simple":
            classify(req, None, "simple")
        elif key == "complex":
            classify(req, None, "complex")
            send_notice(req, None, "Cần tổng hợp số liệu từ Sở Tài chính và các ban quản lý dự án.")
            extend(req, None, 10, "Số liệu cần đối chiếu với báo cáo quyết toán năm 2025.")
        elif key == "answered":
            classify(req, None, "simple")
            answer(req, None, "Danh sách 14 cơ sở giáo dục mầm non được cấp phép hoạt động trên địa bàn phường "
                              "được gửi kèm theo đường dẫn dưới đây.", "https://example.vn/danh-sach-mam-non")
        elif key == "refused":
            refuse(req, None, RefusalGround.ALREADY_PUBLISHED,
                   "Nghị quyết đã được đăng tải tại mục Văn bản của Cổng thông tin điện tử tỉnh và vẫn đang được "
                   "công khai.")
        elif key == "transferred":
            transfer(req, None, "Văn phòng đăng ký đất đai tỉnh Tây Ninh, số 2 đường 30/4, phường Tây Ninh",
                     "Hồ sơ địa chính do Văn phòng đăng ký đất đai lưu giữ.")
        elif key == "clarification":
            ask_clarification(req, None, "Đề nghị ông/bà cho biết tên dự án hoặc vị trí cụ thể (số nhà, tuyến "
                                         "đường) để cơ quan xác định thông tin cần cung cấp.")
        created_labels.append(f"information request {req.display_code} ({req.get_state_display()})")
    return created_labels
