"""Recruitment agencies, employers, job listings (English and Urdu, findable by the
public search) and the applications people made, with every step of each."""

import datetime
from collections import defaultdict
from itertools import accumulate

from apps.listings.models import (
    DestinationCity,
    Employer,
    country_names_in_both_languages,
    search_document_of,
)

from . import vocabulary
from .bulk import copy_rows, flag, next_id, reset_sequence, text

DAY = datetime.timedelta(days=1)
# Most listings ask for no language; some ask for one the destination speaks.
DESTINATION_LANGUAGE = {
    "SA": "ar",
    "AE": "en",
    "QA": "en",
    "OM": "ar",
    "KW": "ar",
    "BH": "en",
    "GB": "en",
    "KR": "ko",
    "MY": "ms",
    "JP": "en",
    "IT": "en",
    "DE": "en",
}
# Final application statuses and how often each is reached.
FINAL_STATUSES = {
    "interested": 33,
    "shortlisted": 18,
    "referred": 12,
    "selected": 6,
    "departed": 10,
    "rejected": 16,
    "withdrawn": 5,
}
PATH = ["interested", "shortlisted", "referred", "selected", "departed"]


def _country_names() -> dict:
    return {code: country_names_in_both_languages(code) for code, *_ in vocabulary.DESTINATIONS}


def _cities() -> dict[str, list[tuple[int, str, str]]]:
    """Each destination's cities the vocabulary names, as (id, English name, Urdu name):
    reference cities (load_reference_data), never a name of the seed's own."""
    reference = {
        (city.country.code, city.name_en): city
        for city in DestinationCity.objects.filter(
            country__in=[row[0] for row in vocabulary.DESTINATIONS]
        )
    }
    cities = {}
    for code, _weight, names, *_rest in vocabulary.DESTINATIONS:
        missing = [name for name in names if (code, name) not in reference]
        if missing:
            raise LookupError(f"Not reference cities of {code}: {missing}. Load reference data.")
        cities[code] = [
            (reference[code, name].pk, name, reference[code, name].name_ur or name)
            for name in names
        ]
    return cities


