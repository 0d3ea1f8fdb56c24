"""The conformance report (DESIGN.md §6): does this instance still keep the standard?

The report is a list of checks, each with a code, a Vietnamese message and a status.
Each capability adds its own checks with the `portal_conformance_checks` Wagtail hook:
a function (site) -> iterable of Check.
"""

from dataclasses import asdict, dataclass, field
from datetime import timedelta

from django.conf import settings as django_settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Locale, Page, Site

from . import standard
from .models import HomePage, SectionPage

PASS = "pass"
FAIL = "fail"
WARN = "warn"  # reported, but does not make the instance non-conformant

STALE_AFTER_DAYS = 365


@dataclass
class Check:
    code: str
    status: str
    message: str
    details: dict = field(default_factory=dict)


@dataclass
class SiteReport:
    hostname: str
    site_name: str
    checks: list
    kind: str = standard.PROVINCE

    @property
    def conformant(self):
        return all(check.status != FAIL for check in self.checks)

    def as_dict(self):
        return {
            "hostname": self.hostname,
            "site_name": self.site_name,
            "kind": str(self.kind),
            "conformant": self.conformant,
            "checks": [asdict(check) for check in self.checks],
        }


def _expected_parent_path(home, spec, pages_by_key):
    if spec.parent_key is None:
        return home.path
    parent = pages_by_key.get(spec.parent_key)
    return parent.path if parent else None


def structure_checks(home, language_code="vi", kind=standard.PROVINCE):
    """Every section of the standard tree of the site's kind present once, with its key, title, slug,
    parent and position."""
    sections = standard.sections_for(kind)
    tree = {s.key: s for s in sections}
    checks = []
    pages = list(
        SectionPage.objects.descendant_of(home).only(
            "id", "title", "slug", "path", "depth", "section_key", "live", "last_published_at", "url_path"
        )
    )
    by_key = {}
    for page in pages:
        if page.section_key in by_key:
            checks.append(Check("section.duplicate", FAIL,
                                _("Section “%(key)s” exists more than once.") % {"key": page.section_key},
                                {"key": page.section_key}))
        by_key.setdefault(page.section_key, page)

    for spec in sections:
        page = by_key.get(spec.key)
        title = spec.title if language_code == "vi" else spec.title_en
        if page is None:
            checks.append(Check("section.missing", FAIL,
                                _("The section “%(title)s” (%(key)s) is missing.") % {"title": spec.title, "key": spec.key},
                                {"key": spec.key}))
            continue
        problems = []
        if page.title != title:
            problems.append(_("its title is “%(actual)s” instead of “%(expected)s”") % {"actual": page.title, "expected": title})
        if page.slug != spec.slug:
            problems.append(_("its address is “%(actual)s” instead of “%(expected)s”") % {"actual": page.slug, "expected": spec.slug})
        expected_parent = _expected_parent_path(home, spec, by_key)
        if expected_parent is not None and page.path[: -Page.steplen] != expected_parent:
            problems.append(_("it is not in its standard place in the tree"))
        if not page.live:
            problems.append(_("it is not published"))
        if problems:
            checks.append(Check("section.changed", FAIL,
                                _("The section “%(title)s” (%(key)s) differs from the standard: %(problems)s.")
                                % {"title": spec.title, "key": spec.key, "problems": "; ".join(problems)},
                                {"key": spec.key}))
    # Position: siblings of each parent must follow the standard order (misplaced ones are reported above).
    for parent_key in [None] + [s.key for s in sections]:
        specs = [s for s in sections if s.parent_key == parent_key]
        parent_path = home.path if parent_key is None else getattr(by_key.get(parent_key), "path", None)
        present = [by_key[s.key] for s in specs if s.key in by_key and by_key[s.key].path[: -Page.steplen] == parent_path]
        if [p.section_key for p in sorted(present, key=lambda p: p.path)] != [p.section_key for p in present]:
            checks.append(Check("section.order", FAIL,
                                _("The sections under “%(parent)s” are not in the standard order.")
                                % {"parent": tree[parent_key].title if parent_key else _("home page")},
                                {"parent": parent_key}))
    unknown = set(by_key) - set(tree)
    for key in sorted(unknown):
        checks.append(Check("section.unknown", FAIL, _("“%(key)s” is not a standard section.") % {"key": key}, {"key": key}))
    if not any(c.status == FAIL for c in checks):
        checks.append(Check("structure", PASS, _("All %(count)d standard sections are present and unchanged.")
                            % {"count": len(sections)}))
    return checks, by_key


def _live_child_counts(parents):
    """{parent path: number of live children} for the given pages, in one query."""
    paths = {p.path for p in parents}
    counts = dict.fromkeys(paths, 0)
    if not paths:
        return counts
    depths = {p.depth + 1 for p in parents}
    for path in Page.objects.live().filter(depth__in=depths).values_list("path", flat=True):
        parent_path = path[: -Page.steplen]
        if parent_path in counts:
            counts[parent_path] += 1
    return counts


