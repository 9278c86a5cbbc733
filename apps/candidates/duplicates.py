"""Probable duplicates: two live records (neither erased nor merged) with the same name
whatever the script it was typed in, the same date of birth and the same home district.
The CNIC is unique, so such records always differ there: one of the numbers was
mistyped, or the person registered twice with two cards. Officers of the centres
involved review them and merge (merging.py).

How the pairs are found among a million people, a centre at a time. The name's sound
key (the same for "محمد اسلم" and "Muhammad Aslam", migration 0008) costs PostgreSQL
about 0.1 ms a name, so the query computes none: the centre's people's keys are read
where they are stored already, in the centre's partition of the names' copy
(NameSearchEntry), and each is looked up in an index of every live record by home
district, day of birth and name key (migration 0013), whose keys were computed once, as
each name was written. A look-up finds the namesakes alone, most often none. Looked up
by district and day alone, a person of a big district has several neighbours whose keys
must then be computed or fetched: 4 s for the largest seeded centre when fetched from
the copy, 30 s when computed. The index is on the key's expression rather than on a
stored column: adding the column would have rewritten the people's table, locked, for
minutes (5 on the seeded million); the index is built without a lock. With it, the
largest centre of `seed_demo --scale large` (53,000 of a million people) takes about
half a second on a busy shared two-core machine.
"""

import datetime
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db import connection, transaction

from apps.centres.models import Centre, District

from .models import Candidate, CentreLink, NameSearchEntry

# The records of the centre: its own, whose keys are in its partition of the copy, and
# the few linked to it from other centres. Each pair once: (a, b) with a one of the
# centre's; when b is too, the pair is found from both sides and the one with a's id
# smaller is kept. The newest pair first (the later registration is the likelier
# duplicate), then a stable order for paging.
PAIRS_SQL = """
WITH mine AS (
    SELECT candidate_id AS id, name_key
    FROM candidates_name_search
    WHERE centre_id = %(centre)s
    UNION ALL
    SELECT copy.candidate_id, copy.name_key
    FROM candidates_candidate linked
    JOIN candidates_name_search copy
      ON copy.centre_id = linked.centre_id AND copy.candidate_id = linked.id
    WHERE linked.id = ANY(%(linked)s) AND linked.centre_id <> %(centre)s
)
SELECT a.id, b.id, count(*) OVER ()
FROM mine
JOIN candidates_candidate a ON a.id = mine.id
JOIN candidates_candidate b
  ON b.home_district_id = a.home_district_id
 AND b.date_of_birth = a.date_of_birth
 AND portal_name_key(b.full_name) = mine.name_key
 AND b.anonymised_at IS NULL AND b.merged_into_id IS NULL
 AND b.id <> a.id
WHERE a.anonymised_at IS NULL AND a.merged_into_id IS NULL
  AND mine.name_key <> ''
  AND (a.id < b.id OR NOT (b.centre_id = %(centre)s OR b.id = ANY(%(linked)s)))
ORDER BY greatest(a.id, b.id) DESC, least(a.id, b.id)
LIMIT %(limit)s OFFSET %(offset)s
"""

CARD_COLUMNS = (
    "pk",
    "registration_number",
    "full_name",
    "cnic_masked",
    "centre_id",
    "date_of_birth",
    "home_district_id",
)


@dataclass(frozen=True)
class RecordCard:
    """What the list shows of one record: enough to tell people apart, no identifier
    in full, and a link only where the user may open the record."""

    pk: int
    registration_number: str
    full_name: str
    cnic_masked: str
    centre: Centre
    visible: bool


@dataclass(frozen=True)
class DuplicatePair:
    first: RecordCard  # always one of the user's records
    second: RecordCard
    date_of_birth: datetime.date
    home_district: District

    @property
    def cards(self) -> tuple[RecordCard, RecordCard]:
        return (self.first, self.second)


