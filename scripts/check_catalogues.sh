#!/usr/bin/env bash
# Every message of the project's code and templates has a Vietnamese translation in a committed catalogue.
# Regenerates the catalogues (make messages) and fails on any untranslated or fuzzy entry, naming them:
# a msgid added to the code but never extracted is caught here, not only empty entries already in a .po.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s messages
.venv/bin/python - <<'PY'
import glob
import sys

import polib

problems = 0
for path in ["locale/vi/LC_MESSAGES/django.po", *sorted(glob.glob("cms/*/locale/vi/LC_MESSAGES/django.po"))]:
    for entry in polib.pofile(path):
        if entry.obsolete:
            continue
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if "fuzzy" in entry.flags or not all(form.strip() for form in forms):
            problems += 1
            context = f" (context {entry.msgctxt!r})" if entry.msgctxt else ""
            print(f"{path}: not translated{context}: {entry.msgid!r}")
if problems:
    sys.exit(f"{problems} message(s) without a Vietnamese translation: translate them, then run make messages.")
print("Every message has a Vietnamese translation.")
PY
