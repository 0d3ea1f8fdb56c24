"""Demo component sites (DESIGN.md §9): two departments and three communes, each with its settings,
leaders, section texts and a few news articles. Idempotent: a second run creates nothing.

Other apps' `portal_demo_content` hooks are written for the province's tree and are not run here; apps add
a component site's own demo content with the `portal_component_demo_content` hook (same arguments).
"""

from datetime import timedelta

from django.utils import timezone
from wagtail import hooks

from cms.core.models import Leader, ProvinceSettings
from cms.core.sites import SiteKind, site_kind
from cms.core.text import slugify_vi
from cms.news.models import NewsIndexPage, NewsPage
from cms.sections.models import SectionPage

from .province import domain, phone, unit_word
from .util import body, ensure_child, fill_section, paragraphs

DEMO_COMPONENTS = (
    (SiteKind.DEPARTMENT, "Sở Tư pháp"),
    (SiteKind.DEPARTMENT, "Sở Nông nghiệp và Môi trường"),
    (SiteKind.COMMUNE, "Phường Tân Ninh"),
    (SiteKind.COMMUNE, "Phường Long An"),
    (SiteKind.COMMUNE, "Xã Hòa Hội"),
)

# Section texts: {name} the body's name, {where} "tỉnh Tây Ninh", {lower} the commune's name in lower case.
DEPARTMENT_TEXTS = {
    "about.functions": (
        "{name} là cơ quan chuyên môn thuộc Ủy ban nhân dân {where}, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý "
        "nhà nước trong lĩnh vực được giao.",
        ("## Nhiệm vụ và quyền hạn",
         ["Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chương trình, kế hoạch trong lĩnh vực được giao.",
          "Hướng dẫn, kiểm tra việc thực hiện văn bản quy phạm pháp luật trong lĩnh vực được giao.",
          "Giải quyết thủ tục hành chính thuộc thẩm quyền; công khai kết quả giải quyết.",
          "Báo cáo định kỳ và đột xuất với Ủy ban nhân dân tỉnh và bộ, ngành trung ương."])),
    "about.organisation": (
        "Cơ cấu tổ chức của {name} gồm lãnh đạo Sở, các phòng chuyên môn và đơn vị sự nghiệp trực thuộc.",
        ("## Lãnh đạo Sở", "Giám đốc và các Phó Giám đốc.",
         "## Các phòng chuyên môn",
         ["Văn phòng Sở", "Thanh tra Sở", "Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2"],
         "## Đơn vị sự nghiệp", ["Trung tâm dịch vụ công thuộc Sở"])),
    "public_services": (
        "Các thủ tục hành chính thuộc thẩm quyền giải quyết của {name} được tiếp nhận tại Trung tâm Phục vụ "
        "hành chính công tỉnh và trực tuyến trên Cổng Dịch vụ công quốc gia.",
        ("## Cách nộp hồ sơ",
         ["Trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).",
          "Trực tiếp hoặc qua dịch vụ bưu chính công ích tại Trung tâm Phục vụ hành chính công tỉnh."],
         "Thời gian tiếp nhận: sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ 00, từ Thứ Hai đến Thứ Sáu.")),
}

COMMUNE_TEXTS = {
    "about.overview": (
        "{Name} là đơn vị hành chính cấp xã của {where}, được sắp xếp theo Nghị quyết của Ủy ban Thường vụ Quốc hội "
        "về sắp xếp đơn vị hành chính cấp xã năm 2025.",
        ("## Vị trí địa lý", "Diện tích tự nhiên khoảng 42 km², dân số khoảng 38.000 người, gồm 12 khu phố, ấp.",
         "## Kinh tế – xã hội",
         "Cơ cấu kinh tế chủ yếu là thương mại – dịch vụ, tiểu thủ công nghiệp và nông nghiệp công nghệ cao.")),
    "public_services": (
        "Bộ phận Một cửa của Ủy ban nhân dân {lower} tiếp nhận và trả kết quả thủ tục hành chính cho người dân, "
        "doanh nghiệp, trực tiếp và trực tuyến.",
        ("## Bộ phận Một cửa",
         "Địa chỉ: Trụ sở Ủy ban nhân dân {lower}. Thời gian: sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ 00, "
         "từ Thứ Hai đến Thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch.",
         ["Hộ tịch: khai sinh, kết hôn, khai tử.", "Chứng thực bản sao, chữ ký.",
          "Đất đai, xây dựng nhà ở riêng lẻ.", "Bảo trợ xã hội."])),
    "interaction.feedback": (
        "Người dân phản ánh, kiến nghị với Ủy ban nhân dân {lower} về quy định hành chính, trật tự đô thị, "
        "môi trường và các vấn đề ở khu phố, ấp.",
        ("## Cách gửi phản ánh, kiến nghị",
         ["Trực tiếp tại Bộ phận Một cửa hoặc buổi tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân {lower}.",
          "Qua Hệ thống tiếp nhận phản ánh, kiến nghị của tỉnh hoặc Cổng Dịch vụ công quốc gia.",
          "Qua trưởng khu phố, trưởng ấp hoặc Ban Công tác Mặt trận ở nơi cư trú."],
         "Phản ánh được trả lời trong thời hạn 10 ngày làm việc; thông tin cá nhân của người phản ánh được giữ bí mật.")),
}

