"""Small helpers the demo builders share: create a page once, fill a body only while untouched."""

import uuid

from django.utils import timezone
from wagtail.models import Page


def touched_by_person(page):
    """True once a person (not the setup command) has saved a revision of the page."""
    return page.revisions.exclude(user=None).exists()


def publish(page):
    revision = page.save_revision(log_action=False, clean=False)
    revision.publish(log_action=False, skip_permission_checks=True)


def paragraphs(*parts):
    """A rich-text value from plain paragraphs; a part starting with '## ' becomes a heading,
    and a list of strings becomes a bulleted list."""
    html = []
    for part in parts:
        if isinstance(part, (list, tuple)):
            html.append("<ul>" + "".join(f"<li>{item}</li>" for item in part) + "</ul>")
        elif part.startswith("## "):
            html.append(f"<h2>{part[3:]}</h2>")
        elif part.startswith("### "):
            html.append(f"<h3>{part[4:]}</h3>")
        else:
            html.append(f"<p>{part}</p>")
    return "".join(html)


def body(*parts):
    """A StreamField value (raw JSON list) with one rich-text paragraph block, plus tables given as dicts."""
    blocks = []
    text = []
    for part in parts:
        if isinstance(part, dict):
            if text:
                blocks.append({"type": "paragraph", "value": paragraphs(*text), "id": str(uuid.uuid4())})
                text = []
            blocks.append({"type": "table", "value": _table(part), "id": str(uuid.uuid4())})
        else:
            text.append(part)
    if text:
        blocks.append({"type": "paragraph", "value": paragraphs(*text), "id": str(uuid.uuid4())})
    return blocks


def _table(spec):
    rows = [list(spec["header"])] + [list(row) for row in spec["rows"]]
    return {
        "caption": spec.get("caption", ""),
        "table": {"data": rows, "first_row_is_table_header": True, "first_col_is_header": False,
                  "table_caption": "", "cell": []},
    }


def ensure_child(parent, model, slug, changes, label, published_at=None, **fields):
    """Create and publish `model` below `parent` unless a child with `slug` exists already."""
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    now = published_at or timezone.now()
    # Created live without a revision: the editor opens the page itself, and a demo build stays quick.
    page = model(slug=slug, locale_id=parent.locale_id, live=True, first_published_at=now,
                 last_published_at=now, **fields)
    parent.add_child(instance=page)
    changes.append(label)
    return page, True


def fill_section(page, changes, label, intro="", body_json=None):
    """Give a section its intro and body while both are empty and no person has edited it."""
    if touched_by_person(page):
        return False
    page = page.specific
    changed = False
    if intro and not page.intro:
        page.intro = intro
        changed = True
    if body_json and not len(page.body):
        page.body = body_json
        changed = True
    if changed:
        publish(page)
        changes.append(label)
    return changed
