"""Demo text of the service, interaction and science sections and of the footer pages."""

SERVICES = {
    "news": {"intro": "Tin tức, sự kiện về hoạt động chỉ đạo, điều hành và tình hình kinh tế – xã hội của {p}."},
    "documents": {"intro": "Văn bản quy phạm pháp luật và văn bản chỉ đạo, điều hành của Hội đồng nhân dân, "
                           "Ủy ban nhân dân tỉnh, với tình trạng hiệu lực."},
    "public_services": {
        "intro": "Hướng dẫn thực hiện thủ tục hành chính và nộp hồ sơ dịch vụ công trực tuyến.",
        "body": (
            "## Nộp hồ sơ trực tuyến",
            "Người dân, doanh nghiệp nộp hồ sơ, theo dõi tiến độ và nhận kết quả thủ tục hành chính trên "
            "<a href=\"https://dichvucong.gov.vn\">Cổng Dịch vụ công quốc gia</a>, đăng nhập bằng tài khoản định danh điện tử VNeID.",
            "## Nộp hồ sơ trực tiếp",
            "Hồ sơ được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa của Ủy ban nhân dân các xã, phường, "
            "từ thứ Hai đến thứ Sáu và sáng thứ Bảy.",
            "## Cần hỗ trợ?",
            "Gọi đường dây nóng 1022 hoặc gửi câu hỏi tại mục Hỏi đáp.",
        ),
        "pages": (
            ("Hướng dẫn đăng ký tài khoản và nộp hồ sơ trên Cổng Dịch vụ công quốc gia",
             "Các bước đăng nhập bằng VNeID, chọn thủ tục, nộp hồ sơ và thanh toán trực tuyến.",
             (["Truy cập dichvucong.gov.vn, chọn “Đăng nhập” và xác thực bằng tài khoản định danh điện tử mức 2.",
               "Tìm thủ tục theo tên hoặc lĩnh vực, chọn cơ quan thực hiện là {official} hoặc Ủy ban nhân dân xã, phường.",
               "Điền tờ khai, đính kèm giấy tờ (bản điện tử), chọn hình thức nhận kết quả và nộp hồ sơ.",
               "Thanh toán phí, lệ phí trực tuyến (nếu có) và theo dõi tiến độ bằng mã hồ sơ."],)),
            ("Thủ tục hành chính thường gặp",
             "Đăng ký khai sinh, thường trú, cấp giấy phép xây dựng, đăng ký kinh doanh hộ cá thể.",
             (["Đăng ký khai sinh: nộp trực tuyến, nhận kết quả bản điện tử trên VNeID.",
               "Cấp giấy phép xây dựng nhà ở riêng lẻ: Ủy ban nhân dân xã, phường giải quyết trong 15 ngày.",
               "Đăng ký hộ kinh doanh: giải quyết trong 3 ngày làm việc."],)),
        ),
    },
    "legal_dissemination": {
        "intro": "Phổ biến, giáo dục pháp luật: giới thiệu văn bản mới, hỏi đáp pháp luật và tài liệu tuyên truyền.",
        "pages": (
            ("Những điểm mới của Luật Đất đai năm 2024 người dân cần biết",
             "Bảng giá đất hằng năm, quyền của người sử dụng đất và bồi thường khi Nhà nước thu hồi đất.",
             ("Luật Đất đai năm 2024 có hiệu lực từ ngày 01/8/2024, quy định bảng giá đất được ban hành hằng năm "
              "và áp dụng từ ngày 01/01 của năm.",
              "Người có đất thu hồi được bồi thường bằng đất có cùng mục đích sử dụng, hoặc bằng tiền, hoặc bằng đất khác mục đích, nhà ở.")),
            ("Luật Bảo vệ dữ liệu cá nhân: quyền của chủ thể dữ liệu",
             "Người dân có quyền được biết, đồng ý, truy cập, yêu cầu xóa và phản đối xử lý dữ liệu cá nhân của mình.",
             ("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 quy định quyền và nghĩa vụ của chủ thể dữ liệu, trách nhiệm "
              "của bên kiểm soát và bên xử lý dữ liệu cá nhân.",)),
            ("Ngày Pháp luật Việt Nam 9/11: tìm hiểu pháp luật về phòng, chống tác hại của thuốc lá điện tử",
             "Tài liệu tuyên truyền hưởng ứng Ngày Pháp luật Việt Nam năm 2026.",
             ("Từ năm 2025, việc sản xuất, kinh doanh, nhập khẩu, tàng trữ, vận chuyển và sử dụng thuốc lá điện tử, "
              "thuốc lá nung nóng bị cấm theo Nghị quyết của Quốc hội.",)),
        ),
    },
    "interaction": {"intro": "Hỏi đáp, góp ý dự thảo văn bản, phản ánh kiến nghị và kết quả đánh giá mức độ hài lòng."},
    "interaction.qa": {"intro": "Gửi câu hỏi cho cơ quan nhà nước và xem các câu trả lời đã công khai."},
    "interaction.consultation": {
        "intro": "Các dự thảo văn bản đang lấy ý kiến của Nhân dân. Ý kiến góp ý được tổng hợp, giải trình công khai.",
        "pages": (
            ("Dự thảo Quyết định quy định mức hỗ trợ chuyển đổi nghề cho người có đất thu hồi",
             "Lấy ý kiến đến hết ngày 20/12/2026; ý kiến gửi qua Cổng thông tin hoặc thư điện tử.",
             ("Dự thảo quy định mức hỗ trợ đào tạo, chuyển đổi nghề và tìm kiếm việc làm đối với hộ gia đình, cá nhân "
              "trực tiếp sản xuất nông nghiệp khi Nhà nước thu hồi đất.",)),
        ),
    },
    "interaction.feedback": {
        "intro": "Người dân, doanh nghiệp phản ánh, kiến nghị về quy định hành chính, hành vi hành chính và các vấn đề đô thị, môi trường.",
        "body": (
            "## Cách gửi phản ánh, kiến nghị",
            ["Trực tuyến trên Hệ thống tiếp nhận phản ánh, kiến nghị của tỉnh hoặc Cổng Dịch vụ công quốc gia.",
             "Qua ứng dụng Zalo chính thức của Ủy ban nhân dân tỉnh.",
             "Gọi đường dây nóng 1022 (24/7).",
             "Gửi thư đến Văn phòng Ủy ban nhân dân tỉnh hoặc trực tiếp tại Trụ sở Tiếp công dân tỉnh."],
            "Phản ánh được chuyển đến cơ quan có thẩm quyền xử lý; kết quả được thông báo cho người gửi và công khai "
            "nếu có ích cho cộng đồng. Thông tin cá nhân của người phản ánh được giữ bí mật.",
        ),
        "pages": (
            ("Quy trình tiếp nhận và xử lý phản ánh, kiến nghị",
             "Thời hạn xử lý, trách nhiệm của các cơ quan và cách theo dõi kết quả.",
             ("Phản ánh, kiến nghị về quy định hành chính được xử lý theo Nghị định 20/2008/NĐ-CP; cơ quan có thẩm quyền "
              "phải trả lời trong thời hạn 10 ngày làm việc kể từ ngày nhận.",)),
        ),
    },
    "interaction.satisfaction": {"intro": "Kết quả người dân đánh giá “Thông tin này có hữu ích không?” trên cổng, tổng hợp theo tháng."},
    "science": {
        "intro": "Chương trình, đề tài, dự án khoa học và công nghệ; đổi mới sáng tạo và chuyển đổi số của tỉnh.",
        "pages": (
            ("Danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026",
             "12 đề tài, dự án được phê duyệt thực hiện từ năm 2026.",
             ({"caption": "Một số nhiệm vụ khoa học và công nghệ (minh họa)",
               "header": ("Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
               "rows": (("Ứng dụng công nghệ tưới tiết kiệm cho cây ăn quả", "Trường Đại học Nông Lâm", "2026–2027"),
                        ("Xây dựng bản đồ số du lịch của tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "2026"),
                        ("Giải pháp giảm phát thải trong canh tác lúa", "Trung tâm Khuyến nông", "2026–2028"))},)),
            ("Thông báo tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ khoa học năm 2027",
             "Nhận hồ sơ đến hết ngày 31/01/2027 tại Sở Khoa học và Công nghệ.",
             ("Hồ sơ đăng ký gồm thuyết minh nhiệm vụ, lý lịch khoa học và văn bản xác nhận phối hợp (nếu có).",)),
        ),
    },
}

FOOTER = {
    "sitemap": {"intro": "Toàn bộ các chuyên mục và trang của Cổng thông tin điện tử."},
    "privacy": {
        "intro": "Cổng thông tin điện tử của {official} chỉ thu thập dữ liệu cá nhân cần thiết để giải quyết công việc bạn "
                 "yêu cầu, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP.",
        "body": (
            "## Bên kiểm soát dữ liệu",
            "{official}; đầu mối liên hệ: {focal}, thư điện tử {focal_email}.",
            "## Dữ liệu được thu thập và mục đích",
            ["Yêu cầu cung cấp thông tin: họ tên, nơi cư trú, số giấy tờ tùy thân, điện thoại, thư điện tử, nội dung yêu cầu — "
             "để giải quyết yêu cầu theo Luật Tiếp cận thông tin (nghĩa vụ của cơ quan nhà nước theo luật).",
             "Câu hỏi (Hỏi đáp): họ tên, thư điện tử hoặc số điện thoại, nội dung câu hỏi — để trả lời và báo cho bạn khi có trả lời. "
             "Câu hỏi và trả lời được công khai không kèm thông tin liên hệ của bạn.",
             "Góp ý dự thảo văn bản: họ tên, thư điện tử, nội dung góp ý — để tổng hợp, giải trình ý kiến.",
             "Đánh giá “Thông tin này có hữu ích không?”: chỉ ghi nhận trang, câu trả lời có/không, điểm hài lòng và nhận xét "
             "nếu bạn nhập; không ghi họ tên, địa chỉ IP hay định danh nào — người đánh giá là ẩn danh."],
            "## Không dùng cookie theo dõi",
            "Cổng không dùng cookie quảng cáo hay công cụ theo dõi của bên thứ ba. Cỡ chữ bạn chọn chỉ được ghi trên trình duyệt "
            "của bạn. Cookie phiên chỉ được dùng khi cán bộ đăng nhập trang quản trị.",
            "## Thời gian lưu trữ",
            "Dữ liệu cá nhân trong yêu cầu, câu hỏi và góp ý đã giải quyết xong được lưu {retention} ngày rồi xóa; "
            "số liệu thống kê không chứa dữ liệu cá nhân được giữ lại.",
            "## Quyền của bạn",
            "Bạn có quyền được biết, truy cập, chỉnh sửa, yêu cầu xóa, hạn chế hoặc phản đối việc xử lý dữ liệu cá nhân của mình, "
            "khiếu nại, tố cáo theo quy định. Để thực hiện các quyền này, hãy liên hệ đầu mối nêu trên.",
        ),
    },
    "accessibility": {
        "intro": "{official} cam kết bảo đảm Cổng thông tin điện tử tiếp cận được với mọi người, kể cả người khuyết tật.",
        "body": (
            "## Mức độ tuân thủ",
            "Cổng được xây dựng theo Hướng dẫn về khả năng tiếp cận nội dung web WCAG 2.1 mức AA (cao hơn mức tối thiểu WCAG 2.0 "
            "theo quy định hiện hành) và được kiểm tra tự động bằng công cụ axe ở mỗi lần cập nhật phần mềm.",
            "## Các tính năng hỗ trợ",
            ["Liên kết “Bỏ qua, đến nội dung chính” ở đầu mỗi trang; các vùng trang được đánh dấu cho trình đọc màn hình.",
             "Điều chỉnh cỡ chữ (A−, A, A+) ở đầu trang; trang vẫn dùng được khi phóng to 200%.",
             "Độ tương phản màu đạt tối thiểu 4,5:1; mọi chức năng dùng được bằng bàn phím, với viền nhận biết tiêu điểm rõ ràng.",
             "Ảnh có văn bản thay thế; biểu mẫu có nhãn và thông báo lỗi chỉ rõ trường cần sửa.",
             "Mọi biểu mẫu hoạt động cả khi trình duyệt tắt JavaScript."],
            "## Phản hồi",
            "Nếu bạn gặp khó khăn khi sử dụng Cổng, vui lòng báo cho Ban Biên tập qua thư điện tử {email} hoặc điện thoại {phone}. "
            "Chúng tôi trả lời trong 5 ngày làm việc.",
        ),
    },
    "terms": {
        "intro": "Điều khoản sử dụng Cổng thông tin điện tử của {official}.",
        "body": (
            "## Bản quyền và trích dẫn",
            "Thông tin trên Cổng được sử dụng tự do cho mục đích phi thương mại với điều kiện ghi rõ nguồn “Cổng thông tin "
            "điện tử {official}” và đường dẫn đến bài viết gốc.",
            "## Giá trị pháp lý",
            "Văn bản đăng trên Cổng có giá trị tham khảo; văn bản có giá trị pháp lý là bản gốc hoặc bản đăng trên Công báo.",
            "## Trách nhiệm của người sử dụng",
            ["Không gửi nội dung vi phạm pháp luật, xúc phạm danh dự, nhân phẩm của tổ chức, cá nhân.",
             "Không cung cấp thông tin sai sự thật khi gửi yêu cầu, câu hỏi, góp ý.",
             "Không tìm cách can thiệp, làm gián đoạn hoạt động của Cổng."],
            "## Liên kết ngoài",
            "Cổng có liên kết đến các trang của cơ quan khác (Cổng Dịch vụ công quốc gia, Cổng Thông tin điện tử Chính phủ); "
            "nội dung các trang đó do cơ quan chủ quản chịu trách nhiệm.",
        ),
    },
}
