import pytest

from cms.sections import standard


@pytest.mark.django_db
def test_every_standard_section_is_served(client):
    for spec in standard.SECTIONS:
        response = client.get(standard.path_of(spec.key))
        assert response.status_code == 200, spec.key
        assert spec.title in response.content.decode()


@pytest.mark.django_db
def test_unknown_url_gives_vietnamese_404(client):
    response = client.get("/khong-ton-tai/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode() or "Page not found" in response.content.decode()
