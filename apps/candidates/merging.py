"""Two records of one person made one: everything that points at the record merged
away moves to the record kept, in one transaction, and the merge is recorded.

Every relation to Candidate is found through the model's own metadata, so a model
added later moves with the rest without being named here. A relation whose rows the
database may refuse beside the kept record's (a unique or exclusion constraint on the
person and something else: one language once, one enrolment per session) needs a
clash rule: a function that settles those rows first, keeping one of each twin, and
says how many of the merged record's it let go. The apps built on candidates add
theirs from their AppConfig.ready (candidates imports none of them); a relation with
a constraint and no rule stops every merge (ImproperlyConfigured) rather than lose a
row or fail half-way.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.contrib.postgres.constraints import ExclusionConstraint
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, OperationalError, models, transaction
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import (
    Candidate,
    CandidateLanguage,
    CandidateMerge,
    CandidateOccupation,
    CentreLink,
    NameSearchEntry,
)

logger = logging.getLogger(__name__)

# Rows that stay where they are: the merges' own records (each says what happened to
# whom at the time), and the names' copy the database keeps itself (migration 0005).
NOT_MOVED = (CandidateMerge, NameSearchEntry)

# The prefix of a tombstone's CNIC hash: unique (the column is) and never a real hash
# (64 hexadecimal digits), so the number no longer blocks a registration or matches.
MERGED_HASH_PREFIX = "merged-"

# (kept, merged) -> how many of the merged record's rows it let go
ClashRule = Callable[[Candidate, Candidate], int]

_clash_rules: dict[str, ClashRule] = {}


class CannotMerge(Exception):
    """Merge refused; the message says why, for the page."""


class MergeCarried:
    """What the kept record may take from the merged one, named in CandidateMerge.carried_over."""

    PASSPORT = "passport"  # the kept record had no passport number
    EMAIL = "email"  # the kept record had no email address
    HOME_CENTRE_LINK = "home_centre_link"  # the merged record's centre now serves the kept one

    LABELS = {
        PASSPORT: gettext_lazy("The passport number, which the kept record did not have"),
        EMAIL: gettext_lazy("The email address, which the kept record did not have"),
        HOME_CENTRE_LINK: gettext_lazy(
            "A link to the merged record's centre, which goes on serving the person"
        ),
    }


def add_clash_rule(model_label: str, rule: ClashRule) -> None:
    """Let `rule` settle the rows of `model_label` ("app_label.Model") that would clash
    with the kept record's, before they move."""
    _clash_rules[model_label.lower()] = rule


@dataclass(frozen=True)
class Relation:
    """A foreign key to Candidate: the model that holds it and the field's name."""

    model: type[models.Model]
    field_name: str

    @property
    def label(self) -> str:
        return self.model._meta.label_lower


def relations_to_move() -> list[Relation]:
    """Every foreign key to Candidate whose rows follow the person, in a stable order."""
    relations = []
    for field in Candidate._meta.get_fields(include_hidden=True):
        if not (field.is_relation and field.auto_created and not field.concrete):
            continue  # not a relation pointing at Candidate
        if issubclass(field.related_model, NOT_MOVED):
            continue
        if field.many_to_many:
            raise ImproperlyConfigured(
                f"{field.related_model._meta.label} relates to Candidate many-to-many: "
                "say in apps/candidates/merging.py how a merge moves it."
            )
        relations.append(Relation(field.related_model, field.field.name))
    return sorted(relations, key=lambda relation: (relation.label, relation.field_name))


def constrained_relations() -> list[Relation]:
    """The relations whose rows the database may refuse beside the kept record's: the
    person's field is unique, or part of a unique or exclusion constraint."""
    return [relation for relation in relations_to_move() if _is_constrained(relation)]


