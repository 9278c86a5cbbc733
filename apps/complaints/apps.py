from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "apps.complaints"
    verbose_name = _("Complaints")

    def ready(self):
        from apps.counselling.case_panels import add_case_panel

        from .case_panel import complaints_case_panel

        add_case_panel(complaints_case_panel)
