from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CandidatesConfig(AppConfig):
    name = "apps.candidates"
    verbose_name = _("Candidates")

    def ready(self):
        from .detail_panels import add_detail_panel
        from .merging import merges_panel_context

        add_detail_panel(merges_panel_context)
