"""Keep targets' statuses right when relations or their source documents change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import lists_cache
from .models import DocumentRelation, DocumentType, Field, IssuingBody, LegalDocument
from .validity import recompute, recompute_targets_of


@receiver(post_save, sender=DocumentRelation)
@receiver(post_delete, sender=DocumentRelation)
def relation_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    recompute(ids=[instance.target_id])


@receiver(post_save, sender=LegalDocument)
def document_saved(sender, instance, raw=False, **kwargs):
    """Publishing or unpublishing a repealing document changes the repealed one's status."""
    if raw:
        return
    recompute_targets_of(instance.pk)


@receiver(post_save, sender=DocumentType)
@receiver(post_save, sender=IssuingBody)
@receiver(post_save, sender=Field)
@receiver(post_delete, sender=DocumentType)
@receiver(post_delete, sender=IssuingBody)
@receiver(post_delete, sender=Field)
def list_changed(sender, **kwargs):
    lists_cache.clear()


@receiver(post_save, sender="core.SiteProfile")
def component_site_saved(sender, instance, created=False, raw=False, **kwargs):
    """A new department's or commune's site shows the documents of its issuing bodies."""
    if raw or not created:
        return
    from .services import link_bodies_to_site

    link_bodies_to_site(instance)
