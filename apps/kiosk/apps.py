from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KioskConfig(AppConfig):
    name = "apps.kiosk"
    verbose_name = _("Kiosk")

    def ready(self):
        from . import cache

        cache.connect()
