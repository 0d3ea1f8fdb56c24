"""ORM-level guards of the lock: they raise inside the transaction that would break the structure,
so a refused change leaves nothing behind, whichever path (admin, API, shell, app code) tried it."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move, pre_page_move

from . import lock
from .models import ContentPage, HomePage, SectionPage


def _home_path(page):
    return page.path[: Page.steplen * 2]


@receiver(pre_delete, sender=SectionPage)
@receiver(pre_delete, sender=HomePage)
def refuse_delete(sender, instance, **kwargs):
    if not lock.in_maintenance():
        raise lock.StructureLocked(lock.RULE_DELETE)


@receiver(pre_page_move)
def refuse_move(sender, instance, parent_page_after=None, **kwargs):
    if lock.in_maintenance():
        return
    if lock.subtree_has_locked_pages(instance):
        raise lock.StructureLocked(lock.RULE_MOVE)
    if parent_page_after is not None and not lock.may_hold(parent_page_after, instance):
        raise lock.StructureLocked(lock.RULE_PLACE)


@receiver(pre_save, sender=PageViewRestriction)
def refuse_private_sections(sender, instance, raw=False, **kwargs):
    if raw or lock.in_maintenance():
        return
    if lock.is_locked_page(instance.page):
        raise lock.StructureLocked(lock.RULE_PRIVATE)


@receiver(pre_save)
def guard_page_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if instance.pk is None:
        _guard_create(instance)
    elif not lock.in_maintenance() and lock.is_locked_page(instance):
        _guard_change(instance, update_fields)


def _guard_create(instance):
    if isinstance(instance, SectionPage):
        # Checked during maintenance too: even the setup command must never make a second one.
        if instance.path and SectionPage.objects.filter(
            section_key=instance.section_key,
            locale_id=instance.locale_id,
            path__startswith=_home_path(instance),
        ).exists():
            raise lock.StructureLocked(lock.RULE_DUPLICATE % {"title": instance.title})
        if not lock.in_maintenance():
            raise lock.StructureLocked(lock.RULE_CREATE)
    elif isinstance(instance, HomePage):
        if not lock.in_maintenance():
            raise lock.StructureLocked(lock.RULE_CREATE)
    elif isinstance(instance, ContentPage) and not lock.in_maintenance() and instance.depth and instance.depth > 1:
        parent = Page.objects.filter(path=instance.path[: -Page.steplen]).first()
        if parent is not None and not lock.may_hold(parent, instance):
            raise lock.StructureLocked(lock.RULE_PLACE)


def _guard_change(instance, update_fields):
    """Compare with the stored row: the lock allows body edits, never identity or visibility changes."""
    stored = Page.objects.filter(pk=instance.pk).values("title", "slug", "live").first()
    if stored is None:
        return
    fields = set(update_fields) if update_fields is not None else None

    def changed(name):
        return (fields is None or name in fields) and getattr(instance, name) != stored[name]

    spec = None
    if issubclass(instance.specific_class or type(instance), SectionPage):
        stored_key = SectionPage.objects.filter(pk=instance.pk).values_list("section_key", flat=True).first()
        if isinstance(instance, SectionPage) and instance.section_key != stored_key:
            raise lock.StructureLocked(lock.RULE_RENAME)
        spec = lock.standard_spec(stored_key, instance)
    # A change is allowed only back to the standard value (the setup command repairs that way too).
    if changed("title") and (spec is None or instance.title not in (spec.title, spec.title_en)):
        raise lock.StructureLocked(lock.RULE_RENAME)
    if changed("slug") and (spec is None or instance.slug != spec.slug):
        raise lock.StructureLocked(lock.RULE_RESLUG)
    if changed("live") and stored["live"]:
        raise lock.StructureLocked(lock.RULE_UNPUBLISH)


# The cached public layout (cms.sections.layout) holds pages, notices, settings, view restrictions and, on
# component sites, the province's portal; the province's lists of component sites (cms.sections.directory) too.
def _drop_layouts(sender, instance=None, **kwargs):
    from cms.core.models import ProvinceSettings, SiteNotice, SiteProfile

    from .layout import invalidate

    if instance is None or isinstance(
        instance, Page | PageViewRestriction | Site | SiteNotice | ProvinceSettings | SiteProfile
    ):
        invalidate()


post_save.connect(_drop_layouts, dispatch_uid="portal_layout_save")
post_delete.connect(_drop_layouts, dispatch_uid="portal_layout_delete")
post_page_move.connect(_drop_layouts, dispatch_uid="portal_layout_move")
m2m_changed.connect(_drop_layouts, sender=PageViewRestriction.groups.through, dispatch_uid="portal_layout_groups")
