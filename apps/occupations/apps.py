from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OccupationsConfig(AppConfig):
    name = "apps.occupations"
    verbose_name = _("Occupations (ISCO-08)")

    def ready(self):
        from . import cache

        cache.connect()