def content_checks(by_key, now=None, kind=standard.PROVINCE):
    """Mandatory sections hold content, and are not stale."""
    tree = {s.key: s for s in standard.sections_for(kind)}
    parents = {s.parent_key for s in tree.values()}
    now = now or timezone.now()
    stale_before = now - timedelta(days=STALE_AFTER_DAYS)
    checks = []
    child_counts = _live_child_counts(by_key.values())
    sections = SectionPage.objects.filter(pk__in=[p.pk for p in by_key.values()]).only(
        "pk", "body", "intro", "section_key", "last_published_at", "path"
    )
    for section in sections:
        spec = tree.get(section.section_key)
        if spec is None or not spec.mandatory or not spec.holds_content:
            continue  # service sections are filled by their app
        if spec.key in parents:
            continue  # container sections are judged by their sub-sections
        has_body = bool(section.intro) or len(section.body) > 0
        has_children = child_counts.get(section.path, 0) > 0
        if not (has_body or has_children or spec.page_type != standard.DEFAULT_PAGE_TYPE):
            checks.append(Check("section.empty", FAIL,
                                _("The section “%(title)s” has no content yet.") % {"title": spec.title},
                                {"key": spec.key}))
        elif section.last_published_at and section.last_published_at < stale_before and not has_children:
            checks.append(Check("section.stale", WARN,
                                _("The section “%(title)s” has not been updated for more than a year.") % {"title": spec.title},
                                {"key": spec.key, "last_published_at": section.last_published_at.isoformat()}))
    if not any(c.status == FAIL for c in checks):
        checks.append(Check("content", PASS, _("Every mandatory section has content.")))
    return checks


def settings_checks(site):
    from cms.core.models import ProvinceSettings

    settings = ProvinceSettings.for_site(site)
    missing = settings.missing_fields()
    checks = []
    labels = {name: str(ProvinceSettings._meta.get_field(name).verbose_name) for name in missing}
    focal = [n for n in missing if n.startswith("focal_")]
    other = [n for n in missing if not n.startswith("focal_")]
    if other:
        checks.append(Check("settings.incomplete", FAIL,
                            _("Province settings are not filled in: %(fields)s.") % {"fields": ", ".join(labels[n] for n in other)},
                            {"missing": other}))
    if focal:
        checks.append(Check("settings.focal_point", FAIL,
                            _("The focal point for information provision is not filled in: %(fields)s.")
                            % {"fields": ", ".join(labels[n] for n in focal)}, {"missing": focal}))
    if not settings.leaders.exists():
        checks.append(Check("settings.leaders", FAIL, _("No leader is listed in the province settings.")))
    if not checks:
        checks.append(Check("settings", PASS, _("Province settings and the focal point are filled in.")))
    return checks


def english_checks(home):
    """English versions of the mandatory items (Decree 42 Art. 7(2))."""
    try:
        english = Locale.objects.get(language_code="en")
    except Locale.DoesNotExist:
        return [Check("english.missing", FAIL, _("The English language is not set up."))]
    english_home = home.get_translation_or_none(english)
    if english_home is None:
        return [Check("english.missing", FAIL, _("The English version of the site is missing."))]
    structure, _pages = structure_checks(english_home, english.language_code)
    problems = [
        Check(f"english.{check.code}", check.status, _("English version: %(message)s") % {"message": check.message},
              check.details)
        for check in structure if check.status == FAIL
    ]
    if problems:
        return problems
    required = ["about.organisation", "about.leaders", "about.contact", "access_to_information.focal_point"]
    present = set(
        SectionPage.objects.descendant_of(english_home).live().filter(section_key__in=required).values_list("section_key", flat=True)
    )
    missing = [key for key in required if key not in present]
    if missing:
        return [Check("english.incomplete", FAIL,
                      _("English versions are missing for: %(sections)s.") % {"sections": ", ".join(missing)},
                      {"missing": missing})]
    return [Check("english", PASS, _("English versions of the mandatory items are published."))]


def site_report(site):
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        return SiteReport(site.hostname, site.site_name, [
            Check("home.missing", FAIL, _("The site's root is not a portal home page; run setup_province."))
        ])
    from cms.core.sites import site_kind

    kind = site_kind(site)
    language = home.locale.language_code
    checks, by_key = structure_checks(home, language, kind)
    checks += content_checks(by_key, kind=kind)
    checks += settings_checks(site)
    if kind == standard.PROVINCE:
        checks += english_checks(home)  # component sites have no English version (DESIGN.md §9)
    for fn in hooks.get_hooks("portal_conformance_checks"):
        checks += list(fn(site))
    return SiteReport(site.hostname, site.site_name, checks, kind)


def full_report(hostname=None):
    """The report of every site (or of one host name), always in Vietnamese, the standard's language."""
    sites = Site.objects.select_related("root_page").order_by("-is_default_site", "hostname")
    if hostname:
        sites = sites.filter(hostname=hostname)
    with translation.override(django_settings.LANGUAGE_CODE):
        reports = [site_report(site) for site in sites]
        return {
            "standard": "shared/DESIGN.md",
            "generated_at": timezone.now().isoformat(),
            "conformant": bool(reports) and all(r.conformant for r in reports),
            "sites": [r.as_dict() for r in reports],
        }
