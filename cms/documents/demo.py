"""Demo documents of a province for `setup_province --demo`: realistic numbers, relations and statuses.

Idempotent: a document whose number already exists for its body and year is left alone.
"""

import datetime

from django.utils import timezone

from .models import DocumentRelation, DocumentType, Field, IssuingBody, LegalDocument
from .seeds import seed

SIGNERS = {
    "hdnd": ("Nguyễn Thành Tâm", "Chủ tịch"),
    "ubnd": ("Nguyễn Văn Phong", "Chủ tịch"),
    "ubnd_pct": ("Trần Văn Chiến", "Phó Chủ tịch"),
    "vp": ("Lê Thị Hồng", "Chánh Văn phòng"),
}

# (key, number, type, body, signer, issued, effective, summary, fields, normative)
NORMATIVE = [
    ("nq-phi-2023", "18/2023/NQ-HĐND", "Nghị quyết", "HĐND", "hdnd", "2023-07-14", "2023-08-01",
     "Quy định mức thu, miễn, giảm, chế độ thu, nộp, quản lý và sử dụng các loại phí, lệ phí thuộc thẩm quyền "
     "quyết định của Hội đồng nhân dân tỉnh {p}", ["Thuế - Phí - Lệ phí"]),
    ("nq-phi-2025", "07/2025/NQ-HĐND", "Nghị quyết", "HĐND", "hdnd", "2025-07-10", "2025-08-01",
     "Quy định mức thu, miễn, giảm, chế độ thu, nộp, quản lý và sử dụng các loại phí, lệ phí thuộc thẩm quyền "
     "của Hội đồng nhân dân tỉnh {p} (thay thế Nghị quyết số 18/2023/NQ-HĐND)", ["Thuế - Phí - Lệ phí"]),
    ("nq-ho-tro-2024", "12/2024/NQ-HĐND", "Nghị quyết", "HĐND", "hdnd", "2024-12-06", "2025-01-01",
     "Quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp ứng dụng công nghệ cao trên địa bàn tỉnh {p} "
     "giai đoạn 2025 - 2030", ["Nông nghiệp - Nông thôn", "Khoa học - Công nghệ"]),
    ("nq-hoc-phi", "15/2024/NQ-HĐND", "Nghị quyết", "HĐND", "hdnd", "2024-08-20", "2024-09-01",
     "Quy định mức học phí đối với cơ sở giáo dục mầm non, giáo dục phổ thông công lập trên địa bàn tỉnh {p} "
     "năm học 2024 - 2025", ["Giáo dục - Đào tạo"]),
    ("qd-gia-dat", "12/2024/QĐ-UBND", "Quyết định", "UBND", "ubnd", "2024-03-15", "2024-04-01",
     "Ban hành Bảng giá đất trên địa bàn tỉnh {p} áp dụng từ ngày 01/4/2024", ["Đất đai"]),
    ("qd-gia-dat-sua", "45/2025/QĐ-UBND", "Quyết định", "UBND", "ubnd", "2025-06-20", "2025-07-01",
     "Sửa đổi, bổ sung một số điều của Quyết định số 12/2024/QĐ-UBND ban hành Bảng giá đất trên địa bàn tỉnh {p}",
     ["Đất đai"]),
    ("qd-boi-thuong", "28/2024/QĐ-UBND", "Quyết định", "UBND", "ubnd_pct", "2024-09-10", "2024-09-20",
     "Quy định chi tiết một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn "
     "tỉnh {p}", ["Đất đai"]),
    ("qd-han-muc", "29/2024/QĐ-UBND", "Quyết định", "UBND", "ubnd_pct", "2024-09-12", "2024-09-25",
     "Quy định hạn mức giao đất, hạn mức công nhận quyền sử dụng đất ở cho hộ gia đình, cá nhân trên địa bàn "
     "tỉnh {p}", ["Đất đai"]),
    ("qd-quy-che-cong", "05/2022/QĐ-UBND", "Quyết định", "UBND", "ubnd", "2022-02-18", "2022-03-01",
     "Ban hành Quy chế hoạt động của Cổng Thông tin điện tử tỉnh {p}", ["Chuyển đổi số", "Bộ máy hành chính"]),
    ("qd-quy-che-cong-moi", "33/2025/QĐ-UBND", "Quyết định", "UBND", "ubnd", "2025-10-02", "2025-10-15",
     "Ban hành Quy chế quản lý, vận hành Cổng Thông tin điện tử tỉnh {p} và Cổng Thông tin điện tử thành phần",
     ["Chuyển đổi số", "Bộ máy hành chính"]),
    ("qd-cung-cap-tt", "21/2023/QĐ-UBND", "Quyết định", "UBND", "ubnd", "2023-06-05", "2023-06-20",
     "Ban hành Quy chế cung cấp thông tin cho công dân trên địa bàn tỉnh {p}", ["Bộ máy hành chính", "Tư pháp"]),
    ("qd-phan-cap-xd", "17/2024/QĐ-UBND", "Quyết định", "UBND", "ubnd_pct", "2024-05-08", "2024-05-20",
     "Quy định phân cấp quản lý chất lượng công trình xây dựng trên địa bàn tỉnh {p}", ["Xây dựng - Đô thị"]),
    ("qd-rac-thai", "09/2021/QĐ-UBND", "Quyết định", "UBND", "ubnd_pct", "2021-04-12", "2021-04-25",
     "Quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh {p}", ["Tài nguyên - Môi trường"]),
    ("qd-rac-thai-moi", "40/2025/QĐ-UBND", "Quyết định", "UBND", "ubnd_pct", "2025-08-28", "2025-09-10",
     "Quy định quản lý chất thải rắn sinh hoạt, phân loại rác tại nguồn trên địa bàn tỉnh {p}",
     ["Tài nguyên - Môi trường"]),
    ("qd-van-tai", "11/2020/QĐ-UBND", "Quyết định", "UBND", "ubnd_pct", "2020-03-30", "2020-04-10",
     "Quy định quản lý hoạt động vận tải hành khách bằng xe ô tô trên địa bàn tỉnh {p}", ["Giao thông vận tải"]),
    ("qd-dinh-chi", "02/2026/QĐ-UBND", "Quyết định", "UBND", "ubnd", "2026-01-15", "2026-01-20",
     "Ngưng hiệu lực thi hành Điều 5 và Điều 7 Quy định ban hành kèm theo Quyết định số 11/2020/QĐ-UBND",
     ["Giao thông vận tải"]),
]