class ProbableDuplicates:
    """The pairs of one centre's records: at least one record of each is the centre's
    (its home centre, or a centre linked to it). The user's centre; a superuser, who
    has none, chooses one. Read page by page (`rows_and_total`), each page and the
    total in one query."""

    def __init__(self, user, centre: Centre | None = None):
        self.user = user
        self.centre_id = centre.pk if user.is_superuser and centre else user.centre_id
        # As Candidate.objects.visible_to reads them: the few people linked to the
        # centre, as a list.
        self.linked = frozenset(
            CentreLink.objects.filter(centre_id=self.centre_id).values_list(
                "candidate_id", flat=True
            )
            if self.centre_id
            else ()
        )

    def pair_ids(self, *, offset: int, limit: int) -> tuple[list[tuple[int, int]], int]:
        """The ids of the pairs from `offset` on, at most `limit`, and how many in all
        (0 when the page is empty)."""
        if self.centre_id is None:
            return [], 0
        params = {
            "centre": self.centre_id,
            "linked": sorted(self.linked),
            "limit": limit,
            "offset": offset,
        }
        with transaction.atomic(), connection.cursor() as cursor:
            # A plan this size is compiled by PostgreSQL's JIT first, which takes
            # longer than running it (a second, against a fifth of one).
            cursor.execute("SET LOCAL jit = off")
            cursor.execute(PAIRS_SQL, params)
            rows = cursor.fetchall()
        return [(a, b) for a, b, _total in rows], rows[0][2] if rows else 0

    def may_open(self, record) -> bool:
        return (
            self.user.is_superuser or record.centre_id == self.centre_id or record.pk in self.linked
        )

    def rows_and_total(self, offset: int, limit: int) -> tuple[list[DuplicatePair], int]:
        """One page of pairs, ready to show, and how many pairs in all."""
        ids, total = self.pair_ids(offset=offset, limit=limit)
        if not ids:
            return [], total
        records = Candidate.objects.only(*CARD_COLUMNS).in_bulk({pk for pair in ids for pk in pair})
        centres = Centre.objects.in_bulk({r.centre_id for r in records.values()})
        districts = District.objects.in_bulk({r.home_district_id for r in records.values()})

        def card(record):
            return RecordCard(
                pk=record.pk,
                registration_number=record.registration_number,
                full_name=record.full_name,
                cnic_masked=record.cnic_masked,
                centre=centres[record.centre_id],
                visible=self.may_open(record),
            )

        pairs = []
        for a, b in ids:
            first, second = records[a], records[b]
            pairs.append(
                DuplicatePair(
                    first=card(first),
                    second=card(second),
                    date_of_birth=first.date_of_birth,
                    home_district=districts[first.home_district_id],
                )
            )
        return pairs, total


class PairPaginator(Paginator):
    """Pages of ProbableDuplicates: a page's pairs and the total from one query (as
    apps/core/pagination.OneQueryPaginator does for querysets). A page past the end
    answers with the last page."""

    def __init__(self, pairs: ProbableDuplicates, per_page: int):
        super().__init__([], per_page)
        self.pairs = pairs

    def get_page(self, number) -> Page:
        try:
            number = max(int(number), 1)
        except (TypeError, ValueError):
            number = 1
        rows, total = self.pairs.rows_and_total((number - 1) * self.per_page, self.per_page)
        if not rows and number > 1:
            # Past the end: count, then read the last page.
            _rows, total = self.pairs.rows_and_total(0, 1)
            number = max(1, -(-total // self.per_page))
            rows, total = self.pairs.rows_and_total((number - 1) * self.per_page, self.per_page)
        self.count = total
        return Page(rows, number, self)


def are_probable_duplicates(first: Candidate, second: Candidate) -> bool:
    """The rule of the list, for one pair: both live, same day of birth, same home
    district, and the same name's sound key (read from the names' copy)."""
    records = (first, second)
    if any(r.is_erased or r.is_merged for r in records) or first.pk == second.pk:
        return False
    if first.date_of_birth != second.date_of_birth:
        return False
    if first.home_district_id != second.home_district_id:
        return False
    keys = dict(
        NameSearchEntry.objects.filter(
            candidate_id__in=[first.pk, second.pk],
            centre_id__in=[first.centre_id, second.centre_id],
        ).values_list("candidate_id", "name_key")
    )
    return bool(keys.get(first.pk)) and keys.get(first.pk) == keys.get(second.pk)
