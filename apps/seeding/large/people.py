"""Centres (one per Punjab district and a few elsewhere), their staff, and the
registered people with their languages and trades."""

import datetime
import uuid
import zoneinfo
from itertools import accumulate

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection

from apps.accounts import roles
from apps.accounts.models import User
from apps.candidates import identifiers
from apps.candidates.models import ConsentText, RegistrationCounter
from apps.candidates.services import format_registration_number
from apps.centres.models import Centre, District
from apps.occupations.models import Occupation

from . import MARKER_NAMESPACE, seeded_cnic, seeded_passport, seeded_phone, vocabulary
from .bulk import copy_rows, next_id, reset_sequence, text

DEMO_PASSWORD = "mrc-demo-2026"
REGISTRATION_YEARS = 3
# The demo centres keep their logins; the large set adds these at each new centre.
NEW_CENTRE_STAFF = [
    ("officer", roles.REGISTRATION_OFFICER),
    ("manager", roles.CENTRE_MANAGER),
    ("dlo", roles.DISTRICT_LABOUR_OFFICER),
    ("kiosk", roles.KIOSK),
]
# Demo logins by centre and role, used as the seeded rows' authors at the demo centres.
DEMO_STAFF = {
    ("LHR", "officer"): "officer.lahore",
    ("LHR", "manager"): "manager.lahore",
    ("LHR", "dlo"): "dlo.lahore",
    ("LHR", "kiosk"): "kiosk.lahore",
    ("LHD", "officer"): "dlo.lahore",
    ("LHD", "manager"): "dlo.lahore",
    ("LHD", "dlo"): "dlo.lahore",
    ("LHD", "kiosk"): "dlo.lahore",
    ("SKT", "officer"): "officer.sialkot",
    ("SKT", "manager"): "officer.sialkot",
    ("SKT", "dlo"): "dlo.sialkot",
    ("SKT", "kiosk"): "officer.sialkot",
}
DEMO_COUNSELLORS = {
    "LHR": ["counsellor.lahore", "counsellor2.lahore"],
    "SKT": ["counsellor.sialkot"],
    "LHD": [],
}
# How the demo centres share their district's weight.
DEMO_CENTRE_SHARE = {"LHR": 0.7, "LHD": 0.3, "SKT": 1.0}


