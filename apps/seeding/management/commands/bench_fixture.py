"""What `make bench` needs from a seeded database, written as JSON: a listing, a person
to search for (by CNIC, phone and name), the demo logins, and ready kiosk sessions.

A kiosk session here is what the kiosk's own wizard leaves in the session after the
six screens, for a new person with a fresh CNIC, logged in as the kiosk device: the
benchmark then measures the final submit alone. The answers are validated by the
wizard's own forms before they are copied.

Refuses to run unless DJANGO_ALLOW_DEMO_DATA (or DEBUG) is on: it writes a person's full
CNIC to a file and creates logged-in sessions, which only a demo database may have.
"""

import datetime
import json
import random
import re
import uuid
from importlib import import_module
from pathlib import Path

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Count
from django.http import QueryDict
from django.utils import timezone
from django.utils.crypto import get_random_string

from apps.accounts.models import User
from apps.candidates import identifiers
from apps.candidates.models import Candidate, CandidateOccupation
from apps.kiosk.registration import SESSION_KEY as WIZARD_KEY
from apps.kiosk.registration import STEPS
from apps.listings.filters import ListingFilter
from apps.listings.models import JobListing
from apps.occupations.models import Occupation

# The demo logins (seed_demo.DEMO_ACCOUNTS) each scenario uses.
ACCOUNTS = {
    "officer": "officer.lahore",
    "counsellor": "counsellor.lahore",
    "manager": "manager.lahore",
    "kiosk": "kiosk.lahore",
    "provincial": "provincial.punjab",
}
# Ready kiosk sessions have keys starting with this, so the next run can remove the
# ones left unused.
KIOSK_SESSION_PREFIX = "benchkiosk"
# Everyone the kiosk benchmark registers has this name (one person per submit).
BENCH_REGISTRANT = "Bench Registrant"
# The exit status when the demo logins are missing (bench/run.py then seeds them).
NO_DEMO_DATA = 3
SESSION_KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
WORD = re.compile(r"[^\W\d_]{4,}")


