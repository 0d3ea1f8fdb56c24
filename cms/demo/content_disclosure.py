"""Demo text of 'Chiến lược - Quy hoạch - Kế hoạch', 'Công khai thông tin' and 'Tiếp cận thông tin'."""

PLANS = {
    "plans": {
        "intro": "Chiến lược, quy hoạch tỉnh, kế hoạch phát triển kinh tế – xã hội và các kế hoạch chuyên ngành.",
        "pages": (
            ("Quy hoạch tỉnh thời kỳ 2021–2030, tầm nhìn đến năm 2050",
             "Quy hoạch tỉnh được Thủ tướng Chính phủ phê duyệt và điều chỉnh sau sắp xếp đơn vị hành chính.",
             ("Quy hoạch tỉnh xác định quan điểm, mục tiêu, phương án tổ chức không gian phát triển, phân bổ hạ tầng "
              "kỹ thuật, hạ tầng xã hội và sử dụng tài nguyên trên địa bàn.",
              "Hồ sơ quy hoạch, bản đồ và báo cáo thuyết minh được công bố công khai để tổ chức, cá nhân tra cứu.")),
            ("Kế hoạch phát triển kinh tế – xã hội 5 năm 2026–2030",
             "Các mục tiêu, chỉ tiêu chủ yếu và nhiệm vụ, giải pháp trọng tâm giai đoạn 2026–2030.",
             (["Tốc độ tăng trưởng GRDP bình quân 8–9%/năm.",
               "Tỷ lệ đô thị hóa đạt trên 45% vào năm 2030.",
               "100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình."],)),
            ("Kế hoạch chuyển đổi số năm 2026",
             "Nhiệm vụ phát triển chính quyền số, kinh tế số và xã hội số năm 2026.",
             ("Kế hoạch tập trung hoàn thiện nền tảng dữ liệu dùng chung, nâng cấp Cổng thông tin điện tử theo chuẩn chung "
              "và bảo đảm an toàn thông tin cho các hệ thống của tỉnh.",)),
        ),
    },
}

