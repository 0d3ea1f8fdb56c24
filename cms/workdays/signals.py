"""Forget the cached calendar whenever an adjustment changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import CalendarAdjustment
from .services import clear_cache


@receiver([post_save, post_delete], sender=CalendarAdjustment)
def adjustment_changed(sender, **kwargs):
    clear_cache()
    transaction.on_commit(clear_cache)
