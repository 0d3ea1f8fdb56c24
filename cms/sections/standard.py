"""The standard section tree and the list of provincial-level units, as data.

This module mirrors shared/DESIGN.md §1 and §8: it is the one place code reads the
standard from (setup_province builds it, the lock and the conformance report check it).
Keys and slugs never change once released; a later version may only add sections.
"""

from dataclasses import dataclass, field

DEFAULT_PAGE_TYPE = "sections.SectionPage"

# Where a section is shown: in the main menu (top level), below a top-level section, or in the footer.
MENU = "menu"
FOOTER = "footer"


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # fixed Vietnamese title
    title_en: str  # fixed English title (the English tree)
    slug: str
    position: str  # "1", "1.2", or "" for footer sections
    holds: str = ""
    page_type: str = DEFAULT_PAGE_TYPE
    holds_content: bool = True  # editors may add content pages below it
    placement: str = MENU
    mandatory: bool = True  # must have content (conformance)
    children: tuple = field(default_factory=tuple)

    @property
    def parent_key(self):
        return self.key.rpartition(".")[0] or None

    @property
    def order(self):
        """Sort key: footer sections come after the numbered ones, in declaration order."""
        if not self.position:
            return (99,)
        return tuple(int(part) for part in self.position.split("."))


def _s(key, title, title_en, slug, position, holds="", **kwargs):
    return Section(key, title, title_en, slug, position, holds, **kwargs)


