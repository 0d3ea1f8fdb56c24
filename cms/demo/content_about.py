"""Demo text of the 'Giới thiệu' and 'Chỉ đạo - Điều hành' sections.

Placeholders: {p} "tỉnh Tây Ninh", {P} "Tỉnh Tây Ninh", {official} "Ủy ban nhân dân tỉnh Tây Ninh",
{merger} a sentence on Resolution 202/2025/QH15, {phone} the switchboard, {domain} "tayninh.gov.vn".
Each entry: intro, optional body parts, and content pages (title, summary, body parts).
"""

UNITS_TABLE = {
    "caption": "Một số xã, phường (trích danh sách)",
    "header": ("Đơn vị", "Loại", "Địa chỉ trụ sở", "Điện thoại"),
    "rows": (
        ("Phường Trung tâm", "Phường", "Số 2 đường Trung tâm Hành chính", "{phone_prefix} 3822 510"),
        ("Phường Bình Minh", "Phường", "Số 15 đường 30 Tháng 4", "{phone_prefix} 3822 520"),
        ("Xã Hòa Thành", "Xã", "Ấp Hòa Bình", "{phone_prefix} 3841 100"),
        ("Xã Tân Phú", "Xã", "Ấp Tân Lập", "{phone_prefix} 3851 200"),
        ("Xã Long Hòa", "Xã", "Ấp Long Thới", "{phone_prefix} 3861 300"),
    ),
}

