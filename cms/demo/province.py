"""Province settings and leaders of the demo: filled only where the settings are still empty."""

from urllib.parse import quote

from cms.core.models import Leader, ProvinceSettings

from .images import demo_image
from .util import paragraphs

# Telephone area codes of the 34 provincial-level units (the demo uses them for plausible numbers).
AREA_CODES = {
    "ha-noi": "024", "hue": "0234", "hai-phong": "0225", "da-nang": "0236", "ho-chi-minh": "028",
    "can-tho": "0292", "cao-bang": "0206", "dien-bien": "0215", "lai-chau": "0213", "son-la": "0212",
    "lang-son": "0205", "quang-ninh": "0203", "thanh-hoa": "0237", "nghe-an": "0238", "ha-tinh": "0239",
    "tuyen-quang": "0207", "lao-cai": "0214", "thai-nguyen": "0208", "phu-tho": "0210", "bac-ninh": "0222",
    "hung-yen": "0221", "ninh-binh": "0229", "quang-tri": "0233", "quang-ngai": "0255", "gia-lai": "0269",
    "khanh-hoa": "0258", "lam-dong": "0263", "dak-lak": "0262", "dong-nai": "0251", "tay-ninh": "0276",
    "dong-thap": "0277", "vinh-long": "0270", "an-giang": "0296", "ca-mau": "0290",
}


def domain(province):
    return province.slug.replace("-", "") + ".gov.vn"


def phone(province, number):
    return f"{AREA_CODES.get(province.slug, '0200')} {number}"


def unit_word(province):
    return "thành phố" if province.unit_type == "thanh_pho" else "tỉnh"


def settings_values(province):
    d = domain(province)
    where = f"{unit_word(province)} {province.name}"
    return {
        "address": f"Số 1 đường Trung tâm Hành chính, phường Trung tâm, {where}",
        "phone": phone(province, "3822 306"),
        "hotline": "1022",
        "email": f"ubnd@{d}",
        "zalo_oa_url": f"https://zalo.me/ubnd{province.slug.replace('-', '')}",
        "facebook_url": f"https://www.facebook.com/congthongtin{province.slug.replace('-', '')}",
        "map_url": "https://www.openstreetmap.org/search?query=" + quote(province.official_name),
        "working_hours": "Thứ Hai đến Thứ Sáu: sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ 00\n"
                         "Nghỉ thứ Bảy, Chủ nhật và các ngày lễ, Tết theo quy định.",
        "editor_in_charge": f"Ông Trần Quốc Bảo, Chánh Văn phòng Ủy ban nhân dân {where}",
        "licence": "Giấy phép thiết lập trang thông tin điện tử số 15/GP-TTĐT do Cục Phát thanh, truyền hình "
                   "và thông tin điện tử cấp ngày 10/3/2025.",
        "focal_unit": f"Văn phòng Ủy ban nhân dân {where}",
        "focal_person": "Bà Lê Thị Thu Hà",
        "focal_position": "Phó Chánh Văn phòng, người phát ngôn được ủy quyền",
        "focal_phone": phone(province, "3822 459"),
        "focal_email": f"tiepcanthongtin@{d}",
        "focal_address": f"Phòng 205, Trụ sở Ủy ban nhân dân {where}, số 1 đường Trung tâm Hành chính",
        "province_services_url": f"https://dichvucong.{d}",
        "feedback_system_url": f"https://phananh.{d}",
    }