def seed_listings(context, phases) -> None:
    rng, sizes, today, now = context.rng, context.sizes, context.today, context.now
    rand, randrange = rng.random, rng.randrange
    destinations = {row[0]: row for row in vocabulary.DESTINATIONS}
    country_codes = list(destinations)
    country_cum = list(accumulate(row[1] for row in vocabulary.DESTINATIONS))
    country_names = _country_names()
    cities_of = _cities()

    # Agencies: a few big ones and a long tail; most licensed, some lapsed or stopped.
    first_agency = next_id("listings_recruitmentagency")
    agency_rows = []
    for k in range(sizes.agencies):
        public = k % 150 == 0
        roll = rand()
        status = "active" if roll < 0.93 else "suspended" if roll < 0.97 else "cancelled"
        valid = (
            None
            if public
            else today + DAY * (30 + randrange(900) if rand() < 0.94 else -1 - randrange(200))
        )
        prefix = vocabulary.AGENCY_PREFIXES[k % len(vocabulary.AGENCY_PREFIXES)]
        word = vocabulary.AGENCY_WORDS[(k // len(vocabulary.AGENCY_PREFIXES)) % 6]
        name = (
            f"Overseas Employment Corporation (regional office {k})"
            if public
            else (f"{prefix} {word}" + (f" ({k // 144 + 1})" if k >= 144 else ""))
        )
        city = vocabulary.LICENCE_CITIES[k % len(vocabulary.LICENCE_CITIES)]
        agency_rows.append(
            (
                str(first_agency + k),
                name,
                "public" if public else "promoter",
                f"OEC-{k}" if public else f"{5000 + k}/{city}",
                valid.isoformat() if valid else None,
                status,
                text(f"Office {1 + k % 60}, Main Boulevard, {city}"),
                f"+9242{3500000 + k:07d}",
            )
        )
    copy_rows(
        "listings_recruitmentagency",
        [
            "id",
            "name",
            "kind",
            "licence_number",
            "licence_valid_until",
            "status",
            "office_address",
            "phone",
        ],
        agency_rows,
    )
    reset_sequence("listings_recruitmentagency")
    agency_ids = [first_agency + k for k in range(sizes.agencies)]
    # Zipf-like: the first agencies place far more listings than the last.
    agency_cum = list(accumulate(1 / (k + 3) for k in range(sizes.agencies)))

    # Employers in the destination countries.
    first_employer = next_id("listings_employer")
    employer_rows, employers_in = [], defaultdict(list)
    seen = set(Employer.objects.values_list("name", "country"))
    sectors = list(vocabulary.EMPLOYER_WORDS)
    for k in range(sizes.employers):
        country = rng.choices(country_codes, cum_weights=country_cum)[0]
        sector = sectors[randrange(len(sectors))]
        words = vocabulary.EMPLOYER_WORDS[sector]
        name = f"{vocabulary.EMPLOYER_PREFIXES[randrange(30)]} {words[randrange(len(words))]}"
        if (name, country) in seen:
            name = f"{name} {k}"
        seen.add((name, country))
        employer_id = first_employer + k
        employers_in[country].append((employer_id, name))
        employer_rows.append((str(employer_id), name, country, sector))
    copy_rows("listings_employer", ["id", "name", "country", "sector"], employer_rows)
    reset_sequence("listings_employer")
    for code in country_codes:
        if not employers_in[code]:  # tiny runs: every country has one employer
            employer_id = first_employer + len(employer_rows)
            name = f"{vocabulary.EMPLOYER_PREFIXES[0]} Services {code}"
            employer_rows.append((str(employer_id), name, code, "other"))
            employers_in[code].append((employer_id, name))
            copy_rows("listings_employer", ["id", "name", "country", "sector"], [employer_rows[-1]])
    reset_sequence("listings_employer")
    context.counts["agencies"] = len(agency_rows)
    context.counts["employers"] = len(employer_rows)
    phases.done("agencies and employers", f"{len(agency_rows):,} + {len(employer_rows):,} rows")

    # Listings
    occupations = context.occupations
    # A published listing has an Urdu title: a unit group without an Urdu name of its
    # own lends its nearest wider group's (every major group has one).
    urdu_names = {code: nearest_urdu_title(occupation) for code, occupation in occupations.items()}
    trade_weights = dict(vocabulary.OCCUPATION_WEIGHTS)
    others = [code for code in occupations if code not in trade_weights]
    for code in others:
        trade_weights[code] = vocabulary.OTHER_OCCUPATIONS_WEIGHT / max(len(others), 1)
    trade_codes = list(trade_weights)
    trade_cum = list(accumulate(trade_weights.values()))
    centres = context.centres
    n = sizes.listings
    first_listing = next_id("listings_joblisting")
    context.listing_ids = range(first_listing, first_listing + n)
    listing_trade = [""] * n
    listing_published = [None] * n  # aware datetime, or None for a draft
    listing_open = [False] * n
    languages = []
    span = 3 * 365
    fresh = 120

    def rows():
        for k in range(n):
            listing_id = first_listing + k
            code = rng.choices(trade_codes, cum_weights=trade_cum)[0]
            occupation = occupations[code]
            country = rng.choices(country_codes, cum_weights=country_cum)[0]
            _code, _weight, _names, currency, (low, high) = destinations[country]
            city_id, city, city_ur = cities_of[country][randrange(len(cities_of[country]))]
            employer_id, employer_name = employers_in[country][
                randrange(len(employers_in[country]))
            ]
            agency_id = agency_ids[rng.choices(range(len(agency_ids)), cum_weights=agency_cum)[0]]
            centre = centres[rng.choices(range(len(centres)), weights=context.centre_weights)[0]]
            officer = str(context.staff[(centre.code, "dlo")])
            label_en = occupation.kiosk_label_en or occupation.title_en
            label_ur = occupation.kiosk_label_ur or urdu_names[code]
            style = k % 4
            if style == 0:
                title_en = label_en
            elif style == 1:
                title_en = f"{label_en} for {employer_name}"
            elif style == 2:
                title_en = f"Experienced {label_en.lower()}"
            else:
                title_en = f"{label_en} ({city})"
            title_en = title_en[:150]
            name_en, name_ur = country_names[country]
            title_ur = f"{label_ur} برائے {name_ur}" if label_ur and style % 2 else label_ur
            # When: more listings lately; a recent one is mostly open, an old one closed.
            created = now - DAY * (span * (1 - rand() ** 0.5)) - DAY * (1 + rand())
            recent = (now - created).days < fresh
            roll = rand()
            if recent:
                status = "published" if roll < 0.75 else "draft" if roll < 0.9 else "closed"
            else:
                status = "closed" if roll < 0.8 else "published" if roll < 0.95 else "draft"
            published = created + DAY * (rand() * 3) if status != "draft" else None
            if published and published > now:
                published = now
            if status == "published" and recent:
                deadline = today + DAY * (randrange(-10, 90) if rand() < 0.9 else randrange(1, 10))
            elif status == "draft":
                deadline = max(today, created.date()) + DAY * (30 + randrange(60))
            else:
                deadline = (published or created).date() + DAY * (20 + randrange(60))
            closed = None
            if status == "closed":
                closed = min(
                    now,
                    datetime.datetime.combine(deadline, datetime.time(17), tzinfo=created.tzinfo),
                )
                closed = max(closed, published)
            listing_trade[k] = code
            listing_published[k] = published
            listing_open[k] = status == "published" and deadline >= today
            pay = low + (high - low) * rand() * 0.7
            pay_max = pay + (high - low) * 0.3 * rand()
            female_trade = code in vocabulary.FEMALE_OCCUPATIONS
            sex = "female" if female_trade and rand() < 0.3 else "male" if rand() < 0.08 else ""
            age_min = 18 + randrange(8)
            age_max = age_min + 15 + randrange(20)
            benefits = [rand() < 0.85, rand() < 0.5, rand() < 0.7, rand() < 0.8, rand() < 0.75]
            if rand() < 0.2 and country in DESTINATION_LANGUAGE:
                languages.append((listing_id, DESTINATION_LANGUAGE[country], "basic"))
            description_en = (
                f"{employer_name} in {city}, {name_en}, needs {label_en.lower()}s. "
                f"Contract through a licensed promoter; the service charge may not exceed the "
                f"approved amount.\nAsk at your Migrant Resource Centre before you pay anyone."
            )
            description_ur = (
                f"{name_ur} کے شہر {city_ur} میں {label_ur or label_en} کی ضرورت ہے۔ "
                f"کسی کو رقم دینے سے پہلے اپنے مائیگرنٹ ریسورس سینٹر سے معلوم کریں۔"
            )
            document = search_document_of(
                title_en=title_en,
                title_ur=title_ur,
                city_names=[city, city_ur],
                employer_name=employer_name,
                occupation=occupation,
                country_names=country_names[country],
            )
            yield (
                str(listing_id),
                text(title_en),
                text(title_en),
                text(title_ur),
                text(description_en),
                text(description_en),
                text(description_ur),
                country,
                str(city_id),
                str(1 + int(60 * rand() ** 3)),
                f"{pay:.2f}",
                f"{max(pay, pay_max):.2f}",
                currency,
                "month",
                str([12, 24, 24, 24, 36][randrange(5)]),
                str([40, 44, 48, 48, 54, 60][randrange(6)]),
                *(flag(b) for b in benefits),
                str(0 if agency_id == agency_ids[0] else 10_000 * (2 + randrange(18))),
                str(int(5 * rand() ** 2)),
                ["", "", "", "primary", "middle", "matric"][randrange(6)],
                str(age_min),
                str(min(age_max, 65)),
                sex,
                deadline.isoformat(),
                f"POE-{created.year}-{listing_id:07d}",
                status,
                published.isoformat(sep=" ") if published else None,
                closed.isoformat(sep=" ") if closed else None,
                created.isoformat(sep=" "),
                (closed or published or created).isoformat(sep=" "),
                text(document),
                officer,
                officer,
                str(centre.district_id),
                str(employer_id),
                str(occupation.pk),
                str(agency_id),
            )

    columns = [
        "id",
        "title",
        "title_en",
        "title_ur",
        "description",
        "description_en",
        "description_ur",
        "destination_country",
        "destination_city_id",
        "vacancies",
        "salary_min",
        "salary_max",
        "salary_currency",
        "salary_period",
        "contract_months",
        "weekly_hours",
        "accommodation",
        "food",
        "transport",
        "medical_insurance",
        "return_air_ticket",
        "max_service_charge",
        "min_experience_years",
        "education",
        "age_min",
        "age_max",
        "sex",
        "application_deadline",
        "job_order_reference",
        "status",
        "published_at",
        "closed_at",
        "created_at",
        "updated_at",
        "search_document",
        "changed_by_id",
        "created_by_id",
        "district_id",
        "employer_id",
        "occupation_id",
        "agency_id",
    ]
    count = copy_rows("listings_joblisting", columns, rows())
    reset_sequence("listings_joblisting")
    first = next_id("listings_listinglanguage")
    copy_rows(
        "listings_listinglanguage",
        ["id", "listing_id", "language", "level"],
        ((str(first + j), str(lid), lang, lvl) for j, (lid, lang, lvl) in enumerate(languages)),
    )
    reset_sequence("listings_listinglanguage")
    context.counts["listings"] = count
    context.counts["open listings"] = sum(listing_open)
    context.counts["listing languages"] = len(languages)
    phases.done(
        "listings", f"{count:,} rows, {sum(listing_open):,} open now, {len(languages):,} languages"
    )
    _seed_applications(context, phases, listing_trade, listing_published)


def _seed_applications(context, phases, listing_trade, listing_published) -> None:
    """Applications of registered people to published or closed listings, mostly in
    their own trade, each with its steps (ApplicationStatusChange)."""
    rng, now = context.rng, context.now
    rand, randrange = rng.random, rng.randrange
    first_listing = context.listing_ids.start
    listed = [k for k, published in enumerate(listing_published) if published is not None]
    if not listed or not context.sizes.applications:
        return
    by_trade = defaultdict(list)
    for k in listed:
        by_trade[listing_trade[k]].append(k)
    finals = list(FINAL_STATUSES)
    finals_cum = list(accumulate(FINAL_STATUSES.values()))
    candidates = context.sizes.candidates
    centres = context.centres
    pairs = set()
    applications, changes = [], []
    first_application = next_id("listings_application")
    first_change = next_id("listings_applicationstatuschange")
    target = min(context.sizes.applications, candidates * len(listed))
    while len(applications) < target:
        i = randrange(candidates)
        same_trade = by_trade.get(context.candidate_trade[i])
        k = (
            same_trade[randrange(len(same_trade))]
            if same_trade and rand() < 0.7
            else (listed[randrange(len(listed))])
        )
        if (i, k) in pairs:
            continue
        pairs.add((i, k))
        centre = centres[context.candidate_centre[i]]
        kiosk = rand() < 0.4
        final = rng.choices(finals, cum_weights=finals_cum)[0]
        if final == "rejected":
            stop = PATH.index("shortlisted" if rand() < 0.6 else "referred")
        elif final == "withdrawn":
            stop = randrange(4)
        else:
            stop = PATH.index(final)
        start = 0 if kiosk else 1
        steps = PATH[start : max(stop, start) + 1]
        if final in ("rejected", "withdrawn"):
            steps.append(final)
        elif final == "interested" and not kiosk:
            steps = ["shortlisted"]
        moment = max(context.candidate_created[i], listing_published[k]) + DAY * (rand() * 20)
        if moment > now:
            moment = now - datetime.timedelta(minutes=1 + randrange(600))
        officer = context.staff[(centre.code, "officer")]
        device = context.staff[(centre.code, "kiosk")]
        application_id = first_application + len(applications)
        previous = ""
        created = moment
        for position, status in enumerate(steps):
            if position:
                moment = min(now, moment + DAY * (1 + rand() * 20))
            by = device if (kiosk and position == 0) else officer
            changes.append((application_id, previous, status, by, moment))
            previous = status
        applications.append(
            (
                str(application_id),
                steps[-1],
                "kiosk" if kiosk else "staff",
                created.isoformat(sep=" "),
                moment.isoformat(sep=" "),
                str(context.candidate_ids[i]),
                str(first_listing + k),
            )
        )
    copy_rows(
        "listings_application",
        ["id", "status", "source", "created_at", "updated_at", "candidate_id", "listing_id"],
        applications,
    )
    reset_sequence("listings_application")
    count = copy_rows(
        "listings_applicationstatuschange",
        ["id", "application_id", "from_status", "to_status", "changed_by_id", "changed_at"],
        (
            (str(first_change + j), str(a), f, t, str(b), m.isoformat(sep=" "))
            for j, (a, f, t, b, m) in enumerate(changes)
        ),
    )
    reset_sequence("listings_applicationstatuschange")
    context.counts["applications"] = len(applications)
    context.counts["application status changes"] = count
    phases.done("applications", f"{len(applications):,} rows, {count:,} status changes")


def nearest_urdu_title(occupation) -> str:
    while occupation is not None and not occupation.title_ur:
        occupation = occupation.parent
    return occupation.title_ur if occupation is not None else ""