SECTIONS = (
    _s("about", "Giới thiệu", "About", "gioi-thieu", "1",
       "overview, history, geography, administrative units"),
    _s("about.overview", "Tổng quan", "Overview", "tong-quan", "1.1", "content page"),
    _s("about.organisation", "Cơ cấu tổ chức", "Organisation", "co-cau-to-chuc", "1.2",
       "organisation chart, functions, duties and powers of each body"),
    _s("about.leaders", "Lãnh đạo", "Leaders", "lanh-dao", "1.3",
       "each leader's name, position, biography, duties, phone and email (from province settings)",
       page_type="sections.LeadersPage"),
    _s("about.units", "Đơn vị hành chính", "Administrative units", "don-vi-hanh-chinh", "1.4",
       "communes, wards and special zones with contacts and links"),
    _s("about.contact", "Liên hệ", "Contact", "lien-he", "1.5",
       "address, phone, hotline, email, Zalo OA, map, working hours",
       page_type="sections.ContactPage"),
    _s("news", "Tin tức - Sự kiện", "News and events", "tin-tuc-su-kien", "2",
       "news articles", page_type="news.NewsIndexPage"),
    _s("direction", "Chỉ đạo - Điều hành", "Direction and administration", "chi-dao-dieu-hanh", "3"),
    _s("direction.instructions", "Ý kiến chỉ đạo, điều hành", "Directions", "y-kien-chi-dao-dieu-hanh", "3.1"),
    _s("direction.schedule", "Lịch công tác", "Work schedule", "lich-cong-tac", "3.2",
       "leaders' weekly schedule", page_type="schedule.SchedulePage"),
    _s("direction.press", "Thông tin báo chí", "Press information", "thong-tin-bao-chi", "3.3",
       "spokesperson, press releases"),
    _s("documents", "Văn bản", "Legal documents", "van-ban", "4",
       "the legal-document registry", page_type="documents.DocumentIndexPage", holds_content=False),
    _s("plans", "Chiến lược - Quy hoạch - Kế hoạch", "Strategies, master plans and plans",
       "quy-hoach-ke-hoach", "5", "strategies, master plans, development plans",
       page_type="disclosure.DisclosureSectionPage"),
    _s("public_disclosure", "Công khai thông tin", "Public disclosure", "cong-khai-thong-tin", "6"),
    _s("public_disclosure.budget", "Ngân sách nhà nước", "State budget", "ngan-sach-nha-nuoc", "6.1",
       "budget estimates and settlements", page_type="disclosure.DisclosureSectionPage"),
    _s("public_disclosure.investment", "Đầu tư công, dự án", "Public investment and projects",
       "dau-tu-cong", "6.2", "public investment programmes and projects", page_type="disclosure.DisclosureSectionPage"),
    _s("public_disclosure.procurement", "Đấu thầu, mua sắm công", "Public procurement",
       "dau-thau-mua-sam-cong", "6.3", page_type="disclosure.DisclosureSectionPage"),
    _s("public_disclosure.land", "Đất đai, bồi thường, tái định cư",
       "Land, compensation and resettlement", "dat-dai", "6.4",
       "land-use plans, land prices, land recovery, compensation and resettlement", page_type="disclosure.DisclosureSectionPage"),
    _s("public_disclosure.statistics", "Báo cáo, số liệu thống kê", "Reports and statistics",
       "so-lieu-thong-ke", "6.5", "periodic reports, annual financial reports, statistics",
       page_type="disclosure.DisclosureSectionPage"),
    _s("public_disclosure.recruitment", "Tuyển dụng", "Recruitment", "tuyen-dung", "6.6",
       "recruitment of civil servants and public employees", page_type="disclosure.DisclosureSectionPage"),
    _s("public_disclosure.fees", "Thuế, phí, lệ phí", "Taxes, fees and charges", "thue-phi-le-phi", "6.7",
       "taxes, fees and charges decided by the province", page_type="disclosure.DisclosureSectionPage"),
    _s("access_to_information", "Tiếp cận thông tin", "Access to information", "tiep-can-thong-tin", "7",
       "everything under the Law on Access to Information"),
    _s("access_to_information.focal_point", "Đầu mối cung cấp thông tin", "Information focal point",
       "dau-moi-cung-cap-thong-tin", "7.1",
       "the unit and person who provide information (from province settings)",
       page_type="sections.FocalPointPage"),
    _s("access_to_information.regulation", "Quy chế cung cấp thông tin", "Information provision regulation",
       "quy-che-cung-cap-thong-tin", "7.2", "the province's regulation"),
    _s("access_to_information.catalogue", "Danh mục thông tin phải công khai",
       "Catalogue of information to be disclosed", "danh-muc-thong-tin-cong-khai", "7.3",
       "the catalogue of information that must be disclosed", page_type="disclosure.CataloguePage"),
    _s("access_to_information.request", "Yêu cầu cung cấp thông tin", "Request information",
       "yeu-cau-cung-cap-thong-tin", "7.4", "the online request form", holds_content=False,
       page_type="info_requests.RequestFormPage"),
    _s("access_to_information.lookup", "Tra cứu yêu cầu", "Track a request", "tra-cuu-yeu-cau", "7.5",
       "look up a request by its tracking code", holds_content=False,
       page_type="info_requests.RequestLookupPage"),
    _s("access_to_information.statistics", "Thống kê yêu cầu", "Request statistics", "thong-ke-yeu-cau",
       "7.6", "public statistics of requests", holds_content=False,
       page_type="info_requests.RequestStatisticsPage"),
    _s("access_to_information.forms", "Biểu mẫu, hướng dẫn", "Forms and guidance", "bieu-mau-huong-dan",
       "7.7", "forms 01a–06 of Decree 13/2018, guidance, where to complain"),
    _s("public_services", "Thủ tục hành chính - Dịch vụ công", "Administrative procedures and public services",
       "thu-tuc-hanh-chinh", "8", "links to the National Public Service Portal, guidance"),
    _s("legal_dissemination", "Phổ biến, giáo dục pháp luật", "Legal dissemination", "pho-bien-phap-luat",
       "9", "guidance on laws and policies"),
    _s("interaction", "Tương tác", "Interaction", "tuong-tac", "10", "two-way interaction"),
    _s("interaction.qa", "Hỏi đáp", "Questions and answers", "hoi-dap", "10.1",
       "citizens' questions and the agency's public answers", holds_content=False, page_type="qa.QAIndexPage"),
    _s("interaction.consultation", "Lấy ý kiến dự thảo", "Draft consultations", "lay-y-kien-du-thao", "10.2",
       "draft documents open for comments", page_type="consultations.ConsultationIndexPage"),
    _s("interaction.feedback", "Phản ánh, kiến nghị", "Feedback and petitions", "phan-anh-kien-nghi", "10.3",
       "how to send feedback, link to the province's feedback system"),
    _s("interaction.satisfaction", "Kết quả đánh giá mức độ hài lòng", "Satisfaction results",
       "danh-gia-hai-long", "10.4", "public summary of satisfaction ratings", holds_content=False,
       page_type="feedback.SatisfactionPage"),
    _s("science", "Khoa học - Công nghệ", "Science and technology", "khoa-hoc-cong-nghe", "11",
       "research programmes and projects"),
    _s("sitemap", "Sơ đồ cổng", "Site map", "so-do-cong", "", "footer",
       page_type="sections.SitemapPage", holds_content=False, placement=FOOTER, mandatory=False),
    _s("privacy", "Chính sách bảo vệ dữ liệu cá nhân", "Personal data protection policy",
       "bao-ve-du-lieu-ca-nhan", "", "what personal data the portal collects, why, how long",
       holds_content=False, placement=FOOTER),
    _s("accessibility", "Tuyên bố hỗ trợ tiếp cận", "Accessibility statement", "ho-tro-tiep-can", "",
       "accessibility statement", holds_content=False, placement=FOOTER),
    _s("terms", "Điều khoản sử dụng", "Terms of use", "dieu-khoan-su-dung", "", holds_content=False,
       placement=FOOTER),
)

