"""The categories of information that must be disclosed widely: Law 104/2016/QH13 Art. 17(1)(a)–(p).

Kept as data: the code is the letter of the point (Vietnamese alphabet, so "đ" follows "d" and there is no
"f" or "j"); the labels summarise the point. The catalogue (Decree 13/2018 Art. 6) is grouped by them.
"""

from dataclasses import dataclass

from django.utils.translation import get_language


@dataclass(frozen=True)
class Category:
    code: str
    label_vi: str
    label_en: str

    @property
    def label(self):
        return self.label_en if (get_language() or "vi").startswith("en") else self.label_vi

    @property
    def display(self):
        return f"{self.code}) {self.label}"


CATEGORIES = (
    Category("a", "Văn bản quy phạm pháp luật; văn bản hành chính có giá trị áp dụng chung; điều ước, thỏa thuận "
             "quốc tế; thủ tục hành chính, quy trình giải quyết công việc",
             "Legal normative documents; administrative documents of general application; treaties and "
             "international agreements; administrative procedures"),
    Category("b", "Thông tin phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách",
             "Dissemination and guidance on laws, regimes and policies"),
    Category("c", "Dự thảo văn bản quy phạm pháp luật; nội dung, kết quả lấy ý kiến Nhân dân; đề án thành lập, "
             "sắp xếp đơn vị hành chính, điều chỉnh địa giới",
             "Draft legal documents; public consultations and their results; proposals on administrative units "
             "and boundaries"),
    Category("d", "Chiến lược, chương trình, dự án, đề án, kế hoạch, quy hoạch phát triển kinh tế - xã hội; "
             "chương trình, kế hoạch công tác hằng năm",
             "Socio-economic strategies, programmes, projects, schemes, plans and master plans; annual work "
             "programmes and plans"),
    Category("đ", "Dự toán, tình hình thực hiện, quyết toán ngân sách nhà nước; ngân sách các chương trình, dự án "
             "đầu tư xây dựng cơ bản; thủ tục ngân sách",
             "State budget estimates, implementation and settlement; budgets of capital construction "
             "programmes and projects; budget procedures"),
    Category("e", "Phân bổ, quản lý, sử dụng vốn ODA, viện trợ phi chính phủ; cứu trợ, trợ cấp xã hội; các khoản "
             "đóng góp của Nhân dân, các quỹ",
             "Allocation and use of official development assistance and non-governmental aid; relief and social "
             "allowances; people's contributions and funds"),
    Category("g", "Danh mục dự án, chương trình đầu tư công, mua sắm công, quản lý vốn đầu tư công; đấu thầu; quy "
             "hoạch sử dụng đất, giá đất, thu hồi đất, bồi thường, giải phóng mặt bằng, tái định cư",
             "Public investment programmes and projects, public procurement; bidding; land-use plans, land "
             "prices, land recovery, compensation, site clearance and resettlement"),
    Category("h", "Đầu tư, quản lý, sử dụng vốn nhà nước tại doanh nghiệp; tổ chức và hoạt động của doanh nghiệp "
             "nhà nước",
             "State capital invested in enterprises; organisation and operation of state-owned enterprises"),
    Category("i", "Sản phẩm, hàng hóa, dịch vụ có tác động tiêu cực đến sức khỏe, môi trường; kết luận kiểm tra, "
             "thanh tra về môi trường, sức khỏe cộng đồng, an toàn thực phẩm, an toàn lao động",
             "Products and services harmful to health or the environment; inspection conclusions on the "
             "environment, public health, food safety and labour safety"),
    Category("k", "Chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức của cơ quan; nhiệm vụ của cán bộ, công chức trực "
             "tiếp giải quyết công việc của Nhân dân; nội quy, quy chế",
             "Functions, duties, powers and organisation of the body; duties of officials serving the public; "
             "internal rules and regulations"),
    Category("l", "Báo cáo công tác định kỳ; báo cáo tài chính năm; thống kê ngành, lĩnh vực; tuyển dụng, sử dụng, "
             "quản lý cán bộ, công chức, viên chức; chương trình, đề tài khoa học",
             "Periodic work reports; annual financial reports; sector statistics; recruitment and management of "
             "civil servants and public employees; science programmes and projects"),
    Category("m", "Danh mục thông tin phải công khai; đầu mối tiếp nhận yêu cầu cung cấp thông tin",
             "The catalogue of information to be disclosed; the focal point for information requests"),
    Category("n", "Thông tin liên quan đến lợi ích công cộng, sức khỏe của cộng đồng",
             "Information on public interest and public health"),
    Category("o", "Thông tin về thuế, phí, lệ phí", "Taxes, fees and charges"),
    Category("p", "Thông tin khác mà pháp luật quy định phải công khai", "Other information the law requires to be disclosed"),
)
BY_CODE = {category.code: category for category in CATEGORIES}
CODES = tuple(BY_CODE)
CHOICES = [(c.code, f"{c.code}) {c.label_vi}") for c in CATEGORIES]


def get(code):
    return BY_CODE.get(code)
