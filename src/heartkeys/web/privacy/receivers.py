from __future__ import annotations

from django.apps import apps
from django.dispatch import receiver

from ..couples.signals import membership_changed
from .models import SharedItem, Visibility


def shared_models() -> list[type[SharedItem]]:
    """Every concrete SharedItem model of every app, so a new kind of item is covered by itself."""
    return [model for model in apps.get_models() if issubclass(model, SharedItem)]


@receiver(membership_changed)
def take_back_shared_items(sender, couple, user, change, **kwargs):
    """Whoever leaves a couple space takes their items back: they become private again."""
    if change != "left":
        return
    for model in shared_models():
        model.objects.filter(owner=user, couple=couple).update(couple=None, visibility=Visibility.PRIVATE)
