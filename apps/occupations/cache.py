"""What the occupations app caches, and what makes it stale.

ISCO-08 groups, as the choices of forms, in each language. They change only when the
reference data is loaded (`manage.py load_reference_data`) or an administrator edits an
occupation. Both go through the ORM (loaddata sends the same signals), and its
post_save and post_delete move `occupations_version` on, which retires every cached
copy at once, the fragments of other apps that draw occupation names included (they put
the version in their keys). A change written in raw SQL shows within
REFERENCE_DATA_SECONDS."""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

REFERENCE_DATA_SECONDS = 3600
VERSION_KEY = "occupations:version"


def occupations_version() -> str:
    return cache.get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, REFERENCE_DATA_SECONDS)


def occupation_choices(name: str, read):
    """`read()`, the choices called `name`, cached in the page's language."""
    key = f"occupations:{name}:{get_language()}:{occupations_version()}"
    return cache.get_or_set(key, read, REFERENCE_DATA_SECONDS)


def _occupations_changed(**kwargs):
    cache.delete(VERSION_KEY)


def connect():
    from .models import Occupation

    for signal in (post_save, post_delete):
        signal.connect(_occupations_changed, sender=Occupation, dispatch_uid="cache:Occupation")
