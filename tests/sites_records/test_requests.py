"""Information requests per body: a commune's request is the commune's; its staff see only their own."""

import pytest

from cms.requests.models import InfoRequest, RequestLookupPage
from tests.info_requests.factories import InfoRequestFactory

from .conftest import DEPARTMENT_HOST, add_section

pytestmark = pytest.mark.django_db

ADMIN = "/admin/inforequest/"


@pytest.fixture
def reqs(site, department):
    return (InfoRequestFactory(site=department, full_name="Người hỏi Sở"),
            InfoRequestFactory(site=site, full_name="Người hỏi tỉnh"))


def test_a_request_made_on_a_component_site_belongs_to_it(client, department):
    from cms.requests.forms import RequestForm
    from cms.requests.models import RequestFormPage
    from tests.info_requests.factories import VALID_POST

    page = add_section(department, RequestFormPage, "gui-yeu-cau", "access_to_information.request")
    response = client.post(page.url, {**VALID_POST, "token": RequestForm().initial["token"]},
                           HTTP_HOST=DEPARTMENT_HOST)
    assert response.status_code in (200, 302)
    assert InfoRequest.objects.get(email=VALID_POST["email"]).site == department


def test_lookup_on_a_component_site_does_not_find_another_sites_request(client, department, reqs):
    own, other = reqs
    page = add_section(department, RequestLookupPage, "tra-cuu", "access_to_information.lookup")
    found = client.post(page.url, {"code": own.display_code, "contact": own.email}, HTTP_HOST=DEPARTMENT_HOST)
    assert found.templates[0].name == "info_requests/request_status.html"
    missed = client.post(page.url, {"code": other.display_code, "contact": other.email}, HTTP_HOST=DEPARTMENT_HOST)
    assert missed.templates[0].name != "info_requests/request_status.html"


def test_component_staff_list_only_their_sites_requests(department_client, reqs):
    content = department_client.get(ADMIN).content.decode()
    assert reqs[0].display_code in content and reqs[1].display_code not in content


def test_province_staff_list_every_request_and_filter_by_site(province_client, reqs, department):
    content = province_client.get(ADMIN).content.decode()
    assert reqs[0].display_code in content and reqs[1].display_code in content
    content = province_client.get(ADMIN, {"site": department.pk}).content.decode()
    assert reqs[0].display_code in content and reqs[1].display_code not in content


def test_component_staff_open_their_request(department_client, reqs):
    assert department_client.get(f"{ADMIN}edit/{reqs[0].pk}/").status_code == 200


@pytest.mark.parametrize("url", ["edit/{pk}/", "history/{pk}/", "usage/{pk}/", "action/{pk}/classify/",
                                 "document/{pk}/02/", "file/{pk}/1/"])
def test_component_staff_cannot_open_another_sites_request(department_client, reqs, url):
    assert department_client.get(ADMIN + url.format(pk=reqs[1].pk)).status_code == 404


def test_forged_action_on_another_sites_request_changes_nothing(department_client, reqs):
    other = reqs[1]
    response = department_client.post(f"{ADMIN}action/{other.pk}/classify/", {"complexity": "simple"})
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.complexity == InfoRequest.objects.get(pk=other.pk).complexity
    assert not other.events.filter(action="classified").exists()


@pytest.fixture
def yearly(site, department):
    """Requests of this year: 3 on the province's site, 2 on the department's."""
    for _ in range(3):
        InfoRequestFactory(site=site)
    for _ in range(2):
        InfoRequestFactory(site=department)


def _received(response):
    import json

    return json.loads(response.content)["total"]["received"]


def test_province_statistics_show_its_own_every_bodys_or_one_bodys(client, section, yearly, department):
    url = section("access_to_information.statistics").url
    response = client.get(url)
    assert response.context["total"]["received"] == 3
    assert [value for value, _label in response.context["bodies"]][:3] == ["", "toan-tinh", "so-tu-phap"]
    assert client.get(url, {"don-vi": "toan-tinh"}).context["total"]["received"] == 5
    response = client.get(url, {"don-vi": "so-tu-phap"})
    assert response.context["total"]["received"] == 2
    assert '<option value="so-tu-phap" selected>' in response.content.decode()
    assert "don-vi=so-tu-phap" in response.content.decode()  # the downloads keep the body
    assert _received(client.get(url + "json/", {"don-vi": "toan-tinh"})) == 5
    assert _received(client.get(url + "json/", {"don-vi": "so-tu-phap"})) == 2
    csv_text = client.get(url + "bao-cao/csv/", {"don-vi": "so-tu-phap"}).content.decode("utf-8-sig")
    assert csv_text.splitlines()[-1].split(",")[1] == "2"


def test_unknown_body_gets_a_message_and_the_provinces_own_figures(client, section, yearly):
    url = section("access_to_information.statistics").url
    response = client.get(url, {"don-vi": "<khong-co>"})
    assert response.status_code == 400
    assert response.context["total"]["received"] == 3
    assert "no such body" in response.content.decode() or "Không có cơ quan" in response.content.decode()
    assert client.get(url + "json/", {"don-vi": "khong-co"}).status_code == 400


def test_component_statistics_show_only_their_own_whatever_the_body_asked(client, yearly, department):
    from cms.requests.models import RequestStatisticsPage

    page = add_section(department, RequestStatisticsPage, "thong-ke", "access_to_information.statistics")
    response = client.get(page.url, HTTP_HOST=DEPARTMENT_HOST)
    assert response.context["total"]["received"] == 2 and response.context["bodies"] == []
    response = client.get(page.url, {"don-vi": "toan-tinh"}, HTTP_HOST=DEPARTMENT_HOST)
    assert response.status_code == 400 and response.context["total"]["received"] == 2
    assert client.get(page.url + "json/", {"don-vi": "toan-tinh"}, HTTP_HOST=DEPARTMENT_HOST).status_code == 400
