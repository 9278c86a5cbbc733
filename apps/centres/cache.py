"""What the centres app caches, and what makes it stale.

The districts, as the choices of forms, in each language. They change only when the
reference data is loaded (`manage.py load_reference_data`) or an administrator edits a
district or a province. Both go through the ORM (loaddata sends the same signals), and
its post_save and post_delete move `districts_version` on, which retires every cached
copy at once, the fragments of other apps that draw district names included (they put
the version in their keys). A change written in raw SQL shows within
REFERENCE_DATA_SECONDS."""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

REFERENCE_DATA_SECONDS = 3600
VERSION_KEY = "centres:districts-version"


def districts_version() -> str:
    return cache.get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, REFERENCE_DATA_SECONDS)


def district_choices(name: str, read):
    """`read()`, the choices called `name`, cached in the page's language."""
    key = f"centres:{name}:{get_language()}:{districts_version()}"
    return cache.get_or_set(key, read, REFERENCE_DATA_SECONDS)


def _districts_changed(**kwargs):
    cache.delete(VERSION_KEY)


def connect():
    from .models import District, Province

    for model in (District, Province):
        for signal in (post_save, post_delete):
            signal.connect(_districts_changed, sender=model, dispatch_uid=f"cache:{model.__name__}")
