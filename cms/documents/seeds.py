"""Standard values of the managed lists (DESIGN.md §3), used by the data migration and the demo."""

# (name, abbreviation, normative, order) — Law 64/2025 (normative) and Decree 30/2020 Art. 7 (administrative).
DOCUMENT_TYPES = [
    ("Nghị quyết", "NQ", True, 10),
    ("Quyết định", "QĐ", True, 20),
    ("Chỉ thị", "CT", False, 30),
    ("Quy chế", "QC", False, 40),
    ("Quy định", "QyĐ", False, 50),
    ("Thông báo", "TB", False, 60),
    ("Hướng dẫn", "HD", False, 70),
    ("Chương trình", "CTr", False, 80),
    ("Kế hoạch", "KH", False, 90),
    ("Phương án", "PA", False, 100),
    ("Đề án", "ĐA", False, 110),
    ("Báo cáo", "BC", False, 120),
    ("Tờ trình", "TTr", False, 130),
    ("Công văn", "", False, 140),
    ("Công điện", "CĐ", False, 150),
    ("Điều ước, thỏa thuận quốc tế", "", False, 160),
]

# (name, abbreviation, level, order)
ISSUING_BODIES = [
    ("Hội đồng nhân dân tỉnh", "HĐND", "province", 10),
    ("Ủy ban nhân dân tỉnh", "UBND", "province", 20),
    ("Chủ tịch Ủy ban nhân dân tỉnh", "CT UBND", "province", 30),
    ("Văn phòng Ủy ban nhân dân tỉnh", "VP UBND", "department", 40),
    ("Sở Tư pháp", "STP", "department", 50),
    ("Sở Tài chính", "STC", "department", 60),
    ("Sở Nội vụ", "SNV", "department", 70),
    ("Sở Nông nghiệp và Môi trường", "SNNMT", "department", 80),
    ("Sở Xây dựng", "SXD", "department", 90),
    ("Sở Y tế", "SYT", "department", 100),
    ("Sở Giáo dục và Đào tạo", "SGDĐT", "department", 110),
    ("Sở Công Thương", "SCT", "department", 120),
    ("Sở Khoa học và Công nghệ", "SKHCN", "department", 130),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "department", 140),
]

FIELDS = [
    "Bộ máy hành chính", "Tài chính - Ngân sách", "Thuế - Phí - Lệ phí", "Đầu tư", "Đất đai", "Tài nguyên - Môi trường",
    "Xây dựng - Đô thị", "Giao thông vận tải", "Nông nghiệp - Nông thôn", "Công nghiệp - Thương mại",
    "Giáo dục - Đào tạo", "Y tế", "Văn hóa - Thể thao - Du lịch", "Lao động - Việc làm - Xã hội",
    "Khoa học - Công nghệ", "Chuyển đổi số", "Tư pháp", "Quốc phòng - An ninh", "Thi đua - Khen thưởng", "Khác",
]


def seed(apps):
    """Create the standard values that are missing; never touch what editors changed."""
    from cms.core.text import slugify_vi

    DocumentType = apps.get_model("documents", "DocumentType")
    IssuingBody = apps.get_model("documents", "IssuingBody")
    Field = apps.get_model("documents", "Field")
    for name, abbreviation, normative, order in DOCUMENT_TYPES:
        DocumentType.objects.get_or_create(slug=slugify_vi(name), defaults={
            "name": name, "abbreviation": abbreviation, "normative": normative, "sort_order": order})
    for name, abbreviation, level, order in ISSUING_BODIES:
        IssuingBody.objects.get_or_create(slug=slugify_vi(name), defaults={
            "name": name, "abbreviation": abbreviation, "level": level, "sort_order": order})
    for order, name in enumerate(FIELDS, start=1):
        Field.objects.get_or_create(slug=slugify_vi(name), defaults={"name": name, "sort_order": order * 10})
