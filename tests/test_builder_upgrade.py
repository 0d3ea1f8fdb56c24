"""setup_province converts a section whose page type the standard has changed, keeping its place and content."""

import dataclasses

import pytest
from wagtail.models import Locale

from cms.sections import standard
from cms.sections.builder import build_site
from cms.sections.models import ContentPage, LeadersPage, SectionPage
from tests.factories import ContentPageFactory


@pytest.mark.django_db
def test_setup_converts_a_section_to_the_page_type_the_standard_now_names(monkeypatch, section):
    science = section("science")
    child = ContentPageFactory(parent=science, title="Đề tài khoa học cấp tỉnh")
    upgraded = tuple(
        dataclasses.replace(s, page_type="sections.LeadersPage") if s.key == "science" else s
        for s in standard.SECTIONS
    )
    monkeypatch.setattr(standard, "SECTIONS", upgraded)
    monkeypatch.setattr(standard, "BY_KEY", {s.key: s for s in upgraded})

    build_site(standard.find_province("Tây Ninh"))

    converted = SectionPage.objects.get(section_key="science", locale__language_code="vi").specific
    assert isinstance(converted, LeadersPage)
    assert converted.slug == "khoa-hoc-cong-nghe" and converted.live
    assert ContentPage.objects.child_of(converted).filter(pk=child.pk).exists()
    english = converted.get_translation_or_none(Locale.objects.get(language_code="en"))
    assert english is not None and english.slug == "khoa-hoc-cong-nghe"


@pytest.mark.django_db
def test_setup_converts_several_sections_and_their_sub_sections_in_one_run(monkeypatch, section):
    """A database built by an early release had many sections of older types: converting one renumbers the tree
    paths of its siblings, so every later conversion and every sub-section must still land in the right place."""
    keys = {s.key for s in standard.SECTIONS if s.parent_key is None}
    keys |= {s.key for s in standard.SECTIONS if s.parent_key == "about"}
    before = {k: section(k).get_parent().specific.section_key if section(k).depth > 3 else None for k in keys}
    upgraded = tuple(
        dataclasses.replace(s, page_type="sections.LeadersPage") if s.key in keys else s
        for s in standard.SECTIONS
    )
    monkeypatch.setattr(standard, "SECTIONS", upgraded)
    monkeypatch.setattr(standard, "BY_KEY", {s.key: s for s in upgraded})

    build_site(standard.find_province("Tây Ninh"))

    home = section("about").get_parent()
    for key in keys:
        page = SectionPage.objects.get(section_key=key, locale__language_code="vi").specific
        assert isinstance(page, LeadersPage), key
        parent = page.get_parent().specific
        assert (parent.pk == home.pk) if before[key] is None else (parent.section_key == before[key]), key
    order = [p.specific.section_key for p in home.get_children().type(SectionPage)]
    assert order == [s.key for s in standard.SECTIONS if s.parent_key is None and s.key in order]


@pytest.mark.django_db
def test_search_figures_for_the_indicators_do_not_fail(site):
    import datetime

    from wagtail import hooks

    results = {}
    for fn in hooks.get_hooks("portal_indicators"):
        results.update(fn(site, datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)))
    assert "searches" in results
