"""Builds and repairs the standard tree of a site (used by `setup_province`). Idempotent."""

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from wagtail.models import Locale, Page, Site

from . import standard
from .lock import structure_maintenance
from .models import HomePage, SectionPage

logger = logging.getLogger(__name__)

HOME_TITLES = {"vi": "Trang chủ", "en": "Home"}


@dataclass
class BuildResult:
    created: list = field(default_factory=list)
    repaired: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.created or self.repaired)


def page_model(label):
    return apps.get_model(label)


def ensure_locales():
    vi, _ = Locale.objects.get_or_create(language_code="vi")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return vi, en


def _publish(page):
    revision = page.save_revision(log_action=False, clean=False)
    revision.publish(log_action=False, skip_permission_checks=True)


def ensure_home(site_hostname, site_name, slug, result, port=80):
    """The site's Vietnamese home page, replacing Wagtail's placeholder welcome page."""
    vi, _ = ensure_locales()
    root = Page.get_first_root_node()
    site = Site.objects.filter(hostname=site_hostname, port=port).first() or Site.objects.filter(is_default_site=True).first()
    home = None
    if site is not None and isinstance(site.root_page.specific, HomePage):
        home = site.root_page.specific
    if home is None:
        home = HomePage(title=HOME_TITLES["vi"], slug=slug, locale=vi)
        root.add_child(instance=home)
        _publish(home)
        result.created.append("home")
        if site is None:
            site = Site.objects.create(hostname=site_hostname, port=port, site_name=site_name,
                                       root_page=home, is_default_site=not Site.objects.exists())
        else:
            placeholder = site.root_page
            site.root_page = home
            site.save()
            _remove_placeholder(placeholder)
    if site.site_name != site_name:
        site.site_name = site_name
        site.save(update_fields=["site_name"])
    return site, home


def _remove_placeholder(page):
    """Delete Wagtail's default 'Welcome' page if nothing else uses it."""
    page = page.specific
    if type(page) is Page and page.depth == 2 and page.is_leaf() and not Site.objects.filter(root_page=page).exists():
        page.delete()


def _next_standard_sibling(parent, spec, existing, sections=None):
    siblings = [s for s in (sections or standard.SECTIONS) if s.parent_key == spec.parent_key]
    later = siblings[siblings.index(spec) + 1:]
    for other in later:
        page = existing.get(other.key)
        if page is not None:
            return page
    return None


def _free_slug(parent, slug):
    """Rename an editor's page that took a standard slug, so the section can have it."""
    clash = parent.get_children().filter(slug=slug).first()
    if clash is None:
        return
    clash = clash.specific
    if isinstance(clash, SectionPage):
        return
    n = 1
    while parent.get_children().filter(slug=f"{slug}-{n}").exists():
        n += 1
    clash.slug = f"{slug}-{n}"
    clash.save(update_fields=["slug", "url_path"])
    logger.warning("Renamed page %s to free the standard slug %s", clash.pk, slug)


def _convert(page, model, spec):
    """Replace a section of an outdated page type by one of the type the standard now names."""
    old_key = page.translation_key
    # A temporary key and slug: the duplicate guard holds during the swap too.
    new = model(
        title=page.title, slug=f"{spec.slug}-new", section_key=f"{spec.key}.converting", locale_id=page.locale_id,
        intro=page.intro, body=page.body.raw_data,
    )
    page.add_sibling(pos="right", instance=new)
    for child in page.get_children():
        child.move(new, pos="last-child")
    page.delete()
    new = model.objects.get(pk=new.pk)
    new.slug = spec.slug
    new.section_key = spec.key
    new.translation_key = old_key
    new.save()
    _publish(new)
    return new


def ensure_sections(home, result, language="vi", sections=None):
    """Create missing sections, fix renamed ones, convert outdated types; in standard order.
    `sections` is the tree to build (the province's by default; a component site's, DESIGN.md §9)."""
    sections = sections or standard.SECTIONS

    def load():
        return {p.section_key: p for p in SectionPage.objects.descendant_of(home).specific()}

    existing = load()
    # Adding, moving or converting a page renumbers its siblings' tree paths: once the tree has changed,
    # the pages held in `existing` are stale and must be read again before being used as parents.
    stale = False
    for spec in sections:
        if stale:
            existing, stale = load(), False
        parent = home if spec.parent_key is None else existing[spec.parent_key]
        model = page_model(spec.page_type)
        title = spec.title if language == "vi" else spec.title_en
        page = existing.get(spec.key)
        if page is None:
            _free_slug(parent, spec.slug)
            page = model(title=title, slug=spec.slug, section_key=spec.key, locale_id=home.locale_id)
            parent.add_child(instance=page)
            following = _next_standard_sibling(parent, spec, existing, sections)
            if following is not None:
                page.move(following, pos="left")
                page = model.objects.get(pk=page.pk)
            _publish(page)
            existing[spec.key] = page
            stale = True
            result.created.append(f"{language}:{spec.key}")
            continue
        if type(page) is not model:
            existing[spec.key] = page = _convert(page, model, spec)
            stale = True
            result.repaired.append(f"{language}:{spec.key}: type")
        if page.title != title or page.slug != spec.slug or not page.live:
            page.title, page.slug = title, spec.slug
            page.save()
            _publish(page)
            result.repaired.append(f"{language}:{spec.key}: title/slug")
    return existing


def ensure_translation(page, locale, title):
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
        translation.title = title
        translation.save()
        _publish(translation)
        return translation.specific, True
    return translation.specific, False


def ensure_english(home, result):
    _, en = ensure_locales()
    english_home, created = ensure_translation(home, en, HOME_TITLES["en"])
    if created:
        result.created.append("en:home")
    vi_pages = {p.section_key: p for p in SectionPage.objects.descendant_of(home)}
    en_pages = {p.section_key: p for p in SectionPage.objects.descendant_of(english_home)}
    for spec in standard.SECTIONS:
        vi_page = vi_pages.get(spec.key)
        if vi_page is None:
            continue
        en_page = en_pages.get(spec.key)
        if en_page is not None and en_page.translation_key != vi_page.translation_key:
            # One language's section was re-created: link it to the other instead of adding a second one.
            Page.objects.filter(pk=vi_page.pk).update(translation_key=en_page.translation_key)
            result.repaired.append(f"vi:{spec.key}: translation link")
            continue
        _, created = ensure_translation(vi_page, en, spec.title_en)
        if created:
            result.created.append(f"en:{spec.key}")
    ensure_sections(english_home, result, language="en")
    return english_home


def build_site(province, hostname="localhost", port=80):
    """Build or repair the province's site, in Vietnamese and English, in one transaction."""
    result = BuildResult()
    with transaction.atomic(), structure_maintenance():
        site, home = ensure_home(hostname, province.official_name, "trang-chu", result, port=port)
        ensure_sections(home, result)
        ensure_english(home, result)
    return site, home, result
