"""English content of the mandatory English pages (Decree 42/2022 Art. 7(2)): organisation, functions and
powers, leaders and the contacts of competent officials. Placeholders: {Province} "Tây Ninh Province",
{committee} "People's Committee of Tây Ninh Province", {phone}, {email}, {address}, {focal_*}."""

ENGLISH_HOME = (
    "Welcome to the English pages of the electronic information portal of the {committee}. They present the "
    "organisation, functions and powers of the provincial administration, its leaders, how to contact it and the "
    "focal point for information provision. News, legal documents and online services are published in Vietnamese."
)

ENGLISH = {
    "about": {
        "intro": "General information about {Province}: its organisation, leaders, administrative units and contacts.",
    },
    "about.overview": {
        "intro": "{Province} is a provincial-level administrative unit of Viet Nam. Since 1 July 2025 local government has "
                 "two levels: the province and its communes, wards and special zones.",
    },
    "about.organisation": {
        "intro": "Organisation, functions, duties and powers of the {committee} and its specialised agencies.",
        "body": (
            "## The Provincial People's Committee",
            "The People's Committee is elected by the Provincial People's Council. It is the executive body of the Council and "
            "the local state administrative body, accountable to the people of the province, to the People's Council and to "
            "the state administrative bodies at the higher level (Law on the Organisation of Local Government, 2025).",
            "It consists of a Chair, Vice Chairs and members. Its specialised agencies are the provincial departments.",
            "## Main duties and powers",
            ["Submitting matters within its competence to the People's Council and implementing the Council's resolutions.",
             "Organising its specialised agencies and defining their duties and powers.",
             "Implementing the local budget; managing land, natural resources, planning and public investment.",
             "Ensuring defence, security and public order; carrying out administrative reform and digital transformation."],
            {"caption": "Specialised agencies of the Provincial People's Committee",
             "header": ("Agency", "Main responsibilities"),
             "rows": (("Office of the Provincial People's Committee", "General advice, control of administrative procedures, the portal"),
                      ("Department of Home Affairs", "Organisation, civil servants, local government, labour"),
                      ("Department of Justice", "Legal documents, legal dissemination, civil status"),
                      ("Department of Finance", "Finance, budget, planning and investment, business registration"),
                      ("Department of Construction", "Construction, planning, housing, transport"),
                      ("Department of Agriculture and Environment", "Agriculture, land, natural resources, environment"),
                      ("Department of Science and Technology", "Science, technology, innovation, digital transformation"),
                      ("Department of Education and Training", "Pre-school, general and continuing education"),
                      ("Department of Health", "Health care, social protection, children"),
                      ("Department of Culture, Sports and Tourism", "Culture, sports, tourism, press and publishing"),
                      ("Department of Industry and Trade", "Industry, trade, energy"),
                      ("Provincial Inspectorate", "Inspection, citizen reception, complaints and denunciations, anti-corruption"))},
        ),
    },
    "about.leaders": {
        "intro": "Leaders of the {committee}: name, position, portfolio and official contacts.",
        "body": (
            {"caption": "Leaders and their portfolios",
             "header": ("Name", "Position", "Portfolio"),
             "rows": (("Nguyễn Văn Thành", "Chair", "Overall direction; home affairs, defence, security, inspection, justice, foreign affairs"),
                      ("Trần Thị Minh Hằng", "Standing Vice Chair", "Finance, budget, planning and investment, administrative reform"),
                      ("Lê Hoàng Phúc", "Vice Chair", "Construction, transport, natural resources, land, site clearance"),
                      ("Phạm Thị Ngọc Lan", "Vice Chair", "Education, health, culture, sports, tourism, labour and social affairs"),
                      ("Võ Minh Khoa", "Vice Chair", "Agriculture, environment, science and technology, industry and trade"))},
            "Official phone numbers and email addresses of each leader are listed below.",
        ),
    },
    "about.contact": {
        "intro": "How to reach the {committee}.",
        "body": (
            "Citizens and organisations may write to the Provincial People's Committee by email, call the hotline 1022, use the "
            "official Zalo account, or come to the Provincial Citizen Reception Office during working hours "
            "(Monday to Friday, 7:00–11:30 and 13:30–17:00).",
        ),
    },
    "access_to_information.focal_point": {
        "intro": "The unit and the person who provide information to citizens on behalf of the {committee} "
                 "(Law on Access to Information 104/2016/QH13; Decree 13/2018/ND-CP, Art. 9).",
        "body": (
            "Focal point: the Office of the Provincial People's Committee — {focal_person_en}, Deputy Chief of Office and "
            "authorised spokesperson. Phone {focal_phone}; email {focal_email}.",
            "Requests for information may be sent online through the request form (in Vietnamese), by post, or in person.",
        ),
    },
}