LEADERS = (
    ("Nguyễn Văn Thành", "Chủ tịch Ủy ban nhân dân {where}",
     "Sinh năm 1970; quê quán xã Hòa Thành. Tiến sĩ Kinh tế, Cao cấp lý luận chính trị. Trước khi giữ chức vụ "
     "hiện nay, ông từng là Giám đốc Sở Kế hoạch và Đầu tư, Phó Chủ tịch Ủy ban nhân dân tỉnh.",
     ["Lãnh đạo, điều hành toàn diện mọi hoạt động của Ủy ban nhân dân tỉnh.",
      "Trực tiếp phụ trách các lĩnh vực: nội vụ, quốc phòng, an ninh, thanh tra, tư pháp, đối ngoại.",
      "Chủ tịch Hội đồng thi đua – khen thưởng tỉnh; Trưởng Ban Chỉ đạo chuyển đổi số tỉnh."],
     "3822 101", "chutich"),
    ("Trần Thị Minh Hằng", "Phó Chủ tịch Thường trực Ủy ban nhân dân {where}",
     "Sinh năm 1974. Thạc sĩ Quản lý công. Từng giữ chức Giám đốc Sở Tài chính trước khi được bầu làm Phó Chủ tịch "
     "Ủy ban nhân dân tỉnh.",
     ["Giúp Chủ tịch điều hành công việc chung khi Chủ tịch vắng mặt.",
      "Phụ trách các lĩnh vực: tài chính, ngân sách, kế hoạch và đầu tư, thuế, ngân hàng, thống kê.",
      "Chỉ đạo công tác cải cách hành chính và thực hiện dịch vụ công trực tuyến."],
     "3822 102", "pct.thuongtruc"),
    ("Lê Hoàng Phúc", "Phó Chủ tịch Ủy ban nhân dân {where}",
     "Sinh năm 1976. Kỹ sư Xây dựng, Thạc sĩ Quản lý đô thị. Nguyên Giám đốc Sở Xây dựng.",
     ["Phụ trách các lĩnh vực: xây dựng, giao thông vận tải, tài nguyên và môi trường, đất đai.",
      "Chỉ đạo công tác bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng các dự án trọng điểm."],
     "3822 103", "pct.kinhte"),
    ("Phạm Thị Ngọc Lan", "Phó Chủ tịch Ủy ban nhân dân {where}",
     "Sinh năm 1978. Tiến sĩ Giáo dục học. Nguyên Giám đốc Sở Giáo dục và Đào tạo.",
     ["Phụ trách các lĩnh vực: giáo dục và đào tạo, y tế, văn hóa, thể thao và du lịch, lao động, "
      "thương binh và xã hội, dân tộc, tôn giáo.",
      "Chỉ đạo công tác phổ biến, giáo dục pháp luật và bình đẳng giới."],
     "3822 104", "pct.vanxa"),
    ("Võ Minh Khoa", "Phó Chủ tịch Ủy ban nhân dân {where}",
     "Sinh năm 1975. Kỹ sư Nông nghiệp, Thạc sĩ Kinh tế nông nghiệp. Nguyên Giám đốc Sở Nông nghiệp và Môi trường.",
     ["Phụ trách các lĩnh vực: nông nghiệp, môi trường, khoa học và công nghệ, công thương, "
      "phát triển nông thôn mới.",
      "Chỉ đạo phòng, chống thiên tai, tìm kiếm cứu nạn và chuyển đổi số trong doanh nghiệp."],
     "3822 105", "pct.nongnghiep"),
)


def fill_province_settings(site, province):
    """Fill empty settings fields and, when there is no leader yet, add the leaders."""
    settings = ProvinceSettings.for_site(site)
    changes = []
    for name, value in settings_values(province).items():
        if not getattr(settings, name):
            setattr(settings, name, value)
            changes.append(f"settings.{name}")
    if changes:
        settings.save()
    if not settings.leaders.exists():
        where = f"{unit_word(province)} {province.name}"
        for order, (name, position, biography, duties, number, mailbox) in enumerate(LEADERS):
            photo, _ = demo_image(f"Ảnh chân dung minh họa – {name}", "portrait", name)
            Leader.objects.create(
                settings=settings, sort_order=order, name=name, position=position.format(where=where),
                biography=paragraphs(biography), duties=paragraphs(duties),
                phone=phone(province, number), email=f"{mailbox}@{domain(province)}", photo=photo,
            )
        changes.append(f"leaders: {len(LEADERS)}")
    return changes
