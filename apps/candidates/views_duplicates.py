"""Staff pages of one person, one record: the probable duplicates of the user's centre,
merging two records, and what a merge did. Records come through
Candidate.objects.visible_to(user); a pair in which the user's centre has no part
answers 404, as does another centre's record the user has no reason to see."""

from django.contrib import messages
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from apps.centres.models import Centre
from apps.core.permissions import require_permission

from . import merging
from .duplicates import PairPaginator, ProbableDuplicates, are_probable_duplicates
from .merge_forms import MergeForm
from .models import Candidate, CandidateMerge

PAGE_SIZE = 20


def _record_seen_across_centres(user, numbers: list[str], page: str) -> None:
    """Another centre's records shown (a name, a masked CNIC): who saw which, and where."""
    if not numbers:
        return
    from apps.audit.models import AuditEntry
    from apps.audit.services import record_access

    record_access(
        actor=user,
        kind=AuditEntry.AccessKind.NETWORK_LOOKUP,
        model=Candidate,
        centre=user.centre,
        details={"page": page, "records": numbers},
    )


@never_cache
@require_permission("candidates.view_probable_duplicates")
def probable_duplicates(request):
    """The pairs of the user's centre; a superuser, of no centre, chooses one."""
    centre = None
    if request.user.is_superuser:
        centre = Centre.objects.filter(code=request.GET.get("centre", "")).first()
    pairs = ProbableDuplicates(request.user, centre=centre)
    page = PairPaginator(pairs, PAGE_SIZE).get_page(request.GET.get("page"))
    _record_seen_across_centres(
        request.user,
        [card.registration_number for pair in page for card in pair.cards if not card.visible],
        "probable_duplicates",
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "candidates/probable_duplicates.html",
        {
            "page": page,
            "query_without_page": query.urlencode(),
            "centres": Centre.objects.order_by("name") if request.user.is_superuser else None,
            "chosen_centre": centre,
        },
    )


class AlreadyMerged(Exception):
    """One record of the pair was merged meanwhile (by another desk, a moment ago)."""

    def __init__(self, record):
        super().__init__("already merged")
        self.record = record


def _pair_for_merge(user, first_number: str, second_number: str) -> list[Candidate]:
    """The two records, in the order asked, if `user` may merge them: they see at least
    one (their centre is the home or a linked centre), and the other too or it is a
    probable duplicate of it (the list's rule): no typed number of a stranger's record
    joins it to one of theirs. Http404 otherwise."""
    if first_number == second_number:
        raise Http404
    found = {
        record.registration_number: record
        for record in Candidate.objects.select_related(
            "centre", "home_district", "merged_into"
        ).filter(registration_number__in=[first_number, second_number])
    }
    if len(found) != 2:
        raise Http404
    records = [found[first_number], found[second_number]]
    visible = set(
        Candidate.objects.visible_to(user)
        .filter(pk__in=[r.pk for r in records])
        .values_list("pk", flat=True)
    )
    for record in records:
        if record.is_merged:
            if Candidate.objects.visible_to(user).filter(pk=record.merged_into_id).exists():
                raise AlreadyMerged(record)
            raise Http404
    if not visible:
        raise Http404
    if len(visible) == 1 and not are_probable_duplicates(*records):
        raise Http404
    return records


def _merged_meanwhile(request, record):
    messages.warning(
        request,
        _("%(number)s was already merged into %(kept)s on %(date)s.")
        % {
            "number": record.registration_number,
            "kept": record.merged_into.registration_number,
            "date": date_format(timezone.localtime(record.merged_at), "SHORT_DATETIME_FORMAT"),
        },
    )
    return redirect("candidates:detail", registration_number=record.merged_into.registration_number)


# The reason may name people; nothing of the form goes to an error report.
@sensitive_post_parameters()
@never_cache
@require_permission("candidates.add_candidatemerge")
def merge_records(request, registration_number, other_number):
    try:
        records = _pair_for_merge(request.user, registration_number, other_number)
    except AlreadyMerged as merged:
        return _merged_meanwhile(request, merged.record)
    erased = [r.registration_number for r in records if r.is_erased]
    if erased:
        messages.error(
            request,
            _("The personal data of %(number)s was erased: an erased record cannot be merged.")
            % {"number": erased[0]},
        )
        return redirect("candidates:probable_duplicates")
    form = MergeForm(request.POST or None, records=records)
    if request.method == "POST" and form.is_valid():
        try:
            merge = merging.merge_candidates(
                kept=form.cleaned_data["kept_record"],
                merged=form.cleaned_data["merged_record"],
                by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except merging.CannotMerge as refused:
            messages.error(request, str(refused))
            return redirect("candidates:probable_duplicates")
        messages.success(
            request,
            _("%(merged)s was merged into %(kept)s.")
            % {
                "merged": merge.merged.registration_number,
                "kept": merge.kept.registration_number,
            },
        )
        return redirect("candidates:merge", pk=merge.pk)
    visible = set(
        Candidate.objects.visible_to(request.user)
        .filter(pk__in=[r.pk for r in records])
        .values_list("pk", flat=True)
    )
    if request.method == "GET":
        _record_seen_across_centres(
            request.user,
            [r.registration_number for r in records if r.pk not in visible],
            "merge_records",
        )
    rows = merging.rows_of(records)
    return render(
        request,
        "candidates/merge_records.html",
        {
            "form": form,
            "records": [
                {
                    "record": r,
                    "visible": r.pk in visible,
                    "rows": merging.labelled_counts(rows[r.pk]),
                }
                for r in records
            ],
            "probable_duplicates": are_probable_duplicates(*records),
        },
    )


@never_cache
@require_permission("candidates.view_candidatemerge")
def merge_detail(request, pk):
    """What a merge did, for those who see the record it ended in."""
    visible = Candidate.objects.visible_to(request.user).values("pk")
    merges = CandidateMerge.objects.filter(
        Q(kept__in=visible) | Q(kept__merged_into__in=visible)
    ).select_related("kept", "kept__merged_into", "merged", "merged__centre", "merged_by")
    merge = get_object_or_404(merges, pk=pk)
    survivor = merge.kept.merged_into or merge.kept
    return render(
        request,
        "candidates/merge_detail.html",
        {
            "merge": merge,
            "survivor": survivor,
            "moved": merging.labelled_counts(merge.moved),
            "dropped": merging.labelled_counts(merge.dropped),
            "carried_over": [
                merging.MergeCarried.LABELS[name]
                for name in merge.carried_over
                if name in merging.MergeCarried.LABELS
            ],
        },
    )


def follow_merged_record(request, registration_number):
    """A merged record's page: the record it was merged into, with a word saying so, if
    the user may see that one; Http404 otherwise (as for any record not theirs)."""
    tombstone = (
        Candidate.objects.filter(registration_number=registration_number, merged_into__isnull=False)
        .select_related("merged_into")
        .first()
    )
    if tombstone is None:
        raise Http404
    kept = get_object_or_404(
        Candidate.objects.visible_to(request.user), pk=tombstone.merged_into_id
    )
    messages.info(
        request,
        _("%(number)s was merged into this record, %(kept)s, on %(date)s.")
        % {
            "number": tombstone.registration_number,
            "kept": kept.registration_number,
            "date": date_format(timezone.localtime(tombstone.merged_at), "SHORT_DATETIME_FORMAT"),
        },
    )
    return redirect("candidates:detail", registration_number=kept.registration_number)
