from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "apps.complaints"
    verbose_name = _("Complaints")

    def ready(self):
        from apps.candidates.detail_panels import add_detail_panel
        from apps.counselling.case_panels import add_case_panel

        from .candidate_panel import candidate_panel_context
        from .case_panel import complaints_case_panel

        add_detail_panel(candidate_panel_context)
        add_case_panel(complaints_case_panel)
