"""Demo news: three categories and fourteen articles over the last six weeks, each with a drawn image."""

from datetime import timedelta

from django.utils import timezone

from cms.core.text import slugify_vi
from cms.news.models import NewsCategoryPage, NewsIndexPage, NewsPage

from .images import demo_image
from .province import unit_word
from .util import body, ensure_child

CATEGORIES = (
    ("leaders", "Hoạt động của lãnh đạo", "Các hoạt động, chuyến công tác và buổi làm việc của lãnh đạo Ủy ban nhân dân."),
    ("economy", "Kinh tế - Đầu tư", "Tình hình kinh tế – xã hội, thu hút đầu tư, sản xuất kinh doanh."),
    ("society", "Văn hóa - Xã hội", "Giáo dục, y tế, văn hóa, an sinh xã hội và đời sống nhân dân."),
)

# (category, days ago, image motif, featured, title, summary, paragraphs). {p}: "tỉnh Tây Ninh"; {P}: "Tỉnh Tây Ninh".
ARTICLES = (
    ("leaders", 1, "city", True,
     "Ủy ban nhân dân {p} họp phiên thường kỳ tháng 11",
     "Phiên họp đánh giá tình hình kinh tế – xã hội tháng 11, nhiệm vụ trọng tâm tháng 12 và cho ý kiến về "
     "các dự thảo nghị quyết trình Hội đồng nhân dân tỉnh tại kỳ họp cuối năm.",
     ("Sáng nay, Chủ tịch Ủy ban nhân dân {p} chủ trì phiên họp thường kỳ tháng 11. Tham dự có các Phó Chủ tịch "
      "Ủy ban nhân dân tỉnh, thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường dự trực tuyến.",
      "Theo báo cáo của Sở Tài chính, trong 11 tháng, tổng sản phẩm trên địa bàn ước tăng 8,2% so với cùng kỳ; "
      "thu ngân sách nhà nước đạt 96% dự toán; giải ngân vốn đầu tư công đạt 78% kế hoạch vốn được giao.",
      "Phát biểu kết luận, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành và địa phương tập trung đẩy nhanh "
      "tiến độ giải ngân vốn đầu tư công, bảo đảm hoàn thành 100% kế hoạch; tiếp tục rà soát, cắt giảm thủ tục "
      "hành chính và nâng cao tỷ lệ hồ sơ trực tuyến toàn trình.",
      "Phiên họp cũng cho ý kiến về 12 dự thảo nghị quyết trình Hội đồng nhân dân tỉnh tại kỳ họp thường lệ cuối năm.")),
    ("economy", 3, "road", False,
     "Khởi công tuyến đường kết nối khu công nghiệp với quốc lộ",
     "Tuyến đường dài 12,5 km, tổng vốn đầu tư hơn 850 tỷ đồng từ ngân sách tỉnh, dự kiến hoàn thành trong năm 2027.",
     ("Ủy ban nhân dân {p} vừa tổ chức lễ khởi công dự án đường kết nối khu công nghiệp phía Bắc với quốc lộ. "
      "Dự án có chiều dài 12,5 km, quy mô 4 làn xe, tổng mức đầu tư hơn 850 tỷ đồng.",
      "Công trình hoàn thành sẽ rút ngắn thời gian vận chuyển hàng hóa từ khu công nghiệp đến cảng và các trung tâm "
      "logistics, góp phần thu hút đầu tư và giảm tải cho các tuyến đường nội thị.",
      "Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị chủ đầu tư và nhà thầu bảo đảm chất lượng, an toàn lao động, "
      "vệ sinh môi trường; các địa phương phối hợp chặt chẽ trong công tác bồi thường, giải phóng mặt bằng.")),
    ("society", 4, "festival", False,
     "Khai mạc Tuần lễ Văn hóa – Du lịch năm 2026",
     "Tuần lễ diễn ra trong 7 ngày với nhiều hoạt động văn hóa, thể thao, ẩm thực và giới thiệu sản phẩm OCOP "
     "của các xã, phường.",
     ("Tối qua, tại Quảng trường trung tâm, Ủy ban nhân dân {p} tổ chức khai mạc Tuần lễ Văn hóa – Du lịch năm 2026 "
      "với chủ đề “Sắc màu quê hương”.",
      "Trong khuôn khổ tuần lễ có hội chợ sản phẩm OCOP với hơn 150 gian hàng, liên hoan đờn ca tài tử, giải đua "
      "xe đạp và các tour trải nghiệm du lịch nông thôn.",
      "Ban tổ chức khuyến cáo người dân và du khách sử dụng phương tiện công cộng, giữ gìn vệ sinh chung và chấp hành "
      "hướng dẫn của lực lượng chức năng.")),
    ("economy", 6, "fields", False,
     "Nông dân thu hoạch lúa thu đông, năng suất đạt khá",
     "Diện tích lúa thu đông toàn tỉnh đã thu hoạch được hơn 60%, năng suất bình quân ước đạt 5,8 tấn/ha, "
     "giá bán ổn định.",
     ("Theo Sở Nông nghiệp và Môi trường, đến nay nông dân trên địa bàn {p} đã thu hoạch hơn 60% diện tích lúa "
      "vụ thu đông. Năng suất bình quân ước đạt 5,8 tấn/ha, tăng 0,2 tấn/ha so với cùng kỳ.",
      "Nhiều hợp tác xã đã liên kết với doanh nghiệp bao tiêu sản phẩm, áp dụng quy trình canh tác giảm phát thải, "
      "giúp giảm chi phí sản xuất từ 10 đến 15%.",
      "Ngành nông nghiệp khuyến cáo nông dân theo dõi lịch thời vụ, chủ động nguồn nước và vệ sinh đồng ruộng "
      "để chuẩn bị cho vụ đông xuân.")),
    ("leaders", 8, "city", False,
     "Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ tháng 11",
     "Tại buổi tiếp, Chủ tịch Ủy ban nhân dân tỉnh đã nghe và giải quyết 9 vụ việc liên quan đến đất đai, "
     "bồi thường và chế độ chính sách.",
     ("Thực hiện Luật Tiếp công dân, Chủ tịch Ủy ban nhân dân {p} đã chủ trì buổi tiếp công dân định kỳ tháng 11 "
      "tại Trụ sở Tiếp công dân tỉnh.",
      "Tại buổi tiếp, 9 công dân đã trình bày các nội dung liên quan đến bồi thường khi Nhà nước thu hồi đất, "
      "cấp giấy chứng nhận quyền sử dụng đất và chế độ chính sách đối với người có công.",
      "Chủ tịch Ủy ban nhân dân tỉnh giao các sở, ngành liên quan kiểm tra, rà soát và trả lời công dân bằng văn bản "
      "trong thời hạn luật định; vụ việc vượt thẩm quyền được hướng dẫn gửi đến đúng cơ quan có thẩm quyền.")),
    ("society", 10, "city", False,
     "Hơn 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn",
     "Trong 10 tháng, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hơn 180.000 hồ sơ; tỷ lệ hồ sơ trực tuyến "
     "đạt 68%.",
     ("Theo báo cáo của Văn phòng Ủy ban nhân dân {p}, trong 10 tháng, các cơ quan hành chính trên địa bàn đã tiếp nhận "
      "hơn 180.000 hồ sơ thủ tục hành chính, trong đó 68% được nộp trực tuyến.",
      "Tỷ lệ hồ sơ được giải quyết đúng và trước hạn đạt 95,6%. Các trường hợp trễ hạn đều có văn bản xin lỗi "
      "người dân, tổ chức theo quy định.",
      "Người dân có thể tra cứu tình trạng hồ sơ, đánh giá mức độ hài lòng trên Cổng Dịch vụ công quốc gia "
      "hoặc gọi đường dây nóng 1022 để được hướng dẫn.")),
    ("economy", 13, "city", False,
     "Trao giấy chứng nhận đầu tư cho 6 dự án với tổng vốn hơn 400 triệu USD",
     "Các dự án thuộc lĩnh vực sản xuất linh kiện điện tử, chế biến nông sản và năng lượng tái tạo.",
     ("Tại Hội nghị xúc tiến đầu tư năm 2026, Ủy ban nhân dân {p} đã trao giấy chứng nhận đăng ký đầu tư cho 6 dự án "
      "với tổng vốn đăng ký hơn 400 triệu USD.",
      "Lãnh đạo tỉnh cam kết đồng hành cùng doanh nghiệp, giải quyết nhanh các thủ tục về đất đai, xây dựng, môi trường; "
      "thành lập tổ công tác hỗ trợ nhà đầu tư từ khi nghiên cứu đến khi dự án đi vào hoạt động.")),
    ("society", 15, "mountain", False,
     "Ra quân chiến dịch tiêm chủng mở rộng cho trẻ em",
     "Chiến dịch kéo dài đến hết tháng 12, bảo đảm trên 95% trẻ em trong độ tuổi được tiêm đủ mũi.",
     ("Sở Y tế {p} phát động chiến dịch tiêm chủng mở rộng cho trẻ em dưới 5 tuổi tại tất cả các trạm y tế xã, phường.",
      "Phụ huynh mang theo sổ tiêm chủng hoặc thông tin trên ứng dụng VNeID khi đưa trẻ đi tiêm; các trạm y tế tổ chức "
      "tiêm cả thứ Bảy để thuận tiện cho người dân.")),
    ("leaders", 18, "road", False,
     "Lãnh đạo tỉnh kiểm tra tiến độ các công trình trọng điểm",
     "Đoàn kiểm tra đã đến 5 công trình giao thông, thủy lợi và trường học đang thi công trên địa bàn.",
     ("Phó Chủ tịch Ủy ban nhân dân {p} dẫn đầu đoàn công tác kiểm tra tiến độ 5 công trình trọng điểm, "
      "trong đó có 2 tuyến đường tỉnh, 1 công trình thủy lợi và 2 trường học.",
      "Phó Chủ tịch yêu cầu các chủ đầu tư lập kế hoạch thi công chi tiết đến từng tuần, tăng ca, tăng kíp "
      "trong mùa khô và kiên quyết xử lý các nhà thầu chậm tiến độ.")),
    ("economy", 21, "fields", False,
     "Thêm 25 sản phẩm đạt chứng nhận OCOP 3 sao và 4 sao",
     "Nâng tổng số sản phẩm OCOP của tỉnh lên 312 sản phẩm, trong đó có 48 sản phẩm đạt 4 sao.",
     ("Hội đồng đánh giá, phân hạng sản phẩm OCOP {p} vừa công nhận thêm 25 sản phẩm đạt 3 sao và 4 sao, "
      "chủ yếu là nông sản chế biến, đặc sản địa phương và sản phẩm du lịch cộng đồng.",
      "Các chủ thể được hỗ trợ xây dựng nhãn hiệu, truy xuất nguồn gốc và đưa sản phẩm lên các sàn thương mại điện tử.")),
    ("society", 25, "river", False,
     "Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
     "Cuộc diễn tập giả định mưa lớn gây ngập úng, sạt lở bờ sông, với sự tham gia của hơn 500 người.",
     ("Ban Chỉ huy phòng thủ dân sự {p} tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn tại một xã ven sông.",
      "Các lực lượng đã thực hành sơ tán dân, cứu hộ người bị nạn, bảo vệ đê bao và khắc phục hậu quả; "
      "qua đó nâng cao khả năng phối hợp giữa quân đội, công an, y tế và chính quyền cơ sở.")),
    ("leaders", 29, "city", False,
     "Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính",
     "Hơn 200 doanh nghiệp tham dự; 35 kiến nghị được lãnh đạo các sở, ngành trả lời trực tiếp tại hội nghị.",
     ("Ủy ban nhân dân {p} tổ chức hội nghị đối thoại với doanh nghiệp về thủ tục hành chính, thuế, hải quan, "
      "đất đai và xây dựng.",
      "Các kiến nghị chưa được trả lời tại hội nghị sẽ được các cơ quan trả lời bằng văn bản và đăng tải công khai "
      "trên Cổng thông tin điện tử của tỉnh.")),
    ("society", 33, "mountain", False,
     "Trao 120 căn nhà đại đoàn kết cho hộ nghèo",
     "Kinh phí xây dựng từ Quỹ Vì người nghèo và sự đóng góp của doanh nghiệp, mỗi căn trị giá 60 triệu đồng.",
     ("Ủy ban Mặt trận Tổ quốc Việt Nam {p} phối hợp với các doanh nghiệp trao 120 căn nhà đại đoàn kết "
      "cho hộ nghèo, hộ cận nghèo có hoàn cảnh khó khăn về nhà ở.",
      "Đến nay, tỉnh đã cơ bản hoàn thành mục tiêu xóa nhà tạm, nhà dột nát trên địa bàn.")),
    ("economy", 38, "river", False,
     "Khánh thành nhà máy xử lý nước sạch công suất 30.000 m³/ngày",
     "Nhà máy cung cấp nước sạch cho hơn 40.000 hộ dân ở các xã, phường phía Nam của tỉnh.",
     ("Nhà máy xử lý nước sạch được đầu tư theo hình thức xã hội hóa, công suất giai đoạn 1 là 30.000 m³/ngày đêm.",
      "Công trình góp phần nâng tỷ lệ hộ dân nông thôn sử dụng nước sạch theo quy chuẩn lên trên 70%.")),
)


def build_news(home, province, changes):
    index = NewsIndexPage.objects.child_of(home).filter(section_key="news").first()
    if index is None:
        return
    if NewsPage.objects.descendant_of(index).exists():
        return  # the province has news of its own (or the demo ran already): never add to it
    where = f"{unit_word(province)} {province.name}"
    fill = {"p": where, "P": where[:1].upper() + where[1:]}
    categories = {}
    for key, title, description in CATEGORIES:
        categories[key], _ = ensure_child(index, NewsCategoryPage, slugify_vi(title), changes,
                                          f"news category: {title}", title=title, description=description)
    today = timezone.localdate()
    for key, days_ago, motif, featured, title, summary, text in ARTICLES:
        title = title.format(**fill)
        slug = slugify_vi(title)
        image, _ = demo_image(f"Ảnh minh họa – {title}", motif, slug)
        ensure_child(
            categories[key], NewsPage, slug, changes, f"news: {title}",
            title=title, date=today - timedelta(days=days_ago), summary=summary.format(**fill),
            featured=featured, featured_image=image, author="Ban Biên tập",
            source=f"Văn phòng Ủy ban nhân dân {where}", body=body(*(part.format(**fill) for part in text)),
        )