def _is_constrained(relation: Relation) -> bool:
    meta = relation.model._meta
    field = meta.get_field(relation.field_name)
    if field.unique:
        return True
    if any(relation.field_name in fields for fields in meta.unique_together):
        return True
    for constraint in meta.constraints:
        if isinstance(constraint, models.UniqueConstraint):
            if relation.field_name in constraint.fields or constraint.expressions:
                return True
        elif isinstance(constraint, ExclusionConstraint) and any(
            expression in (relation.field_name, F(relation.field_name))
            for expression, _operator in constraint.expressions
        ):
            return True
    return False


def check_clash_rules() -> None:
    """Refuse to merge while a constrained relation has no clash rule."""
    missing = [r.label for r in constrained_relations() if r.label not in _clash_rules]
    if missing:
        raise ImproperlyConfigured(
            f"No merge clash rule for {', '.join(missing)}: add one with add_clash_rule."
        )


def rows_of(records) -> dict[int, dict[str, int]]:
    """How many rows of each relation point at each of `records`: what a merge of it
    would move. One query (a counting subquery per relation)."""
    relations = relations_to_move()
    counts = {
        f"rows_{n}": Coalesce(
            Subquery(
                relation.model._base_manager.filter(**{relation.field_name: OuterRef("pk")})
                .order_by()
                .values(relation.field_name)
                .annotate(rows=Count("*"))
                .values("rows")
            ),
            0,
        )
        for n, relation in enumerate(relations)
    }
    found = Candidate._base_manager.filter(pk__in=[r.pk for r in records]).values("pk", **counts)
    return {
        row["pk"]: {relation.label: row[f"rows_{n}"] for n, relation in enumerate(relations)}
        for row in found
    }


def relation_label(label: str) -> str:
    """A relation's rows as the pages name them ("Appointments"), from its model."""
    if label == Candidate._meta.label_lower:
        return _("Records merged into it before")
    try:
        model = apps.get_model(label)
    except LookupError:  # a model since removed: its rows were counted then
        return label
    return capfirst(model._meta.verbose_name_plural)


def labelled_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    """`counts` by relation ("app_label.model" -> rows) as (name, rows), by name."""
    return sorted(
        ((relation_label(label), count) for label, count in counts.items() if count),
        key=lambda item: str(item[0]),
    )


def merge_candidates(*, kept: Candidate, merged: Candidate, by, reason: str) -> CandidateMerge:
    """Move everything of `merged` to `kept`, leave `merged` as a tombstone pointing at
    it, and record the merge (CandidateMerge, and the audit trail of both records).

    Raises CannotMerge, with a message for the person at the page, when either record
    is erased or merged already (two desks merging the same person at once: the second
    finds the first's merge done), or when a clash rule refuses. One transaction: a
    refusal leaves both records as they were.
    """
    if kept.pk == merged.pk:
        raise CannotMerge(_("A record cannot be merged into itself."))
    check_clash_rules()
    try:
        with transaction.atomic():
            return _merge(kept.pk, merged.pk, by=by, reason=reason)
    except IntegrityError as error:
        # A constraint no clash rule foresaw: nothing was written. Its name (never a
        # value) goes to the log, for whoever adds the missing rule.
        constraint = getattr(getattr(error.__cause__, "diag", None), "constraint_name", "")
        logger.warning("merge refused by the constraint %s", constraint or "(unknown)")
        raise CannotMerge(
            _("These records could not be merged: the database refused a row of them.")
        ) from error
    except OperationalError as error:
        if getattr(error.__cause__, "pgcode", None) != "40P01":  # deadlock_detected
            raise
        raise CannotMerge(
            _("Another change to these records was being saved at the same moment; try again.")
        ) from error