ADMINISTRATIVE = [
    ("Kế hoạch", "KH-UBND", "ubnd_pct", "Triển khai thực hiện Chương trình chuyển đổi số tỉnh {p} năm {y}",
     ["Chuyển đổi số"]),
    ("Kế hoạch", "KH-UBND", "ubnd_pct", "Cải cách hành chính nhà nước tỉnh {p} năm {y}", ["Bộ máy hành chính"]),
    ("Kế hoạch", "KH-UBND", "ubnd_pct", "Phòng, chống dịch bệnh truyền nhiễm trên địa bàn tỉnh năm {y}", ["Y tế"]),
    ("Chỉ thị", "CT-UBND", "ubnd", "Tăng cường công tác phòng cháy, chữa cháy mùa khô năm {y}",
     ["Quốc phòng - An ninh"]),
    ("Chỉ thị", "CT-UBND", "ubnd", "Đẩy mạnh giải ngân vốn đầu tư công năm {y}", ["Đầu tư", "Tài chính - Ngân sách"]),
    ("Quyết định", "QĐ-UBND", "ubnd_pct", "Công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung "
     "trong lĩnh vực đất đai thuộc thẩm quyền giải quyết của các cơ quan trên địa bàn tỉnh", ["Đất đai", "Tư pháp"]),
    ("Quyết định", "QĐ-UBND", "ubnd_pct", "Phê duyệt kế hoạch sử dụng đất năm {y} của tỉnh {p}", ["Đất đai"]),
    ("Quyết định", "QĐ-UBND", "ubnd", "Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách "
     "nhà nước năm {y}", ["Tài chính - Ngân sách"]),
    ("Quyết định", "QĐ-UBND", "ubnd_pct", "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào "
     "thi đua năm {y}", ["Thi đua - Khen thưởng"]),
    ("Thông báo", "TB-VP", "vp", "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp giao ban tháng {m}/{y}",
     ["Bộ máy hành chính"]),
    ("Thông báo", "TB-VP", "vp", "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh quý {q}/{y}",
     ["Bộ máy hành chính"]),
    ("Công văn", "UBND-KT", "ubnd_pct", "Triển khai các giải pháp bình ổn giá mặt hàng thiết yếu dịp Tết Nguyên đán",
     ["Công nghiệp - Thương mại"]),
    ("Công văn", "UBND-KT", "ubnd_pct", "Tăng cường quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng",
     ["Nông nghiệp - Nông thôn"]),
    ("Công văn", "UBND-VX", "ubnd_pct", "Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
     ["Giáo dục - Đào tạo"]),
    ("Công văn", "UBND-NC", "ubnd_pct", "Thực hiện nghiêm quy định về tiếp nhận, giải quyết hồ sơ thủ tục hành chính "
     "trực tuyến", ["Bộ máy hành chính", "Chuyển đổi số"]),
    ("Công điện", "CĐ-UBND", "ubnd", "Chủ động ứng phó với mưa lớn, lũ, ngập lụt trên địa bàn tỉnh",
     ["Quốc phòng - An ninh"]),
    ("Phương án", "PA-UBND", "ubnd_pct", "Ứng phó thiên tai theo cấp độ rủi ro thiên tai trên địa bàn tỉnh năm {y}",
     ["Quốc phòng - An ninh"]),
    ("Đề án", "ĐA-UBND", "ubnd", "Phát triển du lịch tỉnh {p} giai đoạn 2026 - 2030, tầm nhìn đến năm 2045",
     ["Văn hóa - Thể thao - Du lịch"]),
    ("Báo cáo", "BC-UBND", "ubnd_pct", "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng {m}/{y}",
     ["Tài chính - Ngân sách"]),
    ("Chương trình", "CTr-UBND", "ubnd", "Thực hành tiết kiệm, chống lãng phí năm {y}", ["Tài chính - Ngân sách"]),
    ("Hướng dẫn", "HD-UBND", "ubnd_pct", "Thực hiện quy trình lấy ý kiến nhân dân đối với dự thảo văn bản quy phạm "
     "pháp luật của tỉnh", ["Tư pháp"]),
]

