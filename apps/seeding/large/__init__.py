"""The large seed (`seed_demo --scale large`): a national-size database for measuring
the portal, on top of the small demo.

One module per domain (people, listings, counselling, complaints, orientation),
written with COPY (bulk.py). Everything is drawn from one seeded random generator, so
two runs give the same rows. The seeded people can be found again without decrypting
anything: person number i (0, 1, 2...) has the CNIC `seeded_cnic(i)`, the phone
`seeded_phone(i)` and, if they hold one, the passport `seeded_passport(i)` — see
docs/performance.md.
"""

import datetime
import random
import uuid
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from .bulk import Phases, orphaned_foreign_keys

# The first seeded person's submission key: present means the large data is loaded.
MARKER_NAMESPACE = uuid.UUID("6d1f0a52-6b7e-4d8e-9a51-3c1f6e0b7a11")
RANDOM_SEED = 20261202


def seeded_cnic(i: int) -> str:
    """The 13 digits of seeded person i's CNIC (unique for i < 10,000,000; never one of
    the small demo's, which start 3520)."""
    return f"3{1 + i % 9}1{i % 100:02d}{i:07d}{i % 10}"


def seeded_phone(i: int) -> str:
    """Seeded person i's mobile number, in the stored E.164 form."""
    return f"+923{10 + i % 40:02d}{1_000_000 + i:07d}"


def seeded_passport(i: int) -> str:
    """Seeded person i's passport number (only every third person holds one: i % 3 == 0)."""
    return f"{'ABCDEFGHJKLMNPQRSTUVWXYZ'[i % 24]}{'KLMNPQRSTU'[i % 10]}{i:07d}"


def person_number_from_phone(phone: str) -> int:
    """The i of a seeded person, read back from their phone number."""
    return int(str(phone)[-7:]) - 1_000_000


def marker_key() -> uuid.UUID:
    return uuid.uuid5(MARKER_NAMESPACE, "candidate-0")


@dataclass
class Sizes:
    candidates: int = 1_000_000
    listings: int = 100_000
    appointments: int = 200_000
    pages: int = 2_000
    # Derived from the above unless given.
    agencies: int = 0
    employers: int = 0
    applications: int = 0
    sessions_per_centre: int = 0

    def __post_init__(self):
        self.agencies = self.agencies or max(10, min(400, self.listings // 250))
        self.employers = self.employers or max(20, min(6_000, self.listings // 20))
        self.applications = self.applications or self.candidates // 4
        self.sessions_per_centre = self.sessions_per_centre or max(
            2, min(12, self.candidates // 80_000)
        )


@dataclass
class Context:
    """What every phase shares: the generator, the clock, and what earlier phases made."""

    sizes: Sizes
    rng: random.Random
    now: datetime.datetime
    today: datetime.date
    centres: list = field(default_factory=list)  # Centre objects, seeded and demo
    centre_weights: list = field(default_factory=list)
    staff: dict = field(default_factory=dict)  # (centre code, role) -> [user ids]
    # Per seeded candidate (index i): id, centre index, sex letter, created_at, years old
    candidate_ids: list = field(default_factory=list)
    candidate_centre: list = field(default_factory=list)
    candidate_created: list = field(default_factory=list)
    candidate_sex: list = field(default_factory=list)
    candidate_trade: list = field(default_factory=list)  # first occupation's code
    by_centre: dict = field(default_factory=dict)  # centre index -> [candidate index]
    occupations: dict = field(default_factory=dict)  # code -> Occupation
    listing_ids: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)


# Every table the large seed writes to, for the foreign-key check at the end.
SEEDED_TABLES = [
    "accounts_user", "accounts_user_groups", "centres_centre",
    "candidates_candidate", "candidates_candidatelanguage", "candidates_candidateoccupation",
    "candidates_registrationcounter", "listings_recruitmentagency", "listings_employer",
    "listings_joblisting", "listings_listinglanguage", "listings_application",
    "listings_applicationstatuschange", "counselling_counsellor",
    "counselling_weeklyavailability", "counselling_appointment", "counselling_appointmentevent",
    "orientation_page", "orientation_orientationsession", "orientation_enrolment",
    "orientation_certificate", "complaints_complaint", "complaints_complaintevent",
    "complaints_escalation", "complaints_recovery", "complaints_complaintcounter",
]  # fmt: skip


def _skip_foreign_key_triggers() -> bool:
    """Let COPY skip the per-row foreign-key triggers (checked set-based at the end
    instead; unique, check and exclusion constraints still hold row by row). The FKs
    are DEFERRABLE INITIALLY DEFERRED, so otherwise millions of queued checks run at
    COMMIT, one index look-up and row lock each. Needs a superuser; without one the
    triggers simply run. Returns whether they are skipped."""
    with connection.cursor() as cursor:
        # Losing this transaction in a crash only loses demo data; don't wait on fsync.
        cursor.execute("SET LOCAL synchronous_commit = off")
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        try:
            with transaction.atomic():
                cursor.execute("SET LOCAL session_replication_role = replica")
        except DatabaseError:
            return False
    return True


def large_data_present() -> bool:
    from apps.candidates.models import Candidate

    return Candidate.objects.filter(submission_key=marker_key()).exists()


def seed_large(sizes: Sizes, write) -> Context | None:
    """Load the large data set in one transaction, then VACUUM and ANALYZE. Returns None (and
    writes why) if it is loaded already."""
    from . import complaints, counselling, listings, orientation, people

    if large_data_present():
        write("The large data set is already loaded here; nothing was added.")
        return None
    phases = Phases(write)
    now = timezone.now()
    context = Context(
        sizes=sizes,
        rng=random.Random(RANDOM_SEED),
        now=now,
        today=timezone.localdate(now),
    )
    write(
        f"Loading {sizes.candidates:,} candidates, {sizes.listings:,} listings, "
        f"{sizes.appointments:,} appointments and {sizes.pages:,} orientation pages..."
    )
    with transaction.atomic():
        deferred_checks = _skip_foreign_key_triggers()
        people.seed_centres_and_staff(context, phases)
        people.seed_candidates(context, phases)
        listings.seed_listings(context, phases)
        counselling.seed_appointments(context, phases)
        complaints.seed_complaints(context, phases)
        orientation.seed_orientation(context, phases)
        if deferred_checks:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL session_replication_role = origin")
                # Skipped with the foreign-key triggers: the trigger that copies each
                # person's name for the name search (migration candidates/0005).
                cursor.execute(
                    "INSERT INTO candidates_name_search (centre_id, candidate_id, full_name) "
                    "SELECT centre_id, id, full_name FROM candidates_candidate "
                    "ON CONFLICT DO NOTHING"
                )
            phases.done("names copied for the name search")
            broken = orphaned_foreign_keys(SEEDED_TABLES)
            if broken:
                raise RuntimeError(f"Rows point at nothing: {', '.join(broken)}")
            phases.done("foreign keys checked", f"{len(SEEDED_TABLES)} tables, set-based")
    phases.done("commit")
    # VACUUM as well: rows written by COPY are not yet marked all-visible, and until
    # autovacuum gets there every count reads the table instead of its index (a
    # centre's candidate count took 120 ms instead of 2). VACUUM cannot run inside a
    # transaction (a test's), where ANALYZE alone has to do.
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
    with connection.cursor() as cursor:
        for table in [*SEEDED_TABLES, "candidates_name_search"]:
            cursor.execute(f"{command} {table}")
    phases.done(command)
    write(phases.summary())
    context.counts["seconds"] = phases.total()
    return context
