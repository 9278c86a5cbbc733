from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "apps.complaints"
    verbose_name = _("Complaints")

    def ready(self):
        from apps.candidates.detail_panels import add_detail_panel
        from apps.counselling.case_panels import add_case_panel
        from apps.listings.agency_record import (
            ComplaintNumbers,
            add_publish_guard,
            set_complaint_numbers,
        )

        from . import agency_review
        from .candidate_panel import candidate_panel_context
        from .case_panel import complaints_case_panel

        add_detail_panel(candidate_panel_context)
        add_case_panel(complaints_case_panel)
        # An agency's complaints beside its licence in the admin, and the licence review
        # that may stop its new listings (listings cannot import this app).
        set_complaint_numbers(
            ComplaintNumbers(
                annotate=agency_review.with_complaint_numbers,
                review_threshold=agency_review.review_threshold_for,
            )
        )
        add_publish_guard(agency_review.review_blocks_listing)
