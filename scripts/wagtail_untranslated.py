#!/usr/bin/env python
"""List the Wagtail admin strings that have no Vietnamese translation in the combined catalogue.

Why: Wagtail ships only a partial ``vi`` catalogue. The project completes it in ``locale_wagtail/``
(listed in LOCALE_PATHS, so it overrides and completes Wagtail's own). After a Wagtail upgrade, new
admin strings appear in English until someone translates them; this script says which ones.

The combined catalogue is: the English msgids of every installed Wagtail app (``django`` domain, and
``djangojs`` for ``wagtail.admin`` whose JS catalogue the admin loads through JavaScriptCatalog), minus
what Wagtail's compiled ``vi`` catalogues translate, minus what our LOCALE_PATHS catalogues translate.

Usage (from the repository root):
    .venv/bin/python scripts/wagtail_untranslated.py            # list missing strings, exit 1 if any
    .venv/bin/python scripts/wagtail_untranslated.py --json     # the same as JSON
    .venv/bin/python scripts/wagtail_untranslated.py --add      # append them, untranslated, to locale_wagtail
    .venv/bin/python scripts/wagtail_untranslated.py --conflicts  # project strings that relabel admin ones
Then fill the empty msgstr in locale_wagtail/vi/LC_MESSAGES/*.po and compile with
    cd locale_wagtail && ../.venv/bin/python ../manage.py compilemessages -l vi
"""

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
OUR_CATALOGUE = ROOT / "locale_wagtail"
DOMAINS = ("django", "djangojs")
# Other apps whose strings show in the admin: tag fields and listing filters (no vi shipped), and Django's own
# apps, whose vi catalogue misses strings editors meet (time since, validation and password messages).
EXTRA_APPS = (
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
)
LANGUAGE = "vi"

# Strings editors never meet: keep this list short and say why for each.
ALLOWED_UNTRANSLATED = {
    # wagtail.contrib.styleguide is a developer tool and is not installed.
}


@dataclass(frozen=True)
class Missing:
    app: str
    domain: str
    msgctxt: str | None
    msgid: str
    msgid_plural: str | None
    occurrences: tuple

    @property
    def key(self):
        return (self.domain, self.msgctxt, self.msgid)


def is_translated(entry):
    """An entry counts only when every form is filled and it is not fuzzy (fuzzy entries are not compiled)."""
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(v.strip() for v in entry.msgstr_plural.values())
    return bool(entry.msgstr.strip())


def translated_keys(path, domain):
    """Keys translated by one catalogue: a compiled .mo is what runs, so prefer it to the .po."""
    mo = path.with_suffix(".mo")
    catalogue = polib.mofile(str(mo)) if mo.exists() else polib.pofile(str(path))
    return {(domain, e.msgctxt, e.msgid) for e in catalogue if e.msgid and is_translated(e)}


def wagtail_apps():
    """(label, path) of Django core, the installed Wagtail apps and EXTRA_APPS that ship catalogues."""
    import django
    from django.apps import apps

    if not apps.ready:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
        os.environ.setdefault("SECRET_KEY", "wagtail-untranslated")
        django.setup()
    found = [("django", Path(django.__file__).parent / "conf")]  # Django's core catalogue: django/conf/locale
    for config in apps.get_app_configs():
        if config.name == "wagtail" or config.name.startswith("wagtail.") or config.name in EXTRA_APPS:
            if (Path(config.path) / "locale").is_dir():
                found.append((config.name, Path(config.path)))
    return found


def source_catalogue(path, domain):
    """The msgids of an app: its English catalogue, or any other one when it ships no English file."""
    english = path / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
    if english.exists():
        return english
    return next(iter(sorted(path.glob(f"locale/*/LC_MESSAGES/{domain}.po"))), None)


def our_locale_dirs():
    from django.conf import settings

    return [Path(p) for p in settings.LOCALE_PATHS]


def find_missing(apps=None, locale_dirs=None):
    """Every Wagtail msgid (per domain and context) that no Vietnamese catalogue translates."""
    apps = wagtail_apps() if apps is None else apps
    locale_dirs = our_locale_dirs() if locale_dirs is None else locale_dirs
    translated = set()
    for _, path in apps:
        for domain in DOMAINS:
            po = path / "locale" / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
            if po.exists() or po.with_suffix(".mo").exists():
                translated |= translated_keys(po, domain)
    for directory in locale_dirs:
        for domain in DOMAINS:
            po = directory / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
            if po.exists():
                translated |= translated_keys(po, domain)
    missing, seen = [], set()
    for label, path in apps:
        for domain in DOMAINS:
            source = source_catalogue(path, domain)
            if source is None:
                continue
            for entry in polib.pofile(str(source)):
                key = (domain, entry.msgctxt, entry.msgid)
                if entry.obsolete or not entry.msgid or key in translated or key in seen:
                    continue
                if entry.msgid in ALLOWED_UNTRANSLATED:
                    continue
                seen.add(key)
                missing.append(
                    Missing(
                        label,
                        domain,
                        entry.msgctxt,
                        entry.msgid,
                        entry.msgid_plural or None,
                        tuple(f"{label}:{f}" for f, _ in entry.occurrences[:3]),
                    )
                )
    return missing


