from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CentresConfig(AppConfig):
    name = "apps.centres"
    verbose_name = _("Centres")

    def ready(self):
        from . import cache

        cache.connect()
