"""Demo content for `setup_province --demo`: makes the site look like a real province's. Idempotent."""

from wagtail import hooks


def build_demo(site, home, province):
    """Fill the demo province; returns a list of what was created (empty when nothing was new)."""
    changes = []
    for fn in hooks.get_hooks("portal_demo_content"):
        changes += list(fn(site, home, province) or [])
    return changes