BY_KEY = {section.key: section for section in SECTIONS}
TOP_LEVEL = tuple(s for s in SECTIONS if s.parent_key is None)
MENU_SECTIONS = tuple(s for s in TOP_LEVEL if s.placement == MENU)
FOOTER_SECTIONS = tuple(s for s in TOP_LEVEL if s.placement == FOOTER)

# Sections that hold only their own body, not editor-made subpages, and are filled by an app
# (registry, request service, ...). They are "non-empty" by construction for conformance.
SERVICE_SECTIONS = frozenset(s.key for s in SECTIONS if not s.holds_content)


def children_of(key):
    return tuple(s for s in SECTIONS if s.parent_key == key)


def path_of(key):
    """The URL path of a section below the site root, e.g. '/gioi-thieu/tong-quan/'."""
    parts = []
    current = BY_KEY[key]
    while current is not None:
        parts.append(current.slug)
        current = BY_KEY.get(current.parent_key) if current.parent_key else None
    return "/" + "/".join(reversed(parts)) + "/"


@dataclass(frozen=True)
class Province:
    name: str
    slug: str
    unit_type: str  # "tinh" or "thanh_pho"
    absorbed: tuple = ()

    @property
    def official_name(self):
        if self.unit_type == "thanh_pho":
            return f"Ủy ban nhân dân thành phố {self.name}"
        return f"Ủy ban nhân dân tỉnh {self.name}"

    @property
    def display_name(self):
        return f"Thành phố {self.name}" if self.unit_type == "thanh_pho" else f"Tỉnh {self.name}"


def _p(name, slug, unit_type="tinh", *absorbed):
    return Province(name, slug, unit_type, tuple(absorbed))


