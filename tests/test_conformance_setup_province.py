"""setup_province (DESIGN.md §7): idempotent, upgrades by adding only what is missing, and a bad
name changes nothing and lists the 34 provincial-level units."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision, Site

from cms.sections import lock, standard
from cms.sections.models import SectionPage

pytestmark = pytest.mark.django_db


def setup(*args, **kwargs):
    out = StringIO()
    call_command("setup_province", *args, stdout=out, **kwargs)
    return out.getvalue()


def state():
    """Everything a re-run must leave alone: the pages as stored, and how many revisions there are."""
    pages = list(Page.objects.order_by("path").values_list("pk", "path", "title", "slug", "live", "latest_revision_id"))
    return pages, Revision.objects.count(), Site.objects.count()


def test_second_run_changes_nothing(home):
    setup("--name", "Tây Ninh")
    before = state()
    out = setup("--name", "Tây Ninh")
    assert state() == before
    assert "không có thay đổi" in out


def test_upgrade_adds_only_a_missing_section_in_its_standard_place(home, section):
    setup("--name", "Tây Ninh")
    missing = section("about.units")
    with lock.structure_maintenance():
        for page in SectionPage.objects.filter(section_key="about.units"):  # vi and en, as before an upgrade
            page.delete()
    others = {p.section_key: (p.pk, p.title, p.slug) for p in SectionPage.objects.descendant_of(home)}
    pages_before = Page.objects.count()

    setup("--name", "Tây Ninh")

    assert Page.objects.count() == pages_before + 2  # the Vietnamese section and its English version
    added = section("about.units")
    assert added.pk != missing.pk and (added.title, added.slug) == ("Đơn vị hành chính", "don-vi-hanh-chinh")
    order = [p.section_key for p in SectionPage.objects.child_of(section("about")).order_by("path")]
    assert order == [s.key for s in standard.children_of("about")]
    after = {p.section_key: (p.pk, p.title, p.slug) for p in SectionPage.objects.descendant_of(home)}
    assert {k: v for k, v in after.items() if k != "about.units"} == others
    assert added.url == "/gioi-thieu/don-vi-hanh-chinh/"


def test_upgrade_repairs_a_section_missing_in_one_language_only(home, section):
    setup("--name", "Tây Ninh")
    with lock.structure_maintenance():
        section("direction.press").delete()
    setup("--name", "Tây Ninh")
    assert SectionPage.objects.filter(section_key="direction.press").count() == 2
    assert SectionPage.objects.descendant_of(home).filter(section_key="direction.press").count() == 1


def test_rerun_repairs_a_section_renamed_behind_the_admins_back(section):
    page = section("science")
    Page.objects.filter(pk=page.pk).update(title="KH-CN", slug="kh-cn")
    setup("--name", "Tây Ninh")
    repaired = Page.objects.get(pk=page.pk)
    assert (repaired.title, repaired.slug) == ("Khoa học - Công nghệ", "khoa-hoc-cong-nghe")


def test_bad_name_changes_nothing_and_lists_the_34_units(home):
    before = state()
    with pytest.raises(CommandError) as caught:
        setup("--name", "Hà Tây")
    message = str(caught.value)
    assert "Hà Tây" in message
    for province in standard.PROVINCES:
        assert province.name in message
    assert len(standard.PROVINCES) == 34
    assert state() == before


@pytest.mark.parametrize(
    ("given", "slug"),
    [
        ("tay ninh", "tay-ninh"),
        ("TÂY NINH", "tay-ninh"),
        ("Tỉnh Tây Ninh", "tay-ninh"),
        ("TP Hồ Chí Minh", "ho-chi-minh"),
        ("Thành phố Hồ Chí Minh", "ho-chi-minh"),
        ("tp. ho chi minh", "ho-chi-minh"),
        ("dak lak", "dak-lak"),
        ("Đắk Lắk", "dak-lak"),
        ("Thanh Hoá", "thanh-hoa"),
        ("lam-dong", "lam-dong"),
        ("  Huế ", "hue"),
    ],
)
def test_names_are_accent_insensitive(given, slug):
    province = standard.find_province(given)
    assert province is not None and province.slug == slug


@pytest.mark.parametrize("given", ["", "Hà Tây", "Bình Dương", "Tây", "Ninh"])
def test_names_that_are_not_a_unit_are_refused(given):
    assert standard.find_province(given) is None


def test_command_accepts_a_name_without_accents(home):
    before = state()
    out = setup("--name", "tay ninh")
    assert "Tây Ninh" in out
    assert state()[0] == before[0]
