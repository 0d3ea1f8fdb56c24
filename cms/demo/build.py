"""Entry point of the demo province: settings, leaders, news, section texts, pages and the English pages."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from cms.core.models import ProvinceSettings
from cms.core.text import slugify_vi
from cms.sections.models import ContentPage, SectionPage

from .content_about import ABOUT, DIRECTION
from .content_disclosure import ACCESS, DISCLOSURE, PLANS
from .content_en import ENGLISH, ENGLISH_HOME
from .content_other import FOOTER, SERVICES
from .news import build_news
from .province import AREA_CODES, fill_province_settings, unit_word
from .util import body, ensure_child, fill_section, paragraphs

CONTENT = {**ABOUT, **DIRECTION, **PLANS, **DISCLOSURE, **ACCESS, **SERVICES, **FOOTER}


def _merger(province):
    where = f"{unit_word(province)} {province.name}"
    if not province.absorbed:
        return (f"Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, "
                f"{where} giữ nguyên tên gọi và địa giới từ ngày 01/7/2025.")
    others = " và ".join(f"tỉnh {name}" for name in province.absorbed)
    return (f"Theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, "
            f"{where} được thành lập trên cơ sở hợp nhất {where} và {others}, từ ngày 01/7/2025.")


def placeholders(site, province):
    settings = ProvinceSettings.for_site(site)
    where = f"{unit_word(province)} {province.name}"
    kind_en = "City" if province.unit_type == "thanh_pho" else "Province"
    return {
        "p": where, "P": where[:1].upper() + where[1:], "official": settings.official_name or province.official_name,
        "merger": _merger(province), "phone": settings.phone, "email": settings.email,
        "phone_prefix": AREA_CODES.get(province.slug, "0200"),
        "domain": province.slug.replace("-", "") + ".gov.vn",
        "focal": f"{settings.focal_person}, {settings.focal_unit}", "focal_email": settings.focal_email,
        "focal_phone": settings.focal_phone, "focal_person_en": "Ms Lê Thị Thu Hà",
        "retention": settings.personal_data_retention_days,
        "Province": f"{province.name} {kind_en}",
        "committee": f"People's Committee of {province.name} {kind_en}",
    }


def _format(part, values):
    if isinstance(part, dict):
        return {**part, "rows": tuple(tuple(cell.format(**values) for cell in row) for row in part["rows"])}
    if isinstance(part, (list, tuple)):
        return [item.format(**values) for item in part]
    return part.format(**values)


def _may_hold_content_pages(page):
    return ContentPage in page.specific_class.allowed_subpage_models() and ContentPage.can_create_at(page)


def fill_tree(home, content, values, changes, language):
    sections = {p.section_key: p for p in SectionPage.objects.descendant_of(home).specific()}
    for key, entry in content.items():
        page = sections.get(key)
        if page is None:
            continue
        intro = paragraphs(entry["intro"].format(**values)) if entry.get("intro") else ""
        body_value = body(*(_format(part, values) for part in entry["body"])) if entry.get("body") else None
        fill_section(page, changes, f"{language}:{key}: text", intro=intro, body_json=body_value)
        pages = entry.get("pages", ())
        if not pages or not _may_hold_content_pages(page) or page.get_children().exists():
            continue  # pages are added once, to a section that has none of its own
        for number, (title, summary, parts) in enumerate(pages):
            title = title.format(**values)
            published_at = timezone.now() - timedelta(days=2 + 5 * number, hours=len(title) % 7)
            ensure_child(page, ContentPage, slugify_vi(title), changes, f"{language}:{key}: {title}",
                         published_at=published_at,
                         title=title, summary=summary.format(**values),
                         body=body(*(_format(part, values) for part in parts)))


def build_province_demo(site, home, province):
    """What `setup_province --demo` adds for the core apps; a list of what it created."""
    changes = fill_province_settings(site, province)
    values = placeholders(site, province)
    build_news(home, province, changes)
    fill_tree(home, CONTENT, values, changes, "vi")
    english = Locale.objects.filter(language_code="en").first()
    english_home = home.get_translation_or_none(english) if english else None
    if english_home is not None:
        fill_section(english_home, changes, "en: home intro", intro=paragraphs(ENGLISH_HOME.format(**values)))
        fill_tree(english_home, ENGLISH, values, changes, "en")
    return changes
