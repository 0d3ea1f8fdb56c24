"""A realistic week of the leaders' schedule around today, for `setup_province --demo`. Idempotent."""

import datetime

from django.utils import timezone

from .models import ScheduleEntry
from .weeks import Week

# (weekday, start, end, leader index, what, where, attendees, prepared by, recurring)
WEEK = [
    (0, "07:30", "09:00", 0, "Họp giao ban lãnh đạo UBND tỉnh đầu tuần", "Phòng họp số 1, UBND tỉnh",
     "Các Phó Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh", True),
    (0, "14:00", "16:30", 1, "Làm việc với Sở Tài chính về dự toán ngân sách năm sau", "Sở Tài chính",
     "Lãnh đạo Sở Tài chính, Sở Xây dựng, Thuế tỉnh", "Sở Tài chính", False),
    (1, "08:00", "11:00", 0, "Tiếp công dân định kỳ", "Trụ sở Tiếp công dân tỉnh",
     "Thanh tra tỉnh; Ban Tiếp công dân tỉnh; các sở, ngành liên quan", "Ban Tiếp công dân tỉnh", False),
    (1, "14:00", "17:00", 2, "Kiểm tra tiến độ dự án đường giao thông kết nối liên vùng", "Thực địa",
     "Sở Xây dựng; Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh", False),
    (2, "08:00", "11:30", 0, "Phiên họp thường kỳ UBND tỉnh tháng", "Hội trường UBND tỉnh",
     "Thành viên UBND tỉnh; Thủ trưởng các sở, ngành", "Văn phòng UBND tỉnh", False),
    (3, "08:00", "10:00", 1, "Hội nghị trực tuyến về giải ngân vốn đầu tư công", "Điểm cầu UBND tỉnh",
     "Sở Tài chính; các chủ đầu tư", "Sở Tài chính", False),
    (3, "14:00", None, 2, "Tiếp và làm việc với đoàn công tác của Bộ Nông nghiệp và Môi trường",
     "Phòng họp số 2, UBND tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", False),
    (4, "08:00", "09:30", 0, "Họp Ban Chỉ đạo chuyển đổi số tỉnh", "Phòng họp số 1, UBND tỉnh",
     "Thành viên Ban Chỉ đạo", "Sở Khoa học và Công nghệ", True),
    (4, "15:00", "16:30", 1, "Họp rà soát công tác cải cách hành chính trong tuần", "Phòng họp số 3, UBND tỉnh",
     "Sở Nội vụ; Văn phòng UBND tỉnh", "Sở Nội vụ", True),
]
FALLBACK_LEADERS = ["Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh (phụ trách kinh tế)",
                    "Phó Chủ tịch UBND tỉnh (phụ trách văn hóa - xã hội)"]


def _time(value):
    return datetime.time.fromisoformat(value) if value else None


def demo_week(site, today=None):
    from cms.core.models import ProvinceSettings

    today = today or timezone.localdate()
    leaders = list(ProvinceSettings.for_site(site).leaders.all()[:3])
    created = []
    for week in (Week.of(today), Week.of(today).next):
        for weekday, start, end, who, title, where, attendees, prepared, recurring in WEEK:
            day = week.monday + datetime.timedelta(days=weekday)
            if ScheduleEntry.objects.filter(date=day, start_time=_time(start), title=title).exists():
                continue
            leader = leaders[who] if who < len(leaders) else None
            entry = ScheduleEntry(
                date=day, start_time=_time(start), end_time=_time(end), leader_ref=leader,
                leader="" if leader else FALLBACK_LEADERS[who], title=title, location=where,
                attendees=attendees, preparing_unit=prepared, recurring=recurring, live=False,
            )
            entry.save()
            entry.save_revision().publish()
            created.append(f"schedule: {day:%d/%m} {title}")
    return created