def _centre_code(name: str, taken: set) -> str:
    letters = "".join(ch for ch in name.upper() if "A" <= ch <= "Z")
    consonants = letters[0] + "".join(ch for ch in letters[1:] if ch not in "AEIOU")
    for candidate in (consonants[:3], letters[:3], consonants[:4], letters[:4], letters[:5]):
        if len(candidate) >= 3 and candidate not in taken:
            return candidate
    for n in range(26 * 26):
        candidate = letters[:1] + chr(65 + n // 26) + chr(65 + n % 26)
        if candidate not in taken:
            return candidate
    raise ValueError(name)


def seed_centres_and_staff(context, phases) -> None:
    """A Migrant Resource Centre in every Punjab district that has none and in a few
    cities elsewhere, each with an officer, a manager, a labour officer, a kiosk and
    two to four counsellors (password: the demo password)."""
    taken = set(Centre.objects.values_list("code", flat=True))
    has_centre = set(Centre.objects.values_list("district_id", flat=True))
    districts = list(District.objects.filter(province__name_en="Punjab").order_by("name_en"))
    districts += list(
        District.objects.filter(name_en__in=vocabulary.OTHER_PROVINCE_CENTRES).order_by("name_en")
    )
    rng = context.rng
    for district in districts:
        if district.pk in has_centre:
            continue
        code = _centre_code(district.name_en, taken)
        taken.add(code)
        name_ur = district.name_ur or district.name_en
        Centre.objects.update_or_create(
            code=code,
            defaults={
                "kind": Centre.Kind.MIGRANT_RESOURCE_CENTRE,
                "district": district,
                "name_en": f"Migrant Resource Centre {district.name_en}",
                "name_ur": f"مائیگرنٹ ریسورس سینٹر {name_ur}",
                "address_en": f"District Complex, {district.name_en}",
                "address_ur": f"ڈسٹرکٹ کمپلیکس، {name_ur}",
                "helpline": f"+9251{9100000 + len(taken):07d}",
                "opening_hours_en": "Monday to Friday, 9:00 to 17:00",
                "opening_hours_ur": "پیر تا جمعہ، صبح 9 بجے سے شام 5 بجے تک",
            },
        )
    centres = list(Centre.objects.select_related("district").order_by("pk"))
    context.centres = centres
    weights = []
    for centre in centres:
        weight = vocabulary.DISTRICT_WEIGHTS.get(centre.district.name_en, 1.0)
        weights.append(weight * DEMO_CENTRE_SHARE.get(centre.code, 1.0))
    context.centre_weights = weights

    password = make_password(DEMO_PASSWORD)
    groups = {group.name: group for group in Group.objects.all()}
    existing = {user.username: user for user in User.objects.all()}
    new_users, memberships = [], []
    for centre in centres:
        slug = centre.code.lower()
        if centre.code in DEMO_COUNSELLORS:
            continue
        people = [(f"{prefix}.{slug}", role) for prefix, role in NEW_CENTRE_STAFF]
        people += [
            (f"counsellor{n}.{slug}", roles.COUNSELLOR) for n in range(1, 2 + rng.randint(1, 3))
        ]
        for username, role in people:
            if username in existing:
                continue
            first = rng.choice(vocabulary.MALE_FIRST + vocabulary.FEMALE_FIRST)
            user = User(
                username=username,
                password=password,
                first_name=first,
                last_name=rng.choice(vocabulary.LAST),
                centre=centre,
                is_staff=role.slug in roles.ADMIN_ROLES,
                is_active=True,
            )
            new_users.append(user)
            memberships.append((user, groups[role.group_name]))
    User.objects.bulk_create(new_users)
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=group.pk) for user, group in memberships
    )
    by_username = {user.username: user for user in User.objects.filter(centre__isnull=False)}
    for centre in centres:
        slug = centre.code.lower()
        for prefix, _role in NEW_CENTRE_STAFF:
            username = DEMO_STAFF.get((centre.code, prefix), f"{prefix}.{slug}")
            context.staff[(centre.code, prefix)] = by_username[username].pk
        if centre.code in DEMO_COUNSELLORS:
            names = DEMO_COUNSELLORS[centre.code]
        else:
            names = sorted(
                u for u in by_username if u.startswith("counsellor") and u.endswith(f".{slug}")
            )
        context.staff[(centre.code, "counsellors")] = [by_username[u] for u in names]
    phases.done("centres and staff", f"{len(centres)} centres, {len(new_users)} new logins")


def _weighted(rng, weights: dict, k: int) -> list:
    population = list(weights)
    return rng.choices(population, cum_weights=list(accumulate(weights.values())), k=k)


def _registration_times(context, n):
    """n local registration times over the last three years, sorted, more of them
    lately (the density grows linearly), on working hours."""
    rng = context.rng
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    local_now = context.now.astimezone(tz)
    span = REGISTRATION_YEARS * 365
    first = context.today - datetime.timedelta(days=span)
    times = []
    for _ in range(n):
        day = first + datetime.timedelta(days=int(span * rng.random() ** 0.5))
        seconds = 9 * 3600 + rng.randrange(8 * 3600)
        moment = datetime.datetime.combine(day, datetime.time(), tzinfo=tz) + datetime.timedelta(
            seconds=seconds
        )
        if moment > local_now:
            moment -= datetime.timedelta(days=1)
        times.append(moment)
    times.sort()
    return times


