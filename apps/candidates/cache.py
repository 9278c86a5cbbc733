"""What the candidates app caches, and what makes it stale.

Only the "More filters" part of the staff list's search form (templates/candidates/
_more_filters.html: some 400 options, districts and countries), drawn in the page's
language under the values given to those filters. It holds no person's data. It is
stale when a district's or an occupation group's name changes: their versions
(apps/centres/cache.py, apps/occupations/cache.py) are part of its key."""

from apps.centres.cache import REFERENCE_DATA_SECONDS, districts_version
from apps.core.cache import digest
from apps.occupations.cache import occupations_version

MORE_FILTERS_SECONDS = REFERENCE_DATA_SECONDS


def more_filters_vary(given_values: list) -> str:
    """The {% cache %} key's variable part for the "More filters" drawn with these
    values (as typed: a value with an error is drawn with its error, from the same input)."""
    return f"{districts_version()}:{occupations_version()}:{digest(repr(given_values))}"