class Command(BaseCommand):
    help = "Write the benchmark's test data (ids, a person to search for, kiosk sessions)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="Where to write the JSON.")
        parser.add_argument(
            "--clear", action="store_true", help="Only remove the ready kiosk sessions left."
        )
        parser.add_argument(
            "--kiosk-sessions",
            type=int,
            default=0,
            help="How many ready kiosk registrations (each a fresh person) to prepare.",
        )

    def handle(self, *args, output, kiosk_sessions, clear, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                "bench_fixture runs only on a demo or benchmark database: "
                "set DJANGO_ALLOW_DEMO_DATA=true."
            )
        if clear:
            removed, _kinds = Session.objects.filter(
                session_key__startswith=KIOSK_SESSION_PREFIX
            ).delete()
            self.stdout.write(f"Removed {removed} ready kiosk session(s).")
            return
        if not output:
            raise CommandError("Say where to write the JSON: --output <file>.")
        users = {
            role: User.objects.filter(username=name).first() for role, name in ACCOUNTS.items()
        }
        missing = [ACCOUNTS[role] for role, user in users.items() if user is None]
        if missing:
            raise CommandError(
                f"No demo account {', '.join(missing)}: run `manage.py seed_demo` first.",
                returncode=NO_DEMO_DATA,
            )
        officer, kiosk = users["officer"], users["kiosk"]
        listing = self.busiest_open_listing(officer)
        person = (
            Candidate.objects.visible_to(officer)
            .exclude(channel=Candidate.Channel.KIOSK, full_name__startswith="Bench ")
            .order_by("pk")
            .first()
        )
        if person is None:
            raise CommandError("No candidate at the officer's centre: run seed_demo first.")
        # Somebody of another centre, for the look-up across centres by CNIC.
        elsewhere = (
            Candidate.objects.exclude(centre=officer.centre)
            .filter(anonymised_at__isnull=True)
            .order_by("pk")
            .first()
        )
        if elsewhere is None:
            raise CommandError("No candidate at another centre: run seed_demo first.")
        keyword = next(iter(WORD.findall(listing.title)), listing.title.split()[0]).lower()
        # The search page shows the best matches first: the bench looks for the first of
        # them (the busiest listing itself may rank on a later page).
        searched = ListingFilter(
            QueryDict(f"q={keyword}&country={listing.destination_country}"),
            queryset=JobListing.objects.open_to_public().with_monthly_rupees(),
        )
        first_found = searched.qs.values_list("pk", flat=True).first()
        national_phone = "0" + person.phone.as_e164.removeprefix("+92")
        data = {
            "accounts": ACCOUNTS,
            "counts": {
                "candidates": Candidate.objects.count(),
                "open_listings": JobListing.objects.open_to_public().count(),
            },
            "listing": {
                "pk": listing.pk,
                "keyword": keyword,
                "country": str(listing.destination_country),
                "first_found": first_found,
            },
            "person": {
                "registration_number": person.registration_number,
                "cnic": person.full_cnic(),
                "phone": f"{national_phone[:4]} {national_phone[4:]}",
                "name": person.full_name,
            },
            "elsewhere": {
                "registration_number": elsewhere.registration_number,
                "cnic": elsewhere.full_cnic(),
            },
            "kiosk_sessions": self.ready_kiosk_sessions(kiosk, kiosk_sessions),
        }
        Path(output).write_text(json.dumps(data, indent=1))
        self.stdout.write(
            f"Wrote {output}: listing {listing.pk}, person {person.registration_number}, "
            f"{kiosk_sessions} kiosk session(s)."
        )

    def busiest_open_listing(self, officer) -> JobListing:
        """The open listing whose trade most of the officer's centre has: matching then
        has the most people to rank."""
        open_listings = JobListing.objects.open_to_public()
        # The benchmark's own registrations (thousands a run, all in one trade) do not
        # count: every run then measures the same listing.
        trades = (
            CandidateOccupation.objects.filter(candidate__centre=officer.centre)
            .exclude(candidate__full_name=BENCH_REGISTRANT)
            .values("occupation")
            .annotate(people=Count("pk"))
            .order_by("-people")
            .values_list("occupation", flat=True)[:50]
        )
        for occupation in trades:
            listing = open_listings.filter(occupation=occupation).order_by("pk").first()
            if listing is not None:
                return listing
        listing = open_listings.order_by("pk").first()
        if listing is None:
            raise CommandError("No open job listing: run seed_demo first.")
        return listing

    @transaction.atomic
    def ready_kiosk_sessions(self, kiosk: User, count: int) -> list[str]:
        Session.objects.filter(session_key__startswith=KIOSK_SESSION_PREFIX).delete()
        if count <= 0:
            return []
        answers = self.wizard_answers(kiosk)
        device = {
            SESSION_KEY: str(kiosk.pk),
            BACKEND_SESSION_KEY: "apps.accounts.backends.PortalBackend",
            HASH_SESSION_KEY: kiosk.get_session_auth_hash(),
        }
        expires = timezone.now() + datetime.timedelta(hours=6)
        store = SessionStore()
        sessions = []
        for cnic in fresh_cnics(count):
            steps = json.loads(json.dumps(answers))
            steps["identity"]["fields"]["cnic"] = [identifiers.format_cnic(cnic)]
            state = {"submission_key": str(uuid.uuid4()), "steps": steps}
            key = KIOSK_SESSION_PREFIX + get_random_string(
                30, "abcdefghijklmnopqrstuvwxyz0123456789"
            )
            sessions.append(
                Session(
                    session_key=key,
                    session_data=store.encode({**device, WIZARD_KEY: state}),
                    expire_date=expires,
                )
            )
        Session.objects.bulk_create(sessions, batch_size=1000)
        # In the session cache too, where the engine has one (cached_db: Redis), as the
        # wizard's own saves leave them: a submit then costs what a real one costs.
        engine = import_module(settings.SESSION_ENGINE).SessionStore
        if hasattr(engine, "cache_key_prefix"):
            caches[settings.SESSION_CACHE_ALIAS].set_many(
                {
                    engine.cache_key_prefix + session.session_key: store.decode(
                        session.session_data
                    )
                    for session in sessions
                },
                timeout=int((expires - timezone.now()).total_seconds()),
            )
        return [session.session_key for session in sessions]

    def wizard_answers(self, kiosk: User) -> dict:
        """One complete registration as the wizard stores it, each screen checked by
        its own form (the CNIC is replaced per session)."""
        trade = Occupation.objects.for_kiosk().first()
        if trade is None:
            raise CommandError("No kiosk trades: run load_reference_data and seed_demo.")
        available = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
        screens = {
            "identity": {
                "full_name": BENCH_REGISTRANT,
                "relation_name": "Bench Parent",
                "sex": "male",
                "date_of_birth": "1994-03-05",
                "cnic": "35202-1111111-1",
                "passport_number": "",
                "passport_expiry": "",
            },
            "contact": {
                "phone": "0301 2345678",
                "email": "",
                "home_district": str(kiosk.centre.district_id),
                "address": "Street 1, Lahore",
            },
            "education": {
                "education": "intermediate",
                "language_ur": "fluent",
                "language_en": "basic",
            },
            "work": {"occupations": [str(trade.pk)], f"years_{trade.code}": "4"},
            "destinations": {"destination_countries": ["AE", "SA"], "available_from": available},
            "consent": {"heard_about": "radio_tv", "consent": "on", "messages": "yes"},
        }
        steps = {}
        for step in STEPS:
            fields = {
                name: value if isinstance(value, list) else [value]
                for name, value in screens[step.slug].items()
            }
            data = QueryDict(mutable=True)
            for name, values in fields.items():
                data.setlist(name, values)
            form = step.form_class(data=data)
            if not form.is_valid():
                raise CommandError(
                    f"The kiosk's {step.slug} screen refuses: {form.errors.as_text()}"
                )
            steps[step.slug] = {"fields": fields, "valid": True}
        return steps


def fresh_cnics(count: int) -> list[str]:
    """`count` CNICs (13 digits) that nobody has registered, nor each other."""
    rng = random.SystemRandom()
    chosen: set[str] = set()
    while len(chosen) < count:
        batch = {f"35202{rng.randrange(10**8):08d}" for _ in range(count - len(chosen))} - chosen
        hashes = {identifiers.identifier_hash("cnic", cnic): cnic for cnic in batch}
        taken = Candidate.objects.filter(cnic_hash__in=hashes).values_list("cnic_hash", flat=True)
        chosen |= batch - {hashes[digest] for digest in taken}
    return sorted(chosen, key=lambda _cnic: rng.random())
