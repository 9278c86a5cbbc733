"""Static files are served by whitenoise, hashed and compressed, with DEBUG off."""

import pytest
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage


@pytest.mark.django_db
def test_pages_link_hashed_static_files(client):
    assert settings.DEBUG is False
    html = client.get("/").text
    hashed = staticfiles_storage.url("css/portal.css")
    assert hashed != "/static/css/portal.css"
    assert hashed in html


def test_whitenoise_serves_them_compressed_and_cached_forever(client):
    url = staticfiles_storage.url("vendor/bootstrap/css/bootstrap.min.css")
    response = client.get(url, headers={"accept-encoding": "br, gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]


def test_vendored_assets_carry_their_licences():
    vendor = settings.BASE_DIR / "static" / "vendor"
    for package in ("bootstrap", "bootstrap-icons", "noto-nastaliq-urdu", "tom-select"):
        assert (vendor / package / "LICENSE").is_file(), package