# (source key, kind, target key, articles)
RELATIONS = [
    ("nq-phi-2025", "replaces", "nq-phi-2023", ""),
    ("qd-gia-dat-sua", "amends", "qd-gia-dat", "Điều 2, Điều 4"),
    ("qd-quy-che-cong-moi", "replaces", "qd-quy-che-cong", ""),
    ("qd-rac-thai-moi", "repeals", "qd-rac-thai", ""),
    ("qd-dinh-chi", "suspends", "qd-van-tai", "Điều 5, Điều 7"),
    ("qd-boi-thuong", "related", "qd-han-muc", ""),
    ("qd-han-muc", "based_on", "qd-gia-dat", ""),
]


def _d(text):
    return datetime.date.fromisoformat(text)


def _lists():
    types = {t.name: t for t in DocumentType.objects.all()}
    bodies = {b.abbreviation: b for b in IssuingBody.objects.all()}
    fields = {f.name: f for f in Field.objects.all()}
    return types, bodies, fields


def _create(number, doc_type, body, signer, issued, effective, summary, fields, normative, existing, created):
    year = issued.year
    if (body.pk, year, number) in existing:
        return LegalDocument.objects.get(issuing_body=body, issue_year=year, number=number)
    published = timezone.make_aware(datetime.datetime.combine(issued + datetime.timedelta(days=1),
                                                              datetime.time(9, 0)))
    name, position = SIGNERS[signer] if isinstance(signer, str) else signer
    doc = LegalDocument(
        number=number, document_type=doc_type, issuing_body=body, issue_date=issued, effective_date=effective,
        summary=summary, signer_name=name, signer_position=position, is_normative=normative,
        live=True, first_published_at=published, last_published_at=published,
    )
    doc.fields.set(fields)  # a ParentalManyToManyField: written by save()
    doc.save()
    created.append(f"Văn bản {number}")
    return doc


