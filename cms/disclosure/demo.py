"""Demo disclosure records in every kind, and one item published elsewhere. Idempotent (keyed by title)."""

import datetime
from decimal import Decimal

from django.utils import timezone

from cms.workdays.services import add_working_days

from .models import CatalogueItem, DisclosureRecord
from .models.record import BudgetStage
from .models.record import DisclosureKind as K

BODY = "Ủy ban nhân dân tỉnh"


def _records(today):
    year = today.year
    return [
        dict(kind=K.BUDGET, title=f"Công khai dự toán ngân sách địa phương năm {year}", category="đ",
             number="15/QĐ-UBND", fiscal_year=year, budget_stage=BudgetStage.ESTIMATE, age=320,
             summary="Số liệu dự toán thu, chi ngân sách địa phương đã được Hội đồng nhân dân tỉnh quyết định."),
        dict(kind=K.BUDGET, title=f"Tình hình thực hiện dự toán ngân sách 9 tháng năm {year}", category="đ",
             fiscal_year=year, budget_stage=BudgetStage.MID_YEAR, age=40,
             summary="Báo cáo tình hình thực hiện thu, chi ngân sách địa phương 9 tháng đầu năm."),
        dict(kind=K.INVESTMENT, title=f"Kế hoạch đầu tư công năm {year} vốn ngân sách địa phương", category="g",
             number="42/QĐ-UBND", age=200, summary="Danh mục dự án và mức vốn bố trí cho từng dự án."),
        dict(kind=K.PROCUREMENT, title="Thông báo mời thầu gói thầu xây lắp trường tiểu học", category="g",
             package_name="Gói thầu số 05: Thi công xây dựng khối phòng học", investor="Ban Quản lý dự án đầu tư xây dựng tỉnh",
             value=Decimal("12500000000"), closing_offset=20, age=3,
             summary="Đấu thầu rộng rãi trong nước, qua mạng."),
        dict(kind=K.LAND, title="Phương án bồi thường, hỗ trợ, tái định cư dự án đường vành đai", category="g",
             project="Đường vành đai phía Tây", location="Phường 1 và xã Bình Minh", decision_number="1234/QĐ-UBND",
             age=25, summary="Phương án đã được phê duyệt và niêm yết công khai tại trụ sở UBND cấp xã."),
        dict(kind=K.STATISTICS, title=f"Báo cáo tình hình kinh tế - xã hội tháng {today.month}/{year}", category="l",
             age=5, summary="Các chỉ tiêu kinh tế - xã hội chủ yếu của tỉnh trong tháng."),
        dict(kind=K.RECRUITMENT, title=f"Thông báo tuyển dụng viên chức năm {year}", category="l",
             positions="Giáo viên tiểu học; Giáo viên trung học cơ sở; Kế toán", headcount=48, closing_offset=25,
             age=2, summary="Tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp công lập."),
        dict(kind=K.FEES, title="Mức thu phí, lệ phí thuộc thẩm quyền của Hội đồng nhân dân tỉnh", category="o",
             number="08/2025/NQ-HĐND", age=150, summary="Danh mục phí, lệ phí và mức thu áp dụng trên địa bàn tỉnh."),
        dict(kind=K.PLANS, title="Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050", category="d",
             age=300, period=(datetime.date(2021, 1, 1), datetime.date(2030, 12, 31)),
             summary="Quy hoạch tỉnh đã được Thủ tướng Chính phủ phê duyệt."),
    ]


def demo_records(site, today=None):
    today = today or timezone.localdate()
    created = []
    for spec in _records(today):
        spec = dict(spec)
        if DisclosureRecord.objects.filter(title=spec["title"]).exists():
            continue
        age = spec.pop("age")
        closing = spec.pop("closing_offset", None)
        period = spec.pop("period", None)
        created_on = today - datetime.timedelta(days=age)
        published = min(add_working_days(created_on, 2), today)
        record = DisclosureRecord(
            body_name=BODY, created_on=created_on, published_on=published, live=False,
            closing_date=today + datetime.timedelta(days=closing) if closing else None,
            period_start=period[0] if period else None, period_end=period[1] if period else None, **spec,
        )
        record.save()
        record.save_revision().publish()
        created.append(f"disclosure: {record.title}")
    name = "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh"
    if not CatalogueItem.objects.filter(name=name).exists():
        CatalogueItem.objects.create(
            category="a", name=name, body_name=BODY, created_on=today - datetime.timedelta(days=60),
            published_on=today - datetime.timedelta(days=58), url="https://dichvucong.gov.vn",
        )
        created.append(f"disclosure: {name}")
    return created
