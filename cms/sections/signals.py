"""ORM-level guards of the lock: they raise inside the transaction that would break the structure."""

from django.db.models.signals import pre_delete, pre_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import pre_page_move

from . import lock
from .models import HomePage, SectionPage


def _home_path(page):
    return page.path[: Page.steplen * 2]


@receiver(pre_delete, sender=SectionPage)
@receiver(pre_delete, sender=HomePage)
def refuse_delete(sender, instance, **kwargs):
    if not lock.in_maintenance():
        raise lock.StructureLocked(lock.RULE_DELETE)


@receiver(pre_page_move)
def refuse_move(sender, instance, **kwargs):
    if not lock.in_maintenance() and lock.subtree_has_locked_pages(instance):
        raise lock.StructureLocked(lock.RULE_MOVE)


@receiver(pre_save)
def guard_section_save(sender, instance, **kwargs):
    if not isinstance(instance, SectionPage) or kwargs.get("raw"):
        return
    spec = instance.standard
    if instance.pk is None:
        if not lock.in_maintenance():
            raise lock.StructureLocked(lock.RULE_CREATE)
        if instance.path and SectionPage.objects.filter(
            section_key=instance.section_key,
            locale_id=instance.locale_id,
            path__startswith=_home_path(instance),
        ).exists():
            raise lock.StructureLocked(lock.RULE_DUPLICATE % {"title": instance.title})
        return
    if lock.in_maintenance() or spec is None:
        return
    if instance.title not in (spec.title, spec.title_en):
        raise lock.StructureLocked(lock.RULE_RENAME)
    if instance.slug != spec.slug:
        raise lock.StructureLocked(lock.RULE_RESLUG)
    if not instance.live and SectionPage.objects.filter(pk=instance.pk, live=True).exists():
        raise lock.StructureLocked(lock.RULE_UNPUBLISH)


@receiver(pre_save)
def guard_home_save(sender, instance, **kwargs):
    if not isinstance(instance, HomePage) or kwargs.get("raw") or lock.in_maintenance():
        return
    if instance.pk is None:
        raise lock.StructureLocked(lock.RULE_CREATE)
    if not instance.live and HomePage.objects.filter(pk=instance.pk, live=True).exists():
        raise lock.StructureLocked(lock.RULE_UNPUBLISH)
