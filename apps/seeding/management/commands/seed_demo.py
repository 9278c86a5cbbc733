"""Demo data for trying the portal: centres, one login per role, and (as later issues
land) candidates, listings, appointments and orientation content.

Safe to run twice: every row is found by a natural key and updated, never duplicated.
`--scale large` then loads a national-size data set on top (apps/seeding/large;
docs/performance.md): a second large run finds it there and adds nothing.
Refuses to run unless DJANGO_ALLOW_DEMO_DATA (or DEBUG) is on, because the demo
passwords are printed for anyone to read.
"""

import uuid

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from apps.accounts import roles
from apps.accounts.models import User
from apps.accounts.services import upsert_account
from apps.candidates.identifiers import format_cnic
from apps.candidates.models import Candidate, ConsentText
from apps.candidates.services import Registration, register_candidate
from apps.centres.models import Centre, District, Province
from apps.network.csv_rows import open_centres_from_csv
from apps.occupations.models import Occupation
from apps.seeding.demo.complaints import seed_complaints
from apps.seeding.demo.counselling import notices_not_sent, seed_counselling
from apps.seeding.demo.listings import seed_listings
from apps.seeding.demo.orientation import seed_orientation
from apps.seeding.large import Sizes, seed_large, seeded_cnic, seeded_phone

DEMO_PASSWORD = "mrc-demo-2026"
# A district labour office in every Punjab district but Lahore and Sialkot, whose offices
# (LHD, SKT) are the demo's own: scripts/punjab_offices_csv.py writes it.
DISTRICT_OFFICES_CSV = settings.BASE_DIR / "fixtures" / "punjab_district_offices.csv"

# (code, kind, district, English name, Urdu name, helpline)
DEMO_CENTRES = [
    (
        "LHD",
        Centre.Kind.DISTRICT_LABOUR_OFFICE,
        "Lahore",
        "District Labour Office Lahore",
        "ضلعی لیبر آفس لاہور",
        "+924299211111",
    ),
    (
        "SKT",
        Centre.Kind.DISTRICT_LABOUR_OFFICE,
        "Sialkot",
        "District Labour Office Sialkot",
        "ضلعی لیبر آفس سیالکوٹ",
        "+92523555111",
    ),
]

# (full name, father's or husband's name, sex) of the demo walk-ins
DEMO_PEOPLE = [
    ("Muhammad Imran", "Muhammad Ashraf", "male"),
    ("Shazia Parveen", "Ghulam Rasool", "female"),
    ("Ali Raza", "Raza Hussain", "male"),
    ("Bilal Ahmed", "Nazir Ahmed", "male"),
    ("Nadia Bibi", "Abdul Rehman", "female"),
    ("Usman Ghani", "Abdul Ghani", "male"),
    ("Asif Mehmood", "Mehmood Akhtar", "male"),
    ("Rubina Kausar", "Muhammad Aslam", "female"),
    ("Kashif Iqbal", "Javed Iqbal", "male"),
    ("Zeeshan Haider", "Haider Ali", "male"),
    ("Samina Akhtar", "Akhtar Hussain", "female"),
    ("Waqas Butt", "Tariq Butt", "male"),
    ("Faisal Nawaz", "Nawaz Khan", "male"),
    ("Irfan Ullah", "Rahim Ullah", "male"),
    ("Sadia Noreen", "Noor Muhammad", "female"),
    ("Hamza Shahid", "Shahid Mehmood", "male"),
    ("Adeel Anwar", "Anwar ul Haq", "male"),
    ("Tahira Yasmin", "Muhammad Yasin", "female"),
    ("Naveed Akram", "Akram Ali", "male"),
    ("Shahbaz Gill", "Pervaiz Gill", "male"),
    ("Ayesha Siddiqa", "Abu Bakar", "female"),
    ("Rizwan Saleem", "Saleem Akhtar", "male"),
    ("Sajid Mehmood", "Mehmood ul Hassan", "male"),
    ("Kiran Shahzadi", "Shahzad Ahmed", "female"),
]

