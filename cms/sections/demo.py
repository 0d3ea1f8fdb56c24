"""Demo content for `setup_province --demo`: makes the site look like a real province's. Idempotent.

The core content (settings, leaders, news, section texts and pages, English pages) lives in `cms.demo`;
every other app adds its own with the `portal_demo_content` hook.
"""

from wagtail import hooks


def build_demo(site, home, province):
    """Fill the demo province; returns a list of what was created (empty when nothing was new)."""
    from cms.demo.build import build_province_demo

    changes = list(build_province_demo(site, home, province))
    for fn in hooks.get_hooks("portal_demo_content"):
        changes += list(fn(site, home, province) or [])
    return changes
