from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "apps.reports"
    verbose_name = _("Reports")

    def ready(self):
        from . import cache

        # A complaint saved retires the reports' counts of complaints (cache.py).
        cache.connect()