# ISCO-08 unit groups of the demo walk-ins: electrician, welder, truck driver, cook,
# plumber, carpenter, mason, AC mechanic, security guard, car mechanic, labourer.
DEMO_TRADES = [
    "7411",
    "7212",
    "8332",
    "5120",
    "7126",
    "7115",
    "7112",
    "7127",
    "5414",
    "7231",
    "9313",
]

# (username, role, centre code, first name, last name)
DEMO_ACCOUNTS = [
    ("kiosk.lahore", roles.KIOSK, "LHR", "Kiosk", "Lahore 1"),
    ("officer.lahore", roles.REGISTRATION_OFFICER, "LHR", "Ayesha", "Khan"),
    ("counsellor.lahore", roles.COUNSELLOR, "LHR", "Bilal", "Ahmed"),
    ("counsellor2.lahore", roles.COUNSELLOR, "LHR", "Farah", "Naz"),
    ("complaints.lahore", roles.COMPLAINTS_OFFICER, "LHR", "Rabia", "Anwar"),
    ("dlo.lahore", roles.DISTRICT_LABOUR_OFFICER, "LHD", "Imran", "Butt"),
    ("manager.lahore", roles.CENTRE_MANAGER, "LHR", "Sadia", "Malik"),
    ("officer.sialkot", roles.REGISTRATION_OFFICER, "SKT", "Usman", "Cheema"),
    ("dlo.sialkot", roles.DISTRICT_LABOUR_OFFICER, "SKT", "Naveed", "Bajwa"),
    ("counsellor.sialkot", roles.COUNSELLOR, "SKT", "Hina", "Chaudhry"),
    # Two editors, so that one can review what the other wrote.
    ("editor.lahore", roles.ORIENTATION_EDITOR, "LHR", "Zainab", "Qureshi"),
    ("editor2.lahore", roles.ORIENTATION_EDITOR, "LHR", "Hamid", "Latif"),
]

# (username, role, province's English name or None for the whole country, first name,
# last name): numbers only, across centres.
DEMO_OVERSIGHT_ACCOUNTS = [
    ("provincial.punjab", roles.PROVINCIAL_OFFICER, "Punjab", "Tariq", "Mahmood"),
    ("national.officer", roles.NATIONAL_OFFICER, None, "Amna", "Siddiqui"),
]


