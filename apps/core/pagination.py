"""Pages of a search whose rows and total come from one query."""

from django.core.paginator import Paginator
from django.db.models import Count, Window

TOTAL = "rows_in_all"


class OneQueryPaginator(Paginator):
    """Django's paginator counts the rows, then reads the page: a name or keyword search
    over a national table pays for its index scan twice. This one reads the page with
    COUNT(*) OVER () beside each row, the total counted before LIMIT cuts the page.

    Only a page past the end and a page number below 1 fall back to Django's way, which
    then counts and answers with the last page, as `get_page` always does; no rows at
    all is the empty first page, with nothing to count. A subclass may find the rows
    and the total another way (`rows_and_total`). A DISTINCT query falls back too: the
    window would count the duplicates DISTINCT removes.
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
        rows, total = self.rows_and_total((number - 1) * self.per_page)
        if not rows and number == 1 and self.allow_empty_first_page:
            self.count = 0  # nothing at all: nothing to count
            return self._get_page([], 1, self)
        if not rows:
            return super().get_page(number)  # past the end: Django counts, gives the last
        self.count = total
        return self._get_page(rows, number, self)

    def rows_and_total(self, bottom: int):
        """The page's rows from `bottom` on, and the total (anything if no rows)."""
        rows = list(
            self.object_list.annotate(**{TOTAL: Window(Count("*"))})[
                bottom : bottom + self.per_page
            ]
        )
        return rows, getattr(rows[0], TOTAL) if rows else 0
