from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "apps.complaints"
    verbose_name = _("Complaints")

    def ready(self):
        from apps.candidates.detail_panels import add_detail_panel

        from .candidate_panel import candidate_panel_context

        add_detail_panel(candidate_panel_context)