def seed_candidates(context, phases) -> None:
    sizes, rng = context.sizes, context.rng
    n = sizes.candidates
    centres = context.centres
    units = list(Occupation.objects.units().order_by("code"))
    context.occupations = {occupation.code: occupation for occupation in units}
    occupation_weights = dict(vocabulary.OCCUPATION_WEIGHTS)
    others = [o.code for o in units if o.code not in occupation_weights]
    for code in others:
        occupation_weights[code] = vocabulary.OTHER_OCCUPATIONS_WEIGHT / len(others)
    occupation_codes = list(occupation_weights)
    occupation_cum = list(accumulate(occupation_weights.values()))
    female_codes = list(vocabulary.FEMALE_OCCUPATIONS)
    female_cum = list(accumulate(vocabulary.FEMALE_OCCUPATIONS.values()))
    destination_codes = [row[0] for row in vocabulary.DESTINATIONS]
    destination_cum = list(accumulate(row[1] for row in vocabulary.DESTINATIONS))
    punjab = list(District.objects.filter(province__name_en="Punjab").values_list("pk", "name_en"))
    consent = {language: ConsentText.objects.current(language) for language in ("en", "ur")}
    consent_ids = [str(consent["en"].pk), str(consent["ur"].pk)]

    times = _registration_times(context, n)
    phases.done("candidates: registration times")
    centre_of = rng.choices(range(len(centres)), weights=context.centre_weights, k=n)
    sexes = _weighted(rng, vocabulary.SEXES, n)
    ages = _weighted(rng, vocabulary.AGE_WEIGHTS, n)
    channels = _weighted(rng, vocabulary.CHANNELS, n)
    educations = _weighted(rng, vocabulary.EDUCATION, n)
    heard = _weighted(rng, vocabulary.HEARD_ABOUT, n)

    first_id = next_id("candidates_candidate")
    context.candidate_ids = range(first_id, first_id + n)
    context.candidate_centre = centre_of
    context.candidate_created = times
    by_centre = {index: [] for index in range(len(centres))}
    for i, c in enumerate(centre_of):
        by_centre[c].append(i)
    context.by_centre = by_centre
    # The first trade of each person, for applications that fit.
    first_trade = [""] * n
    context.candidate_trade = first_trade
    context.candidate_sex = sexes

    counters = {
        (row.centre_id, row.year): row.last_number for row in RegistrationCounter.objects.all()
    }
    offsets = {}
    rand = rng.random
    randrange = rng.randrange
    choices = rng.choices
    male, female, trans, last = (
        vocabulary.MALE_FIRST,
        vocabulary.FEMALE_FIRST,
        vocabulary.TRANSGENDER_FIRST,
        vocabulary.LAST,
    )
    male_last = [name for name in last if name not in vocabulary.FEMALE_ONLY_LAST]
    languages, trades = [], []

    def rows():
        for i in range(n):
            centre = centres[centre_of[i]]
            created = times[i]
            year = created.year
            key = (centre.pk, year)
            sequence = counters.get(key, 0) + 1
            counters[key] = sequence
            offset = offsets.get(created.date())
            if offset is None:
                offset = offsets[created.date()] = created.utcoffset()
            sex = sexes[i]
            if sex == "male":
                name = f"{male[randrange(len(male))]} {male_last[randrange(len(male_last))]}"
            elif sex == "female":
                name = f"{female[randrange(len(female))]} {last[randrange(len(last))]}"
            else:
                name = f"{trans[randrange(len(trans))]} {last[randrange(len(last))]}"
            relation = f"{male[randrange(len(male))]} {male_last[randrange(len(male_last))]}"
            age = ages[i]
            born = created.date() - datetime.timedelta(days=age * 365 + 5 + randrange(355))
            cnic = seeded_cnic(i)
            if rand() < 0.8:
                district_id, district_name = centre.district_id, centre.district.name_en
            else:
                district_id, district_name = punjab[randrange(len(punjab))]
            wanted = set(
                choices(destination_codes, cum_weights=destination_cum, k=1 + (rand() < 0.4))
            )
            channel = channels[i]
            roll = rand()
            status = "verified" if roll < 0.45 else "inactive" if roll < 0.5 else "new"
            registrar = context.staff[(centre.code, "kiosk" if channel == "kiosk" else "officer")]
            stamp = created.isoformat(sep=" ")
            if status == "verified":
                officer = str(context.staff[(centre.code, "officer")])
                seen = (created + datetime.timedelta(minutes=10)).isoformat(sep=" ")
                verified = (created + datetime.timedelta(minutes=15)).isoformat(sep=" ")
            else:
                officer = seen = verified = None
            if i % 3 == 0:
                passport = seeded_passport(i)
                passport_cells = (
                    identifiers.encrypt(passport),
                    identifiers.identifier_hash("passport", passport),
                    identifiers.mask_passport(passport),
                    (created.date() + datetime.timedelta(days=700 + randrange(2900))).isoformat(),
                )
            else:
                passport_cells = ("", "", "", None)
            candidate_id = first_id + i
            # Languages: Urdu for everyone, then the usual mix.
            languages.append((candidate_id, "ur", "fluent" if rand() < 0.9 else "good"))
            if rand() < 0.65:
                languages.append((candidate_id, "pa", "fluent"))
            if rand() < 0.3:
                languages.append((candidate_id, "en", "basic" if rand() < 0.6 else "good"))
            if rand() < 0.1:
                languages.append((candidate_id, "ar", "basic"))
            if rand() < 0.08:
                languages.append((candidate_id, "skr", "fluent"))
            if rand() < 0.05:
                languages.append((candidate_id, "ps", "good"))
            held = 1 + (rand() < 0.3) + (rand() < 0.07)
            if sex != "male" and rand() < 0.7:
                codes = choices(female_codes, cum_weights=female_cum, k=held)
            else:
                codes = choices(occupation_codes, cum_weights=occupation_cum, k=held)
            first_trade[i] = codes[0]
            most = max(0, min(25, age - 17))
            for code in dict.fromkeys(codes):
                trades.append((candidate_id, code, int(most * rand() ** 1.5)))
            yield (
                str(candidate_id),
                format_registration_number(centre.code, year, sequence),
                str(year),
                str(sequence),
                channel,
                status,
                name,
                relation,
                sex,
                born.isoformat(),
                identifiers.encrypt(cnic),
                identifiers.identifier_hash("cnic", cnic),
                identifiers.mask_cnic(cnic),
                *passport_cells,
                seeded_phone(i),
                "" if rand() < 0.9 else f"person{i}@example.com",
                text(f"House {1 + randrange(400)}, Street {1 + randrange(30)}, {district_name}"),
                educations[i],
                ",".join(sorted(wanted)),
                (created.date() + datetime.timedelta(days=randrange(90))).isoformat(),
                heard[i],
                stamp,
                # Seven in ten agree to text messages (not drawn from the generator,
                # so the rest of the seed stays what it was).
                stamp if i % 10 < 7 else None,
                seen,
                verified,
                str(uuid.uuid5(MARKER_NAMESPACE, f"candidate-{i}"))
                if i == 0
                else str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                stamp,
                verified or stamp,
                str(centre.pk),
                officer,
                str(district_id),
                str(registrar),
                officer,
                consent_ids[rand() < 0.6],
            )

    columns = [
        "id",
        "registration_number",
        "registration_year",
        "registration_sequence",
        "channel",
        "status",
        "full_name",
        "relation_name",
        "sex",
        "date_of_birth",
        "cnic_encrypted",
        "cnic_hash",
        "cnic_masked",
        "passport_encrypted",
        "passport_hash",
        "passport_masked",
        "passport_expiry",
        "phone",
        "email",
        "address",
        "education",
        "destination_countries",
        "available_from",
        "heard_about",
        "consented_at",
        "messages_agreed_at",
        "documents_seen_at",
        "verified_at",
        "submission_key",
        "created_at",
        "updated_at",
        "centre_id",
        "documents_seen_by_id",
        "home_district_id",
        "registered_by_id",
        "verified_by_id",
        "consent_text_id",
    ]
    count = copy_rows("candidates_candidate", columns, rows())
    reset_sequence("candidates_candidate")
    with connection.cursor() as cursor:
        table = RegistrationCounter._meta.db_table
        for (centre_id, year), last_number in counters.items():
            cursor.execute(
                f"""
                INSERT INTO {table} (centre_id, year, last_number) VALUES (%s, %s, %s)
                ON CONFLICT (centre_id, year)
                DO UPDATE SET last_number = GREATEST({table}.last_number, EXCLUDED.last_number)
                """,
                [centre_id, year, last_number],
            )
    context.counts["candidates"] = count
    phases.done("candidates", f"{count:,} rows (CNIC encrypted and hashed)")

    occupation_ids = {code: str(o.pk) for code, o in context.occupations.items()}
    first = next_id("candidates_candidatelanguage")
    count = copy_rows(
        "candidates_candidatelanguage",
        ["id", "candidate_id", "language", "level"],
        (
            (str(first + k), str(cid), language, level)
            for k, (cid, language, level) in enumerate(languages)
        ),
    )
    reset_sequence("candidates_candidatelanguage")
    context.counts["candidate languages"] = count
    phases.done("candidate languages", f"{count:,} rows")
    first = next_id("candidates_candidateoccupation")
    count = copy_rows(
        "candidates_candidateoccupation",
        ["id", "candidate_id", "occupation_id", "years"],
        (
            (str(first + k), str(cid), occupation_ids[code], str(years))
            for k, (cid, code, years) in enumerate(trades)
        ),
    )
    reset_sequence("candidates_candidateoccupation")
    context.counts["candidate occupations"] = count
    phases.done("candidate occupations", f"{count:,} rows")