def _merge(kept_pk: int, merged_pk: int, *, by, reason: str) -> CandidateMerge:
    now = timezone.now()
    # Both rows locked in the order of their ids, whichever is kept: two desks merging
    # A into B and B into A queue one behind the other instead of each holding one row
    # and waiting for the other's (a deadlock). The second then reads the first's merge.
    locked = {}
    for pk in sorted((kept_pk, merged_pk)):
        locked[pk] = Candidate.objects.select_for_update().filter(pk=pk).first()
    kept, merged = locked[kept_pk], locked[merged_pk]
    if kept is None or merged is None:
        raise CannotMerge(_("One of these records no longer exists."))
    for record in (merged, kept):
        _refuse_if_not_live(record)

    dropped = {}
    for relation in relations_to_move():
        rule = _clash_rules.get(relation.label)
        if rule is not None and (count := rule(kept, merged)):
            dropped[relation.label] = count
    moved = {}
    for relation in relations_to_move():
        count = relation.model._base_manager.filter(**{relation.field_name: merged}).update(
            **{relation.field_name: kept}
        )
        if count:
            moved[relation.label] = count

    carried = []
    if _link_home_centre(kept, merged, by=by, now=now):
        carried.append(MergeCarried.HOME_CENTRE_LINK)
    # The tombstone lets go of its identifiers first: the kept record may then take
    # its passport number, which is unique.
    _make_tombstone(merged, kept, now)
    carried += _carry_over(kept, merged)

    merge = CandidateMerge.objects.create(
        kept=kept,
        merged=merged,
        merged_by=by,
        merged_at=now,
        reason=reason.strip(),
        moved=moved,
        dropped=dropped,
        carried_over=carried,
    )
    _record_in_audit_trail(merge, by)
    return merge


def _refuse_if_not_live(record: Candidate) -> None:
    if record.merged_into_id is not None:
        raise CannotMerge(
            _("%(number)s was already merged into %(kept)s on %(date)s.")
            % {
                "number": record.registration_number,
                "kept": record.merged_into.registration_number,
                "date": date_format(timezone.localtime(record.merged_at), "SHORT_DATETIME_FORMAT"),
            }
        )
    if record.is_erased:
        raise CannotMerge(
            _("The personal data of %(number)s was erased: an erased record cannot be merged.")
            % {"number": record.registration_number}
        )


def _link_home_centre(kept: Candidate, merged: Candidate, *, by, now) -> bool:
    """The merged record's home centre goes on serving the person, through a link to
    the kept record (unless it is the kept record's home centre or linked already). The
    consent is the one the person gave there: to be registered and served by it."""
    if merged.centre_id == kept.centre_id:
        return False
    if CentreLink.objects.filter(candidate=kept, centre_id=merged.centre_id).exists():
        return False
    CentreLink.objects.create(
        candidate=kept,
        centre_id=merged.centre_id,
        consent_text_id=merged.consent_text_id,
        linked_by=by,
        linked_at=now,
    )
    return True


TOMBSTONE_CLEARED = (
    "cnic_encrypted",
    "cnic_hash",
    "cnic_masked",
    "passport_encrypted",
    "passport_hash",
    "passport_masked",
    "passport_expiry",
)


def _make_tombstone(merged: Candidate, kept: Candidate, now) -> None:
    from apps.audit.services import record_withheld_change

    Candidate.objects.filter(pk=merged.pk).update(
        cnic_encrypted="",
        cnic_hash=f"{MERGED_HASH_PREFIX}{merged.pk}",
        cnic_masked="",
        passport_encrypted="",
        passport_hash="",
        passport_masked="",
        passport_expiry=None,
        status=Candidate.Status.INACTIVE,
        merged_into=kept,
        merged_at=now,
        updated_at=now,
    )
    record_withheld_change(
        obj=merged, fields=[*TOMBSTONE_CLEARED, "status", "merged_into", "merged_at"]
    )


