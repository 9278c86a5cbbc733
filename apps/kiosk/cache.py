"""What the kiosk caches, and what makes it stale.

Which screens have a recorded reading in which language: every kiosk page asks, for its
Listen button. Recordings are added, replaced and deleted in the admin, through the ORM,
whose post_save and post_delete retire the cached copy at once (connect(), at start-up).
"""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

RECORDINGS_SECONDS = 24 * 3600
VERSION_KEY = "kiosk:recordings:version"


def recorded_screens() -> dict[tuple[str, str], int]:
    """(screen, language) -> the id of its recording, for every recorded prompt."""
    from .models import SpokenPrompt

    version = cache.get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, RECORDINGS_SECONDS)
    return cache.get_or_set(
        f"kiosk:recordings:{version}",
        lambda: {
            (screen, language): pk
            for pk, screen, language in SpokenPrompt.objects.values_list("pk", "screen", "language")
        },
        RECORDINGS_SECONDS,
    )


def _recordings_changed(**kwargs):
    cache.delete(VERSION_KEY)


def connect():
    from .models import SpokenPrompt

    for signal in (post_save, post_delete):
        signal.connect(_recordings_changed, sender=SpokenPrompt, dispatch_uid="cache:SpokenPrompt")