def build_demo_documents(province):
    """Create 16 normative and about 30 administrative documents with relations; returns what was new."""
    class _Apps:
        @staticmethod
        def get_model(app, name):
            from django.apps import apps

            return apps.get_model(app, name)

    seed(_Apps)
    p = province.name
    types, bodies, fields = _lists()
    existing = set(LegalDocument.objects.values_list("issuing_body_id", "issue_year", "number"))
    created, by_key = [], {}
    for key, number, type_name, body_abbr, signer, issued, effective, summary, field_names in NORMATIVE:
        by_key[key] = _create(number, types[type_name], bodies[body_abbr], signer, _d(issued), _d(effective),
                              summary.format(p=p), [fields[n] for n in field_names], True, existing, created)

    today = timezone.localdate()
    # Administrative documents over the last 18 months, plus one normative decision not yet in force.
    for i, (type_name, symbol, signer, summary, field_names) in enumerate(ADMINISTRATIVE * 2):
        issued = today - datetime.timedelta(days=9 + i * 17)
        if issued.weekday() >= 5:
            issued -= datetime.timedelta(days=issued.weekday() - 4)
        body = bodies["VP UBND"] if symbol.endswith("-VP") else bodies["UBND"]
        number = f"{120 + (len(ADMINISTRATIVE) * 2 - i) * 37}/{symbol}"
        text = summary.format(p=p, y=issued.year, m=issued.month, q=(issued.month - 1) // 3 + 1)
        _create(number, types[type_name], body, signer, issued, None, text, [fields[n] for n in field_names],
                False, existing, created)
    future = today + datetime.timedelta(days=20)
    _create(f"18/{today.year}/QĐ-UBND", types["Quyết định"], bodies["UBND"], "ubnd", today - datetime.timedelta(days=1),
            future, f"Quy định về quản lý, vận hành và khai thác hệ thống camera giám sát an ninh, trật tự trên địa bàn "
            f"tỉnh {p}", [fields["Quốc phòng - An ninh"], fields["Chuyển đổi số"]], True, existing, created)

    for source, kind, target, articles in RELATIONS:
        DocumentRelation.objects.get_or_create(source=by_key[source], target=by_key[target], kind=kind,
                                               defaults={"articles": articles})
    return created


# A component site's own documents: (type, symbol, summary, fields); {name} is the body, {where} the province.
COMPONENT_DOCUMENTS = {
    "department": [
        ("Kế hoạch", "KH", "Kế hoạch cải cách hành chính của {name} năm {y}", ["Bộ máy hành chính"]),
        ("Quyết định", "QĐ", "Quyết định công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của {name}",
         ["Bộ máy hành chính"]),
        ("Thông báo", "TB", "Thông báo lịch tiếp công dân của lãnh đạo {name} quý {q} năm {y}", ["Bộ máy hành chính"]),
        ("Công văn", "", "Về việc hướng dẫn thực hiện thủ tục hành chính trực tuyến toàn trình", ["Chuyển đổi số"]),
    ],
    "commune": [
        ("Kế hoạch", "KH", "Kế hoạch phát triển kinh tế - xã hội {lower} năm {y}", ["Bộ máy hành chính"]),
        ("Thông báo", "TB", "Thông báo công khai dự toán ngân sách {lower} năm {y}", ["Tài chính - Ngân sách"]),
        ("Quyết định", "QĐ", "Quyết định kiện toàn Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính "
         "{lower}", ["Bộ máy hành chính"]),
        ("Công văn", "", "Về việc tăng cường công tác phòng, chống thiên tai mùa mưa bão năm {y}", ["Tài nguyên - Môi trường"]),
    ],
}


def _initials(name):
    """'Sở Tư pháp' -> 'STP' (the symbol part of a department's document numbers)."""
    from cms.core.text import fold

    return "".join(word[0] for word in fold(name).upper().split() if word not in {"VA", "-"})


def build_component_documents(site, kind, name):
    """Four administrative documents of a component site's own body (its People's Committee for a commune);
    returns what was new. Bodies are linked to sites by `link_bodies_to_site`."""
    from .models import IssuingBody

    templates = COMPONENT_DOCUMENTS.get(str(kind))
    body = IssuingBody.objects.filter(site=site).order_by("-name").first()  # "Ủy ban…" before "Hội đồng…"
    if not templates or body is None:
        return []
    types, _bodies, fields = _lists()
    symbol = "UBND" if str(kind) == "commune" else (body.abbreviation or _initials(name))
    lower = name[:1].lower() + name[1:]
    signer = ("Huỳnh Văn Phước", "Chủ tịch") if str(kind) == "commune" else ("Trần Văn Hùng", "Giám đốc")
    existing = set(LegalDocument.objects.filter(issuing_body=body).values_list("issuing_body_id", "issue_year", "number"))
    today = timezone.localdate()
    created = []
    for i, (type_name, abbr, summary, field_names) in enumerate(templates):
        issued = today - datetime.timedelta(days=6 + i * 23)
        while issued.weekday() >= 5:
            issued -= datetime.timedelta(days=1)
        number = f"{40 + i * 17}/{abbr + '-' if abbr else ''}{symbol}"
        text = summary.format(name=name, lower=lower, y=issued.year, q=(issued.month - 1) // 3 + 1)
        _create(number, types[type_name], body, signer, issued, None, text,
                [fields[n] for n in field_names if n in fields], False, existing, created)
    return created
