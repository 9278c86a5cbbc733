"""How a merge of two records of one person settles their job applications (registered
in ListingsConfig.ready; apps/candidates/merging.py)."""

from .models import Application

S = Application.Status
# From least to most worth keeping: a closed application, then the open ones by how far
# along the path they went.
PROGRESS = [
    S.WITHDRAWN,
    S.REJECTED,
    S.INTERESTED,
    S.SHORTLISTED,
    S.REFERRED,
    S.SELECTED,
    S.DEPARTED,
]


def applications(kept, merged) -> int:
    """One application per person and listing: of two, the one further along stays
    (the kept record's on a tie) with its steps; the other goes, with its own steps
    (the audit trail keeps its deletion)."""
    ours = {a.listing_id: a for a in Application.objects.filter(candidate=kept)}
    let_go = 0
    for theirs in Application.objects.filter(candidate=merged, listing_id__in=list(ours)):
        mine = ours[theirs.listing_id]
        if PROGRESS.index(theirs.status) > PROGRESS.index(mine.status):
            mine.delete()  # the merged record's moves to the kept one next
        else:
            theirs.delete()
        let_go += 1
    return let_go