def project_catalogues():
    """The project's own vi catalogues (its apps and LOCALE_PATHS), locale_wagtail excepted."""
    from django.apps import apps
    from django.conf import settings

    directories = [Path(p) for p in settings.LOCALE_PATHS if Path(p).resolve() != OUR_CATALOGUE.resolve()]
    for config in apps.get_app_configs():
        path = Path(config.path)
        if path.is_relative_to(ROOT) and "site-packages" not in path.parts:
            directories.append(path / "locale")
    return [d / LANGUAGE / "LC_MESSAGES" / f"{dom}.po" for d in directories for dom in DOMAINS]


def find_conflicts(apps=None):
    """Project msgids that are also admin msgids but translated differently.

    gettext has one namespace per language: a project app listed before Wagtail (or LOCALE_PATHS) wins, so its
    "Draft" -> "Dự thảo" would also relabel the admin's drafts. Such strings need a context (pgettext).
    """
    apps = wagtail_apps() if apps is None else apps
    reference, admin = {}, set()
    for _, path in apps:
        for domain in DOMAINS:
            source = source_catalogue(path, domain)
            if source:
                admin |= {(domain, e.msgctxt, e.msgid) for e in polib.pofile(str(source)) if e.msgid}
            po = path / "locale" / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
            if po.exists():
                reference.update(translations(po, domain))
    for domain in DOMAINS:
        po = OUR_CATALOGUE / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
        if po.exists():
            reference.update(translations(po, domain))
    conflicts = []
    for po in project_catalogues():
        if po.exists():
            for key, text in translations(po, po.stem).items():
                if key in admin and key in reference and reference[key] != text:
                    conflicts.append((str(po.relative_to(ROOT)), key[2], text, reference[key]))
    return conflicts


def translations(path, domain):
    out = {}
    for e in polib.pofile(str(path)):
        if e.msgid and is_translated(e):
            out[(domain, e.msgctxt, e.msgid)] = e.msgstr_plural[0] if e.msgid_plural else e.msgstr
    return out


def add_to_catalogue(missing, directory=OUR_CATALOGUE):
    """Append the missing strings with an empty msgstr to our catalogue, ready for a translator."""
    added = 0
    for domain in DOMAINS:
        path = directory / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        po = polib.pofile(str(path)) if path.exists() else new_catalogue()
        for item in missing:
            if item.domain != domain or po.find(item.msgid, msgctxt=item.msgctxt):
                continue
            entry = polib.POEntry(
                msgctxt=item.msgctxt, msgid=item.msgid, occurrences=[(o, "") for o in item.occurrences]
            )
            if item.msgid_plural:
                entry.msgid_plural = item.msgid_plural
                entry.msgstr_plural = {0: ""}
            po.append(entry)
            added += 1
        po.save(str(path))
    return added


def new_catalogue():
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "portal-wagtail-vi",
        "PO-Revision-Date": "2026-11-25 09:00+0700",
        "Last-Translator": "Portal maintainers",
        "Language-Team": "Vietnamese",
        "Language": LANGUAGE,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    return po


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the missing strings as JSON")
    parser.add_argument("--add", action="store_true", help="append them untranslated to locale_wagtail/vi")
    parser.add_argument(
        "--conflicts", action="store_true", help="list project strings that relabel admin strings (need a context)"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.conflicts:
        conflicts = find_conflicts()
        for path, msgid, text, admin_text in conflicts:
            print(f"{path}: {msgid!r} -> {text!r} (admin: {admin_text!r})")
        print(f"{len(conflicts)} project strings relabel admin strings; give them a context.", file=sys.stderr)
        return 1 if conflicts else 0
    missing = find_missing()
    if args.add:
        print(f"Added {add_to_catalogue(missing)} empty entries to {OUR_CATALOGUE}/{LANGUAGE}/LC_MESSAGES/")
    elif args.json:
        print(
            json.dumps(
                [
                    {
                        "app": m.app,
                        "domain": m.domain,
                        "msgctxt": m.msgctxt,
                        "msgid": m.msgid,
                        "msgid_plural": m.msgid_plural,
                    }
                    for m in missing
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for m in missing:
            context = f" [{m.msgctxt}]" if m.msgctxt else ""
            print(f"{m.app} {m.domain}{context}: {m.msgid!r}")
        print(
            f"{len(missing)} admin strings (Wagtail, Django, EXTRA_APPS) have no Vietnamese translation.",
            file=sys.stderr,
        )
    return 1 if missing and not args.add else 0


if __name__ == "__main__":
    sys.exit(main())
