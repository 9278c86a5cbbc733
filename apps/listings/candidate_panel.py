"""The jobs panel of a person's record page (registered in ListingsConfig.ready)."""

from .selectors import open_listings_fitting


def candidate_panel_context(candidate, user) -> dict:
    """The person's applications, and the open listings that fit them for staff who match."""
    may_match = user.has_perm("listings.match_candidates")
    return {
        "applications": candidate.applications.select_related("listing").prefetch_related(
            "status_changes"
        ),
        "fitting_listings": open_listings_fitting(candidate)
        if may_match and not candidate.is_erased
        else [],
    }