DISCLOSURE = {
    "public_disclosure": {
        "intro": "Thông tin phải công khai theo Luật Tiếp cận thông tin và các luật chuyên ngành: ngân sách, đầu tư công, "
                 "đấu thầu, đất đai, số liệu thống kê, tuyển dụng, phí và lệ phí.",
    },
    "public_disclosure.budget": {
        "intro": "Dự toán, tình hình thực hiện và quyết toán ngân sách địa phương (Luật Ngân sách nhà nước; Thông tư 343/2016/TT-BTC).",
        "pages": (
            ("Công khai dự toán ngân sách địa phương năm 2026",
             "Dự toán thu, chi ngân sách địa phương năm 2026 đã được Hội đồng nhân dân tỉnh quyết định.",
             ({"caption": "Dự toán ngân sách địa phương năm 2026 (số liệu minh họa, tỷ đồng)",
               "header": ("Nội dung", "Dự toán"),
               "rows": (("Tổng thu ngân sách nhà nước trên địa bàn", "22.500"),
                        ("Thu nội địa", "19.800"), ("Thu từ hoạt động xuất nhập khẩu", "2.700"),
                        ("Tổng chi ngân sách địa phương", "24.100"), ("Chi đầu tư phát triển", "9.600"),
                        ("Chi thường xuyên", "13.900"))},)),
            ("Công khai tình hình thực hiện dự toán ngân sách 9 tháng năm 2026",
             "Báo cáo tình hình thực hiện thu, chi ngân sách quý III năm 2026.",
             ("Thu ngân sách nhà nước 9 tháng đạt 74% dự toán, chi ngân sách địa phương đạt 68% dự toán.",)),
        ),
    },
    "public_disclosure.investment": {
        "intro": "Kế hoạch đầu tư công trung hạn, hằng năm và thông tin các dự án đầu tư trên địa bàn tỉnh.",
        "pages": (
            ("Kế hoạch đầu tư công năm 2026",
             "Danh mục dự án và mức vốn bố trí năm 2026 từ nguồn ngân sách địa phương.",
             ("Tổng kế hoạch vốn đầu tư công năm 2026 là 9.600 tỷ đồng, bố trí cho 215 dự án, trong đó 38 dự án khởi công mới.",)),
            ("Danh mục dự án kêu gọi đầu tư giai đoạn 2026–2030",
             "Các dự án hạ tầng khu công nghiệp, logistics, du lịch và nông nghiệp công nghệ cao.",
             ("Nhà đầu tư quan tâm liên hệ Trung tâm Xúc tiến đầu tư tỉnh để được cung cấp hồ sơ và hỗ trợ khảo sát.",)),
        ),
    },
    "public_disclosure.procurement": {
        "intro": "Kế hoạch lựa chọn nhà thầu, kết quả lựa chọn nhà thầu và mua sắm tập trung của tỉnh.",
        "pages": (
            ("Kết quả mua sắm tập trung năm 2026",
             "Danh mục tài sản mua sắm tập trung và nhà thầu trúng thầu.",
             ("Thông tin chi tiết về các gói thầu được đăng tải đồng thời trên Hệ thống mạng đấu thầu quốc gia "
              "(muasamcong.mpi.gov.vn).",)),
        ),
    },
    "public_disclosure.land": {
        "intro": "Quy hoạch, kế hoạch sử dụng đất, bảng giá đất, thu hồi đất, bồi thường, hỗ trợ và tái định cư.",
        "pages": (
            ("Kế hoạch sử dụng đất năm 2026",
             "Kế hoạch sử dụng đất năm 2026 của các xã, phường đã được phê duyệt.",
             ("Kế hoạch sử dụng đất xác định diện tích các loại đất, danh mục công trình, dự án cần thu hồi đất "
              "và chuyển mục đích sử dụng đất trong năm.",)),
            ("Bảng giá đất áp dụng từ ngày 01/01/2026",
             "Bảng giá đất do Ủy ban nhân dân tỉnh ban hành theo Luật Đất đai năm 2024.",
             ("Bảng giá đất là căn cứ tính tiền sử dụng đất, tiền thuê đất, thuế và phí liên quan đến đất đai.",)),
            ("Phương án bồi thường, hỗ trợ, tái định cư dự án đường kết nối khu công nghiệp",
             "Công khai phương án bồi thường để người dân có đất bị thu hồi theo dõi, góp ý.",
             ("Phương án được niêm yết tại trụ sở Ủy ban nhân dân xã, phường nơi có đất bị thu hồi trong 30 ngày.",)),
        ),
    },
    "public_disclosure.statistics": {
        "intro": "Báo cáo định kỳ, báo cáo tài chính năm và số liệu thống kê kinh tế – xã hội của tỉnh.",
        "pages": (
            ("Báo cáo tình hình kinh tế – xã hội tháng 10 năm 2026",
             "Các chỉ tiêu chủ yếu về sản xuất, thương mại, đầu tư, thu chi ngân sách và an sinh xã hội.",
             ("Chỉ số sản xuất công nghiệp tháng 10 tăng 9,1% so với cùng kỳ; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ "
              "tiêu dùng tăng 11,3%.",)),
            ("Niên giám thống kê năm 2025",
             "Số liệu thống kê chính thức năm 2025 do Thống kê tỉnh phát hành.",
             ("Niên giám gồm các số liệu về đất đai, dân số, lao động, tài khoản quốc gia, đầu tư, doanh nghiệp, nông nghiệp, "
              "công nghiệp, thương mại, giáo dục, y tế và văn hóa.",)),
        ),
    },
    "public_disclosure.recruitment": {
        "intro": "Thông báo tuyển dụng công chức, viên chức và kết quả tuyển dụng của các cơ quan, đơn vị thuộc tỉnh.",
        "pages": (
            ("Thông báo tuyển dụng viên chức ngành giáo dục năm 2026",
             "Tuyển 320 chỉ tiêu giáo viên mầm non, tiểu học và trung học cơ sở; nhận hồ sơ đến hết ngày 15/12/2026.",
             ("Người dự tuyển nộp phiếu đăng ký dự tuyển trực tuyến hoặc trực tiếp tại Sở Giáo dục và Đào tạo.",
              ["Điều kiện: có trình độ đào tạo phù hợp với vị trí việc làm theo quy định.",
               "Hình thức: xét tuyển theo Nghị định 115/2020/NĐ-CP và các văn bản sửa đổi, bổ sung."])),
        ),
    },
    "public_disclosure.fees": {
        "intro": "Các khoản phí, lệ phí và mức thu do Hội đồng nhân dân tỉnh quyết định theo Luật Phí và lệ phí.",
        "pages": (
            ("Danh mục phí, lệ phí thuộc thẩm quyền của Hội đồng nhân dân tỉnh",
             "Mức thu, đối tượng miễn, giảm và cơ quan thu của từng khoản phí, lệ phí.",
             ({"caption": "Một số khoản lệ phí (minh họa)",
               "header": ("Khoản thu", "Mức thu", "Ghi chú"),
               "rows": (("Lệ phí đăng ký hộ tịch (khai sinh đúng hạn)", "Miễn", "Theo Luật Hộ tịch"),
                        ("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", "75.000 đồng/giấy phép", "Giảm 50% khi nộp trực tuyến"),
                        ("Phí thẩm định hồ sơ cấp giấy chứng nhận quyền sử dụng đất", "Theo diện tích", "Xem nghị quyết"))},)),
        ),
    },
}

