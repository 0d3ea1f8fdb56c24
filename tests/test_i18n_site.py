"""The public site reads fully in Vietnamese at / and in English at /en/; the catalogues are complete."""

import ast
import gettext
import html as html_lib
import re
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale

from cms.core.models import ProvinceSettings

ROOT = Path(settings.BASE_DIR)
CATALOGUES = [
    ROOT / "locale/vi/LC_MESSAGES/django.po",
    ROOT / "cms/core/locale/vi/LC_MESSAGES/django.po",
    ROOT / "cms/sections/locale/vi/LC_MESSAGES/django.po",
    ROOT / "cms/news/locale/vi/LC_MESSAGES/django.po",
]

# English interface strings of the layout and the home panels that must never show on the Vietnamese site.
ENGLISH_UI = [
    "Skip to main content", "Electronic information portal", "Search the portal", "Text size", "Main menu",
    "Quick access", "Hotline", "Request information", "Search documents", "Questions and answers",
    "Public services", "News and events", "Quick services", "Track a request", "Legal documents",
    "Open consultations", "National portals", "National Public Service Portal", "Government portal",
    "Working hours", "Address", "Phone", "Editor in charge", "Information focal point", "Footer",
    "Leaders' work schedule", "No news has been published yet.", "Home",
]


def visible_text(page_html):
    """Text a person reads or hears: element text plus aria-label, alt, title and placeholder attributes."""
    page_html = re.sub(r"<(script|style)\b.*?</\1>", " ", page_html, flags=re.S)
    attributes = re.findall(r'(?:aria-label|alt|title|placeholder)="([^"]*)"', page_html)
    text = re.sub(r"<[^>]+>", " ", page_html)
    return html_lib.unescape(" ".join([text, *attributes]))


@pytest.fixture
def filled_settings(site):
    settings_ = ProvinceSettings.for_site(site)
    settings_.hotline = "1022"
    settings_.phone = "0276 3822 306"
    settings_.address = "Số 1 đường Trung tâm Hành chính"
    settings_.working_hours = "Thứ Hai đến Thứ Sáu"
    settings_.editor_in_charge = "Ông Trần Quốc Bảo"
    settings_.save()
    return settings_


def test_home_page_in_vietnamese_has_no_english_interface_strings(client, filled_settings, home):
    response = client.get("/")
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    found = [phrase for phrase in ENGLISH_UI if re.search(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", text)]
    assert found == []
    assert '<html lang="vi"' in response.content.decode()


def test_home_page_in_english_uses_english_interface(client, filled_settings, home):
    english_home = home.get_translation(Locale.objects.get(language_code="en"))
    response = client.get(english_home.url)
    assert english_home.url == "/en/"
    text = visible_text(response.content.decode())
    for phrase in ("Skip to main content", "Quick services", "Hotline", "National portals"):
        assert phrase in text, phrase
    assert '<html lang="en"' in response.content.decode()


def test_section_page_in_vietnamese_has_no_english_interface_strings(client, filled_settings, section):
    text = visible_text(client.get(section("about.contact").url).content.decode())
    found = [phrase for phrase in ENGLISH_UI if re.search(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", text)]
    assert found == []


def read_po(path):
    """[(key, msgstr, flags)] of a .po file (key: msgid, prefixed by its context), header left out."""
    entries, current, field, flags = [], {}, None, set()
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#,"):
            flags |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith(("msgid ", "msgstr ", "msgid_plural ", "msgstr[", "msgctxt ")):
            field, _, value = line.partition(" ")
            current[field] = ast.literal_eval(value)
        elif line.startswith('"') and field:
            current[field] += ast.literal_eval(line)
        elif not line.strip() and current:
            if current.get("msgid"):
                key = current["msgid"]
                if "msgctxt" in current:
                    key = f"{current['msgctxt']}\x04{key}"  # how gettext stores a message with a context
                entries.append((key, current.get("msgstr", current.get("msgstr[0]", "")), flags))
            current, field, flags = {}, None, set()
    return entries


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_translates_every_string(path):
    entries = read_po(path)
    assert entries
    untranslated = [msgid for msgid, msgstr, flags in entries if not msgstr or "fuzzy" in flags]
    assert untranslated == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiled_catalogue_matches_its_source(path):
    with path.with_suffix(".mo").open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)._catalog
    for msgid, msgstr, _ in read_po(path):
        assert catalogue.get(msgid) == msgstr, msgid
