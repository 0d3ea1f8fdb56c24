"""The visitor's address behind a trusted reverse proxy, and no spoofing without one."""

from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from cms.core.middleware import TrustedProxyMiddleware


def _seen_address(**meta):
    seen = {}

    def view(request):
        seen["ip"] = request.META["REMOTE_ADDR"]
        return HttpResponse()

    TrustedProxyMiddleware(view)(RequestFactory().get("/", **meta))
    return seen["ip"]


@override_settings(TRUSTED_PROXY_IPS=["127.0.0.1"])
def test_address_comes_from_forwarded_for_behind_a_trusted_proxy():
    assert _seen_address(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9") == "203.0.113.9"


@override_settings(TRUSTED_PROXY_IPS=["127.0.0.1"])
def test_forwarded_for_from_an_untrusted_client_is_ignored():
    assert _seen_address(REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="1.2.3.4") == "198.51.100.7"


@override_settings(TRUSTED_PROXY_IPS=[])
def test_without_trusted_proxies_the_socket_address_is_kept():
    assert _seen_address(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4") == "127.0.0.1"