ARTICLES = (
    (2, "{Name} triển khai nhiệm vụ trọng tâm tháng 12",
     "Hội nghị giao ban đánh giá kết quả tháng 11 và giao nhiệm vụ tháng cuối năm.",
     ("Sáng nay, {name} tổ chức hội nghị giao ban đánh giá kết quả thực hiện nhiệm vụ tháng 11 "
      "và triển khai nhiệm vụ trọng tâm tháng 12.",
      "Lãnh đạo đơn vị yêu cầu tập trung giải quyết hồ sơ đúng hạn, không để tồn đọng, "
      "nâng tỷ lệ hồ sơ trực tuyến toàn trình.")),
    (9, "{Name} tiếp nhận hồ sơ trực tuyến toàn trình đạt trên 80%",
     "Tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến toàn trình trong 10 tháng đạt 82%.",
     ("Trong 10 tháng, {name} tiếp nhận hơn 3.000 hồ sơ thủ tục hành chính, trong đó 82% được nộp trực tuyến "
      "toàn trình; 99% hồ sơ được giải quyết đúng và trước hạn.",)),
    (16, "Tuyên truyền, phổ biến pháp luật cho người dân",
     "Hơn 300 lượt người dân tham dự các buổi tuyên truyền pháp luật trong tháng.",
     ("{Name} phối hợp với các đoàn thể tổ chức tuyên truyền, phổ biến pháp luật về đất đai, hộ tịch và "
      "phòng, chống lừa đảo trên không gian mạng.",)),
)


def _values(site, province, settings):
    name = settings.short_name or site.site_name
    return {
        "name": name, "Name": name, "lower": name[:1].lower() + name[1:],
        "where": f"{unit_word(province)} {province.name}",
    }


def _fill_settings(site, province, kind, changes):
    settings = ProvinceSettings.for_site(site)
    slug = slugify_vi(settings.short_name or site.site_name).replace("-", "")
    mailbox = f"{slug}@{domain(province)}"
    where = f"{unit_word(province)} {province.name}"
    place = "Trụ sở Ủy ban nhân dân" if kind == SiteKind.COMMUNE else "Trụ sở"
    values = {
        "address": f"{place} {settings.short_name}, {where}",
        "phone": phone(province, f"3821 {len(slug) * 7 % 1000:03d}"),
        "email": mailbox,
        "working_hours": "Thứ Hai đến Thứ Sáu: sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ 00.",
        "focal_person": "Bà Nguyễn Thị Mai" if kind == SiteKind.COMMUNE else "Ông Phạm Văn Long",
        "focal_position": "Công chức Văn phòng – Thống kê" if kind == SiteKind.COMMUNE else "Chánh Văn phòng Sở",
        "focal_email": f"tiepcanthongtin.{mailbox}",
        "focal_phone": phone(province, "3821 900"),
        "editor_in_charge": "Ông Phạm Văn Long, Chánh Văn phòng" if kind == SiteKind.DEPARTMENT
                            else "Bà Nguyễn Thị Mai, Văn phòng HĐND và UBND",
    }
    filled = [field for field, value in values.items() if not getattr(settings, field)]
    for field in filled:
        setattr(settings, field, values[field])
    if filled:
        settings.save()
        changes.append(f"settings: {len(filled)}")
    if not settings.leaders.exists():
        if kind == SiteKind.DEPARTMENT:
            leaders = (("Trần Văn Hùng", f"Giám đốc {settings.short_name}"),
                       ("Lê Thị Hồng", f"Phó Giám đốc {settings.short_name}"))
        else:
            lower = settings.short_name[:1].lower() + settings.short_name[1:]
            leaders = (("Võ Thanh Tâm", f"Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân {lower}"),
                       ("Huỳnh Văn Phước", f"Chủ tịch Ủy ban nhân dân {lower}"),
                       ("Đặng Thị Thu", f"Phó Chủ tịch Ủy ban nhân dân {lower}"))
        for order, (name, position) in enumerate(leaders):
            Leader.objects.create(settings=settings, sort_order=order, name=name, position=position,
                                  duties=paragraphs("Phụ trách chung theo sự phân công."))
        changes.append(f"leaders: {len(leaders)}")
    return settings


def _news(home, values, changes):
    index = NewsIndexPage.objects.child_of(home).filter(section_key="news").first()
    if index is None or NewsPage.objects.descendant_of(index).exists():
        return
    today = timezone.localdate()
    for days_ago, title, summary, text in ARTICLES:
        title = title.format(**values)
        ensure_child(index, NewsPage, slugify_vi(title), changes, f"news: {title}",
                     title=title, date=today - timedelta(days=days_ago), summary=summary.format(**values),
                     author="Ban Biên tập", source=values["name"],
                     body=body(*(part.format(**values) for part in text)))


def _format(part, values):
    if isinstance(part, (list, tuple)):
        return [item.format(**values) for item in part]
    return part.format(**values)


def build_component_demo(site, home, province):
    """Demo content of one component site; returns what was created (empty when nothing was new)."""
    kind = site_kind(site)
    changes = []
    settings = _fill_settings(site, province, kind, changes)
    values = _values(site, province, settings)
    texts = DEPARTMENT_TEXTS if kind == SiteKind.DEPARTMENT else COMMUNE_TEXTS
    sections = {p.section_key: p for p in SectionPage.objects.descendant_of(home).filter(section_key__in=texts)}
    for key, (intro, parts) in texts.items():
        page = sections.get(key)
        if page is not None:
            fill_section(page, changes, f"{key}: text", intro=paragraphs(intro.format(**values)),
                         body_json=body(*(_format(part, values) for part in parts)))
    _news(home, values, changes)
    for fn in hooks.get_hooks("portal_component_demo_content"):  # other apps' content of a component site
        changes += list(fn(site, home, province) or [])
    return changes
