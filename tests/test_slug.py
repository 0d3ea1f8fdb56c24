"""Vietnamese slugs (DESIGN.md §1): lower case, every mark removed, đ/Đ → d, for every slug we make."""

import unicodedata

import pytest

from cms.core.text import fold, slugify_vi
from cms.sections.models import ContentPage

TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
VOWELS = "aăâeêioôơuưy"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Đầu mối", "dau-moi"),
        ("Đầu mối cung cấp thông tin", "dau-moi-cung-cap-thong-tin"),
        ("đường Điện Biên Phủ", "duong-dien-bien-phu"),
        ("ĐẮK LẮK", "dak-lak"),
        ("\u00d0ồng Nai", "dong-nai"),  # U+00D0, often pasted from Word instead of Đ
        ("Tin tức - Sự kiện", "tin-tuc-su-kien"),
        ("Quyết định số 12/2024/QĐ-UBND", "quyet-dinh-so-12-2024-qd-ubnd"),
        ("  Thông báo:  lịch   tiếp dân!  ", "thong-bao-lich-tiep-dan"),
        ("Hỏi đáp", "hoi-dap"),
        ("Ủy ban nhân dân", "uy-ban-nhan-dan"),
        ("Thanh Hoá", "thanh-hoa"),
    ],
)
def test_slugify_vi_examples(text, slug):
    assert slugify_vi(text) == slug


@pytest.mark.parametrize("vowel", VOWELS + VOWELS.upper())
def test_every_tone_mark_is_removed(vowel):
    base = fold(vowel)
    for tone in TONES:
        composed = unicodedata.normalize("NFC", vowel + tone)
        assert slugify_vi(composed) == base, composed
        assert slugify_vi(unicodedata.normalize("NFD", composed)) == base, "decomposed " + composed


def test_vowel_marks_map_to_plain_letters():
    assert slugify_vi("ă â ê ô ơ ư Ă Â Ê Ô Ơ Ư") == "a-a-e-o-o-u-a-a-e-o-o-u"


def test_slug_is_cut_at_a_word_boundary_without_a_trailing_dash():
    slug = slugify_vi("Kế hoạch " * 40, max_length=50)
    assert len(slug) <= 50 and not slug.endswith("-")


def test_text_without_letters_gives_an_empty_slug():
    assert slugify_vi("!!! —") == ""


@pytest.mark.django_db
def test_content_page_saved_in_code_with_an_empty_slug_gets_the_vietnamese_slug(section):
    parent = section("plans")
    page = parent.add_child(instance=ContentPage(title="Đề án phát triển đô thị", slug=""))
    assert page.slug == "de-an-phat-trien-do-thi"
    second = parent.add_child(instance=ContentPage(title="Đề án phát triển đô thị", slug=""))
    assert second.slug == "de-an-phat-trien-do-thi-2"