ACCESS = {
    "access_to_information": {
        "intro": "Công dân có quyền tiếp cận thông tin do cơ quan nhà nước tạo ra (Luật Tiếp cận thông tin số 104/2016/QH13). "
                 "Tại đây, bạn xem thông tin đã công khai, gửi yêu cầu cung cấp thông tin trực tuyến và theo dõi yêu cầu của mình.",
    },
    "access_to_information.focal_point": {
        "intro": "Đơn vị và người làm đầu mối cung cấp thông tin của {official} (Điều 9 Nghị định 13/2018/NĐ-CP).",
    },
    "access_to_information.regulation": {
        "intro": "Quy chế cung cấp thông tin cho công dân của Ủy ban nhân dân tỉnh.",
        "body": (
            "Quy chế quy định việc công khai thông tin, tiếp nhận và giải quyết yêu cầu cung cấp thông tin của công dân; "
            "trách nhiệm của đơn vị đầu mối và các cơ quan chuyên môn.",
            "## Những nội dung chính",
            ["Thông tin được cung cấp theo yêu cầu: thông tin phải công khai nhưng chưa được công khai, hết thời hạn công khai, "
             "hoặc thông tin có điều kiện khi đáp ứng điều kiện theo luật.",
             "Cách thức yêu cầu: trực tiếp, qua mạng điện tử, dịch vụ bưu chính, fax.",
             "Thời hạn: thông tin có sẵn được cung cấp trong 3 ngày làm việc; thông tin phức tạp trong 15 ngày làm việc, "
             "có thể gia hạn một lần không quá 15 ngày.",
             "Chi phí: người yêu cầu chỉ trả chi phí thực tế để in, sao, chụp, gửi thông tin (Thông tư 46/2018/TT-BTC)."],
        ),
    },
    "access_to_information.catalogue": {
        "intro": "Danh mục thông tin phải được công khai của Ủy ban nhân dân tỉnh, với hình thức và thời điểm công khai.",
        "body": (
            {"caption": "Danh mục thông tin phải công khai (trích)",
             "header": ("Thông tin", "Căn cứ", "Hình thức công khai", "Thời điểm"),
             "rows": (("Văn bản quy phạm pháp luật", "Điều 17 Luật TCTT", "Cổng thông tin điện tử; Công báo", "Ngay sau khi ban hành"),
                      ("Dự toán, quyết toán ngân sách", "Luật Ngân sách nhà nước", "Cổng thông tin điện tử", "Theo thời hạn luật định"),
                      ("Quy hoạch, kế hoạch sử dụng đất", "Luật Đất đai", "Cổng thông tin; niêm yết", "Trong 15 ngày kể từ khi phê duyệt"),
                      ("Thủ tục hành chính", "Nghị định 63/2010/NĐ-CP", "Cổng Dịch vụ công; niêm yết", "Ngay khi công bố"),
                      ("Tuyển dụng công chức, viên chức", "Luật Cán bộ, công chức", "Cổng thông tin; báo chí", "Trước kỳ tuyển dụng"))},
            "Danh mục đầy đủ được cập nhật khi có thông tin mới phải công khai; mỗi mục dẫn đến trang chứa thông tin tương ứng.",
        ),
    },
    "access_to_information.request": {
        "intro": "Gửi yêu cầu cung cấp thông tin trực tuyến theo Mẫu 01a (cá nhân) hoặc 01b (thông qua tổ chức) của Nghị định 13/2018/NĐ-CP.",
    },
    "access_to_information.lookup": {
        "intro": "Nhập mã số yêu cầu cùng thư điện tử hoặc số điện thoại đã khai để xem tình trạng giải quyết.",
    },
    "access_to_information.statistics": {
        "intro": "Số liệu công khai về các yêu cầu cung cấp thông tin đã tiếp nhận và kết quả giải quyết.",
    },
    "access_to_information.forms": {
        "intro": "Các biểu mẫu của Nghị định 13/2018/NĐ-CP, hướng dẫn yêu cầu cung cấp thông tin và nơi khiếu nại.",
        "body": (
            {"caption": "Biểu mẫu ban hành kèm theo Nghị định 13/2018/NĐ-CP",
             "header": ("Mẫu", "Tên biểu mẫu", "Ai sử dụng"),
             "rows": (("01a", "Phiếu yêu cầu cung cấp thông tin (cá nhân)", "Công dân"),
                      ("01b", "Phiếu yêu cầu cung cấp thông tin (thông qua tổ chức)", "Người đại diện tổ chức"),
                      ("02", "Phiếu tiếp nhận yêu cầu cung cấp thông tin", "Cơ quan cung cấp thông tin"),
                      ("03", "Thông báo về việc cung cấp thông tin", "Cơ quan cung cấp thông tin"),
                      ("04", "Thông báo về việc gia hạn cung cấp thông tin", "Cơ quan cung cấp thông tin"),
                      ("05", "Thông báo về việc từ chối yêu cầu cung cấp thông tin", "Cơ quan cung cấp thông tin"),
                      ("06", "Văn bản đồng ý cung cấp thông tin", "Người có thông tin liên quan"))},
            "## Khiếu nại, khởi kiện",
            "Nếu không đồng ý với việc giải quyết yêu cầu, bạn có quyền khiếu nại đến Chủ tịch Ủy ban nhân dân tỉnh "
            "theo Luật Khiếu nại hoặc khởi kiện tại Tòa án theo Luật Tố tụng hành chính (Điều 14 Luật Tiếp cận thông tin).",
        ),
        "pages": (
            ("Hướng dẫn yêu cầu cung cấp thông tin trực tuyến",
             "Các bước gửi yêu cầu, thời hạn trả lời và cách theo dõi kết quả.",
             (["Bước 1: Mở mục “Yêu cầu cung cấp thông tin”, điền đầy đủ các thông tin bắt buộc.",
               "Bước 2: Nêu rõ tên văn bản, hồ sơ, tài liệu cần cung cấp, mục đích yêu cầu và cách thức nhận thông tin.",
               "Bước 3: Ghi lại mã số yêu cầu để tra cứu; cơ quan thông báo kết quả qua thư điện tử hoặc điện thoại."],
              "Thông tin có sẵn được cung cấp trong 3 ngày làm việc kể từ ngày nhận yêu cầu hợp lệ.")),
        ),
    },
}