ABOUT = {
    "about": {
        "intro": "Thông tin chung về {p}: tổng quan, cơ cấu tổ chức, lãnh đạo, các đơn vị hành chính và thông tin liên hệ.",
    },
    "about.overview": {
        "intro": "{P} là đơn vị hành chính cấp tỉnh trực thuộc Trung ương. {merger}",
        "body": (
            "## Vị trí địa lý",
            "{P} có vị trí chiến lược về kinh tế, quốc phòng và an ninh, là cầu nối giao thương giữa các tỉnh, thành phố "
            "trong vùng. Mạng lưới giao thông gồm quốc lộ, đường tỉnh, đường thủy nội địa và các tuyến cao tốc đang "
            "được đầu tư, thuận lợi cho phát triển công nghiệp, logistics và du lịch.",
            "## Định hướng phát triển",
            "Tỉnh tập trung phát triển công nghiệp chế biến, chế tạo; nông nghiệp ứng dụng công nghệ cao; du lịch văn hóa – "
            "tâm linh và sinh thái; đẩy mạnh chuyển đổi số, cải cách hành chính và nâng cao chất lượng đời sống nhân dân.",
        ),
        "pages": (
            ("Lịch sử hình thành và phát triển",
             "Các mốc chính trong quá trình hình thành và phát triển của {p}.",
             ("Vùng đất {p} có lịch sử khai phá lâu đời, gắn với truyền thống cách mạng và văn hóa đặc sắc của cộng đồng "
              "các dân tộc sinh sống trên địa bàn.",
              "Sau năm 1975, tỉnh nhiều lần được điều chỉnh địa giới hành chính để phù hợp với yêu cầu phát triển.",
              "{merger}",
              "Cũng từ ngày 01/7/2025, chính quyền địa phương được tổ chức theo mô hình hai cấp: cấp tỉnh và cấp xã "
              "(xã, phường, đặc khu); cấp huyện kết thúc hoạt động.")),
            ("Điều kiện tự nhiên",
             "Địa hình, khí hậu, sông ngòi và tài nguyên thiên nhiên.",
             ("Địa hình tương đối bằng phẳng, thấp dần từ Bắc xuống Nam, xen kẽ đồi thấp và đồng bằng phù sa ven sông.",
              "Khí hậu nhiệt đới gió mùa với hai mùa rõ rệt: mùa mưa từ tháng 5 đến tháng 11 và mùa khô từ tháng 12 đến "
              "tháng 4 năm sau; nhiệt độ trung bình năm khoảng 27°C.",
              "Tài nguyên đất, nước và rừng phong phú, tạo điều kiện phát triển nông nghiệp, lâm nghiệp và du lịch sinh thái.")),
            ("Kinh tế – xã hội",
             "Một số chỉ tiêu kinh tế – xã hội chủ yếu.",
             ("Kinh tế của tỉnh tăng trưởng ổn định; cơ cấu chuyển dịch theo hướng tăng tỷ trọng công nghiệp, dịch vụ.",
              {"caption": "Một số chỉ tiêu chủ yếu năm 2025 (số liệu minh họa)",
               "header": ("Chỉ tiêu", "Đơn vị", "Giá trị"),
               "rows": (("Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", "8,1"),
                        ("Thu nhập bình quân đầu người", "triệu đồng", "98,5"),
                        ("Tỷ lệ hộ nghèo theo chuẩn đa chiều", "%", "0,9"),
                        ("Tỷ lệ hồ sơ thủ tục hành chính trực tuyến", "%", "65,2"))},
              "Số liệu chính thức được công bố trong mục Báo cáo, số liệu thống kê.")),
        ),
    },
    "about.organisation": {
        "intro": "Cơ cấu tổ chức, chức năng, nhiệm vụ và quyền hạn của Ủy ban nhân dân tỉnh và các cơ quan chuyên môn.",
        "body": (
            "## Ủy ban nhân dân tỉnh",
            "Ủy ban nhân dân tỉnh do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan hành "
            "chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân tỉnh và cơ quan "
            "hành chính nhà nước cấp trên (Luật Tổ chức chính quyền địa phương năm 2025).",
            "Ủy ban nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên. Cơ quan chuyên môn thuộc Ủy ban nhân dân "
            "tỉnh gồm các sở và cơ quan tương đương sở.",
            "## Nhiệm vụ, quyền hạn chủ yếu",
            ["Xây dựng, trình Hội đồng nhân dân tỉnh quyết định các nội dung thuộc thẩm quyền; tổ chức thực hiện nghị quyết "
             "của Hội đồng nhân dân tỉnh.",
             "Quy định tổ chức bộ máy và nhiệm vụ, quyền hạn cụ thể của cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.",
             "Tổ chức thực hiện ngân sách địa phương; quản lý đất đai, tài nguyên, quy hoạch, đầu tư công.",
             "Bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội; thực hiện cải cách hành chính và chuyển đổi số."],
        ),
        "pages": (
            ("Các sở và cơ quan ngang sở",
             "Danh sách cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và chức năng chính.",
             ({"caption": "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh",
               "header": ("Cơ quan", "Chức năng chính"),
               "rows": (("Văn phòng Ủy ban nhân dân tỉnh", "Tham mưu tổng hợp, kiểm soát thủ tục hành chính, cổng thông tin điện tử"),
                        ("Sở Nội vụ", "Tổ chức bộ máy, công chức, viên chức, chính quyền địa phương, lao động"),
                        ("Sở Tư pháp", "Xây dựng, kiểm tra văn bản quy phạm pháp luật, phổ biến pháp luật, hộ tịch"),
                        ("Sở Tài chính", "Tài chính, ngân sách, kế hoạch và đầu tư, đăng ký doanh nghiệp"),
                        ("Sở Xây dựng", "Xây dựng, quy hoạch, nhà ở, giao thông vận tải"),
                        ("Sở Nông nghiệp và Môi trường", "Nông nghiệp, đất đai, tài nguyên, môi trường"),
                        ("Sở Khoa học và Công nghệ", "Khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, bưu chính viễn thông"),
                        ("Sở Giáo dục và Đào tạo", "Giáo dục mầm non, phổ thông, thường xuyên"),
                        ("Sở Y tế", "Y tế, bảo trợ xã hội, trẻ em"),
                        ("Sở Văn hóa, Thể thao và Du lịch", "Văn hóa, gia đình, thể thao, du lịch, báo chí, xuất bản"),
                        ("Sở Công Thương", "Công nghiệp, thương mại, năng lượng"),
                        ("Thanh tra tỉnh", "Thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo, phòng chống tham nhũng"))},)),
            ("Sơ đồ tổ chức",
             "Sơ đồ tổ chức bộ máy hành chính của tỉnh.",
             ("Hội đồng nhân dân tỉnh → Ủy ban nhân dân tỉnh (Chủ tịch, các Phó Chủ tịch, các Ủy viên) → các sở, cơ quan "
              "ngang sở → Ủy ban nhân dân các xã, phường, đặc khu.",
              "Các đơn vị sự nghiệp trực thuộc Ủy ban nhân dân tỉnh gồm Trung tâm Phục vụ hành chính công, Đài Phát thanh "
              "và Truyền hình, các trường đại học, cao đẳng của tỉnh.")),
        ),
    },
    "about.leaders": {
        "intro": "Lãnh đạo Ủy ban nhân dân {p}: họ tên, chức vụ, tóm tắt tiểu sử, lĩnh vực phụ trách và thông tin liên hệ công vụ.",
    },
    "about.units": {
        "intro": "Sau sắp xếp, {p} có các đơn vị hành chính cấp xã gồm xã, phường (và đặc khu, nếu có); không còn cấp huyện.",
        "body": (
            "Mỗi xã, phường có Ủy ban nhân dân với bộ phận một cửa tiếp nhận và trả kết quả thủ tục hành chính. "
            "Người dân có thể nộp hồ sơ tại bất kỳ bộ phận một cửa nào trong tỉnh đối với các thủ tục không phụ thuộc địa giới hành chính.",
            UNITS_TABLE,
            "Danh sách đầy đủ, bản đồ địa giới và trang thông tin điện tử của từng xã, phường được cập nhật khi các trang thành phần đi vào hoạt động.",
        ),
    },
    "about.contact": {
        "intro": "Địa chỉ, điện thoại, thư điện tử, đường dây nóng và giờ làm việc của {official}.",
        "body": ("Công dân, tổ chức có thể gửi thư, phản ánh, kiến nghị đến Ủy ban nhân dân tỉnh qua địa chỉ thư điện tử, "
                 "đường dây nóng 1022, tài khoản Zalo chính thức hoặc trực tiếp tại Trụ sở Tiếp công dân tỉnh.",),
    },
}