# Resolution 202/2025/QH15: the 34 provincial-level units. Unit type is data: it can change.
PROVINCES = (
    _p("Hà Nội", "ha-noi", "thanh_pho"),
    _p("Huế", "hue", "thanh_pho"),
    _p("Hải Phòng", "hai-phong", "thanh_pho", "Hải Dương"),
    _p("Đà Nẵng", "da-nang", "thanh_pho", "Quảng Nam"),
    _p("Hồ Chí Minh", "ho-chi-minh", "thanh_pho", "Bình Dương", "Bà Rịa – Vũng Tàu"),
    _p("Cần Thơ", "can-tho", "thanh_pho", "Sóc Trăng", "Hậu Giang"),
    _p("Cao Bằng", "cao-bang"),
    _p("Điện Biên", "dien-bien"),
    _p("Lai Châu", "lai-chau"),
    _p("Sơn La", "son-la"),
    _p("Lạng Sơn", "lang-son"),
    _p("Quảng Ninh", "quang-ninh"),
    _p("Thanh Hóa", "thanh-hoa"),
    _p("Nghệ An", "nghe-an"),
    _p("Hà Tĩnh", "ha-tinh"),
    _p("Tuyên Quang", "tuyen-quang", "tinh", "Hà Giang"),
    _p("Lào Cai", "lao-cai", "tinh", "Yên Bái"),
    _p("Thái Nguyên", "thai-nguyen", "tinh", "Bắc Kạn"),
    _p("Phú Thọ", "phu-tho", "tinh", "Vĩnh Phúc", "Hòa Bình"),
    _p("Bắc Ninh", "bac-ninh", "tinh", "Bắc Giang"),
    _p("Hưng Yên", "hung-yen", "tinh", "Thái Bình"),
    _p("Ninh Bình", "ninh-binh", "tinh", "Hà Nam", "Nam Định"),
    _p("Quảng Trị", "quang-tri", "tinh", "Quảng Bình"),
    _p("Quảng Ngãi", "quang-ngai", "tinh", "Kon Tum"),
    _p("Gia Lai", "gia-lai", "tinh", "Bình Định"),
    _p("Khánh Hòa", "khanh-hoa", "tinh", "Ninh Thuận"),
    _p("Lâm Đồng", "lam-dong", "tinh", "Đắk Nông", "Bình Thuận"),
    _p("Đắk Lắk", "dak-lak", "tinh", "Phú Yên"),
    _p("Đồng Nai", "dong-nai", "tinh", "Bình Phước"),
    _p("Tây Ninh", "tay-ninh", "tinh", "Long An"),
    _p("Đồng Tháp", "dong-thap", "tinh", "Tiền Giang"),
    _p("Vĩnh Long", "vinh-long", "tinh", "Bến Tre", "Trà Vinh"),
    _p("An Giang", "an-giang", "tinh", "Kiên Giang"),
    _p("Cà Mau", "ca-mau", "tinh", "Bạc Liêu"),
)


def find_province(name):
    """The province whose name or slug matches `name`, ignoring case, tone marks and a 'Tỉnh'/'TP' prefix."""
    from cms.core.text import fold

    wanted = fold(name).replace("-", " ")
    for prefix in ("thanh pho ", "tp. ", "tp ", "tinh "):
        if wanted.startswith(prefix):
            wanted = wanted[len(prefix):]
    wanted = " ".join(wanted.split())
    for province in PROVINCES:
        if wanted in (fold(province.name), province.slug.replace("-", " ")):
            return province
    return None


# --- Component sites (DESIGN.md §9) -------------------------------------------------------------
# Departments (sở, ban, ngành) and communes (xã, phường, đặc khu) each have the same smaller tree.
# A section that is the same as the province's reuses the province's entry (same key, title, slug and
# page type), so links, page types and apps work alike on every site; only `public_services` has its
# own title, and a few sub-sections exist only on component sites. Kinds are the values of
# `cms.core.sites.SiteKind` (plain strings here: this module is read before the models are loaded).
# The English tree is not built for component sites.

DEPARTMENT = "department"
COMMUNE = "commune"
PROVINCE = "province"


def _same(key, position, **changes):
    from dataclasses import replace

    return replace(BY_KEY[key], position=position, **changes)


