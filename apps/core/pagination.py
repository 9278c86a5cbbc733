"""Pages of a search whose rows and total come from one query."""

from django.core.paginator import Paginator
from django.db.models import Count, Window

TOTAL = "rows_in_all"


class OneQueryPaginator(Paginator):
    """Django's paginator counts the rows, then reads the page: a name or keyword search
    over a national table pays for its index scan twice. This one reads the page with
    COUNT(*) OVER () beside each row, the total counted before LIMIT cuts the page.

    Only a page past the end (or of no rows at all) and a page number below 1 fall back
    to Django's way, which then counts and answers with the last page, as `get_page`
    always does. A DISTINCT query falls back too: the window would count the
    duplicates DISTINCT removes.
    """

    def get_page(self, number):
        if self.orphans or self.object_list.query.distinct:
            return super().get_page(number)
        try:
            number = int(number)
        except (TypeError, ValueError):
            number = 1
        if number < 1:
            return super().get_page(number)  # Django answers with the last page
        bottom = (number - 1) * self.per_page
        rows = list(
            self.object_list.annotate(**{TOTAL: Window(Count("*"))})[
                bottom : bottom + self.per_page
            ]
        )
        if not rows:
            return super().get_page(number)
        self.count = getattr(rows[0], TOTAL)
        return self._get_page(rows, number, self)