DIRECTION = {
    "direction": {
        "intro": "Ý kiến chỉ đạo, điều hành của lãnh đạo Ủy ban nhân dân tỉnh, lịch công tác và thông tin báo chí.",
    },
    "direction.instructions": {
        "intro": "Các ý kiến chỉ đạo, điều hành của Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân tỉnh.",
        "pages": (
            ("Chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2026",
             "Yêu cầu các chủ đầu tư hoàn thành giải ngân 100% kế hoạch vốn trước ngày 31/01/2027.",
             ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thủ trưởng các sở, ngành, Chủ tịch Ủy ban nhân dân các xã, phường "
              "chịu trách nhiệm trực tiếp về tiến độ giải ngân của đơn vị mình.",
              ["Lập kế hoạch giải ngân chi tiết theo từng tháng đối với từng dự án.",
               "Kịp thời điều chuyển vốn từ dự án chậm giải ngân sang dự án có khả năng giải ngân tốt.",
               "Báo cáo kết quả định kỳ vào ngày 25 hằng tháng qua Sở Tài chính."])),
            ("Chỉ đạo tăng cường công tác phòng, chống thiên tai mùa mưa bão",
             "Các địa phương rà soát phương án sơ tán dân, chuẩn bị lực lượng, phương tiện theo phương châm “bốn tại chỗ”.",
             ("Ủy ban nhân dân tỉnh yêu cầu các cơ quan, địa phương theo dõi chặt chẽ diễn biến thời tiết, chủ động ứng phó "
              "với mưa lớn, triều cường và sạt lở bờ sông.",
              "Thông tin cảnh báo được phát trên hệ thống truyền thanh cơ sở, Cổng thông tin điện tử và tài khoản Zalo chính thức của tỉnh.")),
            ("Chỉ đạo nâng cao chất lượng giải quyết thủ tục hành chính trực tuyến",
             "Bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80% và không để hồ sơ trễ hạn.",
             ("Các cơ quan tiếp nhận hồ sơ trực tuyến phải kiểm tra, hướng dẫn bổ sung một lần; không yêu cầu người dân nộp "
              "thêm giấy tờ đã có trong cơ sở dữ liệu quốc gia.",)),
        ),
    },
    "direction.schedule": {
        "intro": "Lịch công tác tuần của lãnh đạo Ủy ban nhân dân tỉnh. Lịch có thể thay đổi; vui lòng theo dõi bản cập nhật mới nhất.",
    },
    "direction.press": {
        "intro": "Người phát ngôn, thông cáo báo chí và kết quả họp báo định kỳ của Ủy ban nhân dân tỉnh.",
        "body": ("## Người phát ngôn",
                 "Chánh Văn phòng Ủy ban nhân dân tỉnh là người phát ngôn và cung cấp thông tin cho báo chí "
                 "(Nghị định 09/2017/NĐ-CP). Điện thoại: {phone}; thư điện tử: baochi@{domain}."),
        "pages": (
            ("Thông cáo báo chí họp báo định kỳ quý III năm 2026",
             "Tình hình kinh tế – xã hội quý III và trả lời câu hỏi của các cơ quan báo chí.",
             ("Tại buổi họp báo, người phát ngôn đã thông tin về kết quả thực hiện nhiệm vụ phát triển kinh tế – xã hội "
              "9 tháng, công tác cải cách hành chính và tiến độ các dự án trọng điểm.",
              "Các câu hỏi chưa trả lời tại buổi họp báo sẽ được trả lời bằng văn bản trong thời hạn 5 ngày làm việc.")),
            ("Thông cáo về việc tổ chức Tuần lễ Văn hóa – Du lịch năm 2026",
             "Thời gian, địa điểm và các hoạt động chính của Tuần lễ.",
             ("Tuần lễ Văn hóa – Du lịch năm 2026 diễn ra trong 7 ngày tại Quảng trường trung tâm và các điểm du lịch của tỉnh.",)),
        ),
    },
}