_COMPONENT_COMMON_TOP = (
    _same("about", "1", holds="functions, organisation, leaders, contact"),
    _same("news", "2"),
    _same("documents", "3", holds="the province's registry, showing this body's documents"),
    _s("public_services", "Thủ tục hành chính", "Administrative procedures", "thu-tuc-hanh-chinh", "4",
       "this body's administrative procedures and a link to the public service portals"),
    _same("access_to_information", "5"),
    _same("access_to_information.focal_point", "5.1"),
    _same("access_to_information.catalogue", "5.2"),
    _same("access_to_information.request", "5.3"),
    _same("access_to_information.lookup", "5.4"),
    _same("access_to_information.statistics", "5.5"),
    _same("public_disclosure", "6"),
)

_COMPONENT_FOOTER = tuple(s for s in SECTIONS if s.placement == FOOTER)

DEPARTMENT_SECTIONS = (
    _COMPONENT_COMMON_TOP[0],
    _s("about.functions", "Chức năng, nhiệm vụ", "Functions and duties", "chuc-nang-nhiem-vu", "1.1",
       "the body's functions, duties and powers"),
    _same("about.organisation", "1.2", holds="the body's organisation chart and units"),
    _same("about.leaders", "1.3"),
    _same("about.contact", "1.4"),
    *_COMPONENT_COMMON_TOP[1:],
    _same("public_disclosure.budget", "6.1"),
    _same("public_disclosure.procurement", "6.2"),
    _same("interaction", "7"),
    _same("interaction.qa", "7.1"),
    _same("interaction.consultation", "7.2"),
    *_COMPONENT_FOOTER,
)

COMMUNE_SECTIONS = (
    _same("about", "1", holds="overview, leaders of the People's Council and Committee, contact"),
    _same("about.overview", "1.1", holds="the commune's area, population, history and villages"),
    _same("about.leaders", "1.2", holds="leaders of the People's Council and the People's Committee"),
    _same("about.contact", "1.3"),
    *_COMPONENT_COMMON_TOP[1:3],
    _s("public_services", "Thủ tục hành chính", "Administrative procedures", "thu-tuc-hanh-chinh", "4",
       "the commune's one-stop shop: procedures, opening hours, links to the public service portals"),
    *_COMPONENT_COMMON_TOP[4:],
    _same("public_disclosure.budget", "6.1"),
    _same("public_disclosure.land", "6.2"),
    _s("public_disclosure.contributions", "Các khoản đóng góp, quỹ", "Contributions and funds",
       "dong-gop-quy", "6.3", "contributions from residents and the funds they go to",
       page_type="disclosure.DisclosureSectionPage"),
    _same("interaction", "7"),
    _same("interaction.qa", "7.1"),
    _same("interaction.feedback", "7.2"),
    *_COMPONENT_FOOTER,
)

TREES = {PROVINCE: SECTIONS, DEPARTMENT: DEPARTMENT_SECTIONS, COMMUNE: COMMUNE_SECTIONS}
TREE_BY_KEY = {kind: {s.key: s for s in tree} for kind, tree in TREES.items()}

# Every key any site's tree uses (the lock and the conformance report know them all).
ALL_KEYS = frozenset(key for by_key in TREE_BY_KEY.values() for key in by_key)


def sections_for(kind):
    """The standard tree of a kind of site ('province', 'department' or 'commune')."""
    return TREES.get(str(kind), SECTIONS)


def spec_for(kind, key):
    """The standard entry of `key` on a kind of site, or None when that kind's tree has no such section."""
    return TREE_BY_KEY.get(str(kind), BY_KEY).get(key)


def component_path_of(kind, key):
    """Like `path_of`, in a kind's tree."""
    by_key = TREE_BY_KEY.get(str(kind), BY_KEY)
    parts = []
    current = by_key[key]
    while current is not None:
        parts.append(current.slug)
        current = by_key.get(current.parent_key) if current.parent_key else None
    return "/" + "/".join(reversed(parts)) + "/"
