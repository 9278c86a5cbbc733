from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrientationConfig(AppConfig):
    name = "apps.orientation"
    verbose_name = _("Pre-departure orientation")

    def ready(self):
        from apps.candidates.detail_panels import add_detail_panel
        from apps.candidates.merging import add_clash_rule

        from . import merge_rules
        from .candidate_panel import candidate_panel_context

        add_detail_panel(candidate_panel_context)
        add_clash_rule("orientation.Enrolment", merge_rules.enrolments)
