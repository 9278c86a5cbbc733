from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "apps.complaints"
    verbose_name = _("Complaints")

    def ready(self):
        from apps.listings.agency_record import (
            ComplaintNumbers,
            add_publish_guard,
            set_complaint_numbers,
        )

        from . import agency_review

        # An agency's complaints beside its licence in the admin, and the licence review
        # that may stop its new listings (listings cannot import this app).
        set_complaint_numbers(
            ComplaintNumbers(
                annotate=agency_review.with_complaint_numbers,
                review_threshold=agency_review.review_threshold_for,
            )
        )
        add_publish_guard(agency_review.review_blocks_listing)