class Command(BaseCommand):
    help = "Load demo centres and one demo login per role; prints the logins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url", default="http://127.0.0.1:8000", help="Printed before the paths."
        )
        parser.add_argument(
            "--scale",
            choices=["small", "large"],
            default="small",
            help="small: the demo only (default). large: the demo, then about a million "
            "people, 100,000 listings, 200,000 appointments and 2,000 orientation pages.",
        )
        sizes = Sizes()
        for name, default in (
            ("candidates", sizes.candidates),
            ("listings", sizes.listings),
            ("appointments", sizes.appointments),
            ("pages", sizes.pages),
        ):
            parser.add_argument(
                f"--{name}",
                type=int,
                default=default,
                help=f"With --scale large: how many {name} (default {default:,}).",
            )

    def handle(self, *args, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                "Demo data is switched off here (DEBUG is off). Set DJANGO_ALLOW_DEMO_DATA=true "
                "only on a machine nobody else uses."
            )
        sizes = None
        if options["scale"] == "large":
            names = ("candidates", "listings", "appointments", "pages")
            if min(options[name] for name in names) < 1:
                raise CommandError("Sizes must be at least 1.")
            sizes = Sizes(**{name: options[name] for name in names})
        call_command("load_reference_data", verbosity=0)
        # The demo's bookings and complaints would text the demo people's made-up numbers.
        with notices_not_sent(), transaction.atomic():
            self.seed_centres()
            self.seed_accounts()
            offices = self.open_district_offices()
            self.seed_candidates()
            seed_listings()
            seed_counselling()
            seed_complaints()
            orientation = seed_orientation()
        self.print_summary(options["base_url"], orientation, offices)
        if sizes is not None:
            self.load_large(sizes)

    def load_large(self, sizes):
        context = seed_large(sizes, self.stdout.write)
        if context is None:
            return
        self.stdout.write("")
        self.stdout.write("Seeded person number i (0, 1, 2...) can be looked up by:")
        self.stdout.write(
            f"  CNIC   {format_cnic(seeded_cnic(0))}, {format_cnic(seeded_cnic(1))}..."
        )
        self.stdout.write(f"  phone  {seeded_phone(0)}, {seeded_phone(1)}...")
        self.stdout.write("Staff at the new centres log in as officer.<code>, manager.<code>, ")
        self.stdout.write("dlo.<code>, kiosk.<code>, counsellor1.<code>..., e.g. officer.fsl.")

    def seed_centres(self):
        for code, kind, district_name, name_en, name_ur, helpline in DEMO_CENTRES:
            district = District.objects.get(name_en=district_name, province__name_en="Punjab")
            Centre.objects.update_or_create(
                code=code,
                defaults={
                    "kind": kind,
                    "district": district,
                    "name_en": name_en,
                    "name_ur": name_ur,
                    "address_en": f"{name_en}, {district_name}",
                    "address_ur": name_ur,
                    "helpline": helpline,
                    "opening_hours_en": "Monday to Friday, 9:00 to 17:00",
                    "opening_hours_ur": "پیر تا جمعہ، صبح 9 بجے سے شام 5 بجے تک",
                },
            )

    def seed_accounts(self):
        centres = {centre.code: centre for centre in Centre.objects.all()}
        for username, role, code, first_name, last_name in DEMO_ACCOUNTS:
            upsert_account(
                username=username,
                role=role,
                centre=centres[code],
                password=DEMO_PASSWORD,
                first_name=first_name,
                last_name=last_name,
            )
        for username, role, province, first_name, last_name in DEMO_OVERSIGHT_ACCOUNTS:
            upsert_account(
                username=username,
                role=role,
                province=Province.objects.get(name_en=province) if province else None,
                password=DEMO_PASSWORD,
                first_name=first_name,
                last_name=last_name,
            )
        admin, _created = User.objects.get_or_create(
            username="admin", defaults={"is_superuser": True, "is_staff": True}
        )
        admin.is_superuser = admin.is_staff = True
        admin.set_password(DEMO_PASSWORD)
        admin.save()

    def open_district_offices(self):
        """Every Punjab district's labour office, opened as an administrator opens one
        (open_centre), its new accounts given the demo password instead of their links.
        A second run finds them open and changes nothing."""
        outcome = open_centres_from_csv(DISTRICT_OFFICES_CSV.read_bytes())
        if outcome.mistakes:
            line, column, message = outcome.mistakes[0]
            raise CommandError(f"{DISTRICT_OFFICES_CSV.name} line {line}, {column}: {message}")
        new_accounts = [account.username for r in outcome.results for account in r.accounts]
        if new_accounts:
            # One hash for them all: hashing each account's password would take minutes.
            User.objects.filter(username__in=new_accounts).update(
                password=make_password(DEMO_PASSWORD)
            )
        return outcome.results

    def seed_candidates(self):
        """Walk-ins at Lahore and Sialkot, registered through the real service. Each has a
        fixed submission key, so a second run finds them instead of adding more."""
        centres = {centre.code: centre for centre in Centre.objects.all()}
        registrars = {
            "LHR": User.objects.get(username="officer.lahore"),
            "SKT": User.objects.get(username="officer.sialkot"),
        }
        kiosk = User.objects.get(username="kiosk.lahore")
        consent = {language: ConsentText.objects.current(language) for language in ("en", "ur")}
        # The trades the demo listings ask for, so that matching has people to rank.
        trades = [Occupation.objects.get(code=code) for code in DEMO_TRADES]
        districts = list(District.objects.filter(province__name_en="Punjab"))
        today = timezone.localdate()
        for n, (name, relation, sex) in enumerate(DEMO_PEOPLE):
            code = "LHR" if n % 3 else "SKT"
            channel = Candidate.Channel.KIOSK if code == "LHR" and n % 2 else Candidate.Channel.DESK
            registration = Registration(
                full_name=name,
                relation_name=relation,
                sex=sex,
                date_of_birth=today.replace(year=today.year - 20 - (n * 7) % 30, day=1),
                cnic=f"3520{n % 10}{1000000 + n * 7919:07d}{n % 10}",
                phone=f"+92300{4000000 + n * 131:07d}",
                home_district=districts[(n * 5) % len(districts)],
                address=f"House {n + 1}, Street {n % 9 + 1}",
                education=Candidate.Education.values[n % len(Candidate.Education.values)],
                available_from=today,
                heard_about=Candidate.HeardAbout.values[n % len(Candidate.HeardAbout.values)],
                consent_text=consent["ur" if n % 2 else "en"],
                agrees_to_messages=n % 4 != 3,
                destination_countries=[["SA"], ["AE", "QA"], ["MY"], ["KR"], ["OM", "SA"]][n % 5],
                languages=[("ur", "fluent"), ("pa", "fluent")]
                + ([("en", "basic")] if n % 2 else []),
                occupations=[(trades[n % len(trades)], 1 + n % 9)],
            )
            register_candidate(
                registration=registration,
                centre=centres[code],
                channel=channel,
                registered_by=kiosk if channel == Candidate.Channel.KIOSK else registrars[code],
                submission_key=uuid.uuid5(uuid.NAMESPACE_URL, f"mrc-demo-candidate-{n}"),
            )

    def print_summary(self, base_url, orientation, offices):
        write = self.stdout.write
        write("")
        write(f"MRC Portal demo is ready at {base_url}/")
        write(f"  Public home:      {base_url}/")
        write(f"  Staff login:      {base_url}/accounts/login/")
        write(f"  Jobs abroad:      {base_url}/jobs/")
        write(f"  Kiosk:            {base_url}/kiosk/")
        write(f"  Back office:      {base_url}/{settings.ADMIN_URL}")
        write(f"  Appointments:     {base_url}{reverse('counselling:day')}")
        write(f"  My calendar:      {base_url}{reverse('counselling:my_week')} (as a counsellor)")
        write(f"  Orientation:      {base_url}{reverse('orientation:index')}")
        write(f"  Sessions:         {base_url}{reverse('orientation:sessions')} (as staff)")
        write(f"  Certificates:     {base_url}{reverse('orientation:verify')} (check a code)")
        write(f"    a valid code:   {orientation.valid_code or '(none)'}")
        write(f"    a revoked code: {orientation.revoked_code or '(none)'}")
        write("")
        write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        write(f"  {'admin':<20} Superuser")
        for username, role, code, _first, _last in DEMO_ACCOUNTS:
            write(f"  {username:<20} {role.group_name} at {code}")
        if offices:
            opened = sum(result.centre_created for result in offices)
            codes = [result.centre.code.lower() for result in offices]
            example = "fsl" if "fsl" in codes else codes[0]
            write(
                f"  The {len(offices)} other Punjab district labour offices "
                f"(fixtures/{DISTRICT_OFFICES_CSV.name}; {opened} opened by this run):"
            )
            write(
                "  officer.<code>, manager.<code>, dlo.<code>, counsellor1.<code>, "
                f"kiosk.<code>, e.g. officer.{example}"
            )
        for username, role, province, _first, _last in DEMO_OVERSIGHT_ACCOUNTS:
            write(f"  {username:<20} {role.group_name}, {province or 'every centre'} (reports)")
        write("")