def _carry_over(kept: Candidate, merged: Candidate) -> list[str]:
    """Fill in the kept record's passport and email from the merged one's where the kept
    record has none; its own are never overwritten (`merged` holds the values read under
    the lock, before the tombstone cleared them)."""
    from apps.audit.services import record_withheld_change

    changes, carried = {}, []
    if not kept.passport_hash and merged.passport_hash:
        changes.update(
            passport_encrypted=merged.passport_encrypted,
            passport_hash=merged.passport_hash,
            passport_masked=merged.passport_masked,
            passport_expiry=merged.passport_expiry,
        )
        carried.append(MergeCarried.PASSPORT)
    if not kept.email and merged.email:
        changes["email"] = merged.email
        carried.append(MergeCarried.EMAIL)
    if changes:
        Candidate.objects.filter(pk=kept.pk).update(**changes, updated_at=timezone.now())
        record_withheld_change(obj=kept, fields=list(changes))
    return carried


def _record_in_audit_trail(merge: CandidateMerge, by) -> None:
    """One entry on each record, in each record's centre's trail: which two, which
    merge, and the counts; the reason stays on the merge (free text may name people)."""
    from apps.audit.models import AuditEntry
    from apps.audit.services import record_access

    details = {
        "merge": merge.pk,
        "kept": merge.kept.registration_number,
        "merged": merge.merged.registration_number,
        "moved": merge.moved,
        "dropped": merge.dropped,
        "carried_over": merge.carried_over,
    }
    for record in (merge.kept, merge.merged):
        record_access(
            actor=by, kind=AuditEntry.AccessKind.RECORDS_MERGED, obj=record, details=details
        )


# --- The clash rules of the candidates app's own relations -----------------------------


def _fold_twins(model, kept, merged, *, key: str, better: Callable) -> int:
    """For each row of `merged` with the same `key` as one of `kept`'s, keep on the kept
    record's row whichever of the two values `better` prefers, and let the merged one go."""
    ours = {getattr(row, key): row for row in model.objects.filter(candidate=kept)}
    let_go = 0
    for theirs in model.objects.filter(candidate=merged, **{f"{key}__in": list(ours)}):
        row = ours[getattr(theirs, key)]
        changed = better(row, theirs)
        if changed:
            row.save(update_fields=changed)
        theirs.delete()
        let_go += 1
    return let_go


LANGUAGE_LEVELS = list(CandidateLanguage.Level.values)  # from a little to fluent


def _languages(kept, merged) -> int:
    """A language on both records keeps the higher level."""

    def better(ours, theirs):
        if LANGUAGE_LEVELS.index(theirs.level) > LANGUAGE_LEVELS.index(ours.level):
            ours.level = theirs.level
            return ["level"]
        return []

    return _fold_twins(CandidateLanguage, kept, merged, key="language", better=better)


def _occupations(kept, merged) -> int:
    """A trade on both records keeps the longer experience."""

    def better(ours, theirs):
        if theirs.years > ours.years:
            ours.years = theirs.years
            return ["years"]
        return []

    return _fold_twins(CandidateOccupation, kept, merged, key="occupation_id", better=better)


def _centre_links(kept, merged) -> int:
    """A centre that serves both records, or that is the kept record's home centre,
    keeps the one link (or none): the merged record's goes."""
    twins = CentreLink.objects.filter(candidate=merged).filter(
        Q(centre_id=kept.centre_id)
        | Q(centre_id__in=CentreLink.objects.filter(candidate=kept).values("centre_id"))
    )
    count, _by_model = twins.delete()
    return count


add_clash_rule("candidates.CandidateLanguage", _languages)
add_clash_rule("candidates.CandidateOccupation", _occupations)
add_clash_rule("candidates.CentreLink", _centre_links)


def merges_panel_context(candidate, user) -> dict:
    """The record page's list of the records merged into this one (and into those
    before them), newest first (registered in CandidatesConfig.ready)."""
    if not user.has_perm("candidates.view_candidatemerge"):
        return {"merges_received": []}
    merges = (
        CandidateMerge.objects.filter(Q(kept=candidate) | Q(kept__merged_into=candidate))
        .select_related("merged", "merged_by")
        .order_by("-merged_at")[:20]
    )
    return {"merges_received": merges}
