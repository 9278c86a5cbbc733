"""Orientation content (country guides across many countries, general topics, and older
archived versions) and each centre's group sessions with their enrolments and
certificates."""

import datetime

from django.utils import translation
from django.utils.text import slugify
from django_countries import countries

from apps.accounts.models import User
from apps.counselling.selectors import centre_time_zone
from apps.orientation.models import (
    CODE_ALPHABET,
    COUNTRY_SECTIONS,
    GENERAL_TOPICS,
    Certificate,
    Page,
    Topic,
)
from apps.seeding.demo.orientation_content import SECTION_SLUGS, SECTION_TITLES

from . import vocabulary
from .bulk import copy_rows, flag, next_id, reset_sequence, text

DAY = datetime.timedelta(days=1)
ARCHIVED_SHARE = 0.1
EDITORS = ("editor.lahore", "editor2.lahore")
SESSION_HOURS = 3
TOPIC_LABELS = {str(value): label for value, label in Topic.choices}

BODY_EN = """Before you travel to {country}, read this section of the guide with your family.

**What to check**

- Your job must come through a licensed Overseas Employment Promoter or a public body.
- Keep a copy of your contract, passport and visa with your family in Pakistan.
- Never pay more than the service charge written in the Protector of Emigrants' permission.

**{section} in {country}**

Workers in {city} often ask about {section_lower}. The rules in {country} protect you: your
employer may not keep your passport, and your wages must be paid on time into an account
in your name. If something goes wrong, call the community welfare attaché of the Embassy
of Pakistan, or the helpline of your Migrant Resource Centre.

Keep this page: it was reviewed by the Migrant Resource Centre's editors."""

BODY_UR = """{country} جانے سے پہلے گائیڈ کا یہ حصہ اپنے گھر والوں کے ساتھ پڑھیں۔

**کیا دیکھنا ہے**

- نوکری صرف لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر یا سرکاری ادارے کے ذریعے ہو۔
- اپنے معاہدے، پاسپورٹ اور ویزا کی نقل پاکستان میں گھر والوں کے پاس رکھیں۔
- پروٹیکٹر آف امیگرنٹس کی اجازت میں لکھی سروس فیس سے زیادہ کبھی ادا نہ کریں۔

**{country} میں {section}**

{city} میں کام کرنے والے اکثر {section} کے بارے میں پوچھتے ہیں۔
آپ کا آجر آپ کا پاسپورٹ اپنے پاس نہیں رکھ سکتا،
اور تنخواہ وقت پر آپ کے نام کے اکاؤنٹ میں آنی چاہیے۔
مسئلہ ہو تو پاکستانی سفارت خانے کے کمیونٹی ویلفیئر اتاشی
یا اپنے مائیگرنٹ ریسورس سینٹر کی ہیلپ لائن پر فون کریں۔"""


def _country_order():
    """Destination countries first (most written about), then every other country."""
    first = [row[0] for row in vocabulary.DESTINATIONS]
    rest = [code for code, _name in countries if code not in first and code != "PK"]
    return first + rest


def _page_specs(n, live_pairs, rng):
    """(country, topic, archived?) for n pages: one live page per free pair, and a tenth
    as archived older versions of the most-read guides."""
    archived = int(n * ARCHIVED_SHARE)
    specs = []
    for country in _country_order():
        for topic in COUNTRY_SECTIONS:
            if len(specs) >= n - archived:
                break
            if (country, str(topic)) not in live_pairs:
                specs.append((country, str(topic), False))
    for topic in GENERAL_TOPICS:
        if len(specs) < n - archived and ("", str(topic)) not in live_pairs:
            specs.append(("", str(topic), False))
    busiest = [row[0] for row in vocabulary.DESTINATIONS[:6]]
    k = 0
    while len(specs) < n:
        pairs = [(c, str(t)) for c in busiest for t in COUNTRY_SECTIONS] + [
            ("", str(t)) for t in GENERAL_TOPICS
        ]
        country, topic = pairs[(k * 7 + rng.randrange(3)) % len(pairs)]
        specs.append((country, topic, True))
        k += 1
    return specs


def seed_orientation(context, phases) -> None:
    _seed_pages(context, phases)
    _seed_sessions(context, phases)


def _seed_pages(context, phases) -> None:
    rng, now = context.rng, context.now
    author, reviewer = (User.objects.get(username=name).pk for name in EDITORS)
    live_pairs = set(
        Page.objects.exclude(status=Page.Status.ARCHIVED).values_list("country", "topic")
    )
    slugs = set(Page.objects.values_list("slug", flat=True))
    cities = {row[0]: row[2] for row in vocabulary.DESTINATIONS}
    first = next_id("orientation_page")
    rows = []
    for k, (country, topic, archived) in enumerate(
        _page_specs(context.sizes.pages, live_pairs, rng)
    ):
        label = TOPIC_LABELS[topic]
        with translation.override("ur"):
            country_ur = str(countries.name(country)) if country else ""
            topic_ur = str(label)
        with translation.override("en"):
            country_en = str(countries.name(country)) if country else ""
            topic_en = str(label)
        if country:
            title_en, title_ur = (
                t.format(country=c)
                for t, c in zip(SECTION_TITLES[topic], (country_en, country_ur), strict=True)
            )
            base = f"{slugify(country_en)}-{SECTION_SLUGS[topic]}"
        else:
            title_en, title_ur = topic_en, topic_ur
            base = slugify(topic_en)[:60]
        slug = base[:70]
        version = 2
        while slug in slugs:
            slug = f"{base[:70]}-v{version}"
            version += 1
        slugs.add(slug)
        city = (cities.get(country) or [country_en or "the Gulf"])[0]
        place_en, place_ur = country_en or "the country you go to", country_ur or "بیرون ملک"
        body_en = BODY_EN.format(
            country=place_en, city=city, section=topic_en, section_lower=topic_en.lower()
        )
        body_ur = BODY_UR.format(country=place_ur, city=city, section=topic_ur)
        created = now - DAY * (30 + rng.randrange(1000))
        roll = rng.random()
        if archived:
            status = "archived"
        else:
            status = "published" if roll < 0.85 else "draft" if roll < 0.95 else "in_review"
        submitted = published = reviewed = archived_at = None
        page_reviewer = None
        if status in ("published", "archived", "in_review"):
            submitted = created + DAY * rng.randrange(1, 10)
        if status in ("published", "archived"):
            published = reviewed = submitted + DAY
            page_reviewer = reviewer
            if status == "published" and rng.random() < 0.85:
                reviewed = max(reviewed, now - DAY * rng.randrange(1, 300))
            if status == "archived":
                archived_at = min(now, published + DAY * rng.randrange(30, 400))
        rows.append(
            (
                str(first + k),
                slug,
                country,
                topic,
                text(title_en[:150]),
                text(title_ur[:150]),
                text(f"What to know about {topic_en.lower()} before you go to {place_en}."[:300]),
                text(f"{place_ur} جانے سے پہلے {topic_ur} کے بارے میں ضروری معلومات۔"[:300]),
                text(body_en),
                text(body_ur),
                status,
                submitted.isoformat(sep=" ") if submitted else None,
                published.isoformat(sep=" ") if published else None,
                reviewed.isoformat(sep=" ") if reviewed else None,
                archived_at.isoformat(sep=" ") if archived_at else None,
                created.isoformat(sep=" "),
                (archived_at or reviewed or submitted or created).isoformat(sep=" "),
                str(author),
                str(page_reviewer) if page_reviewer else None,
            )
        )
    count = copy_rows(
        "orientation_page",
        [
            "id",
            "slug",
            "country",
            "topic",
            "title_en",
            "title_ur",
            "summary_en",
            "summary_ur",
            "body_en",
            "body_ur",
            "status",
            "submitted_at",
            "published_at",
            "last_reviewed_at",
            "archived_at",
            "created_at",
            "updated_at",
            "author_id",
            "reviewer_id",
        ],
        rows,
    )
    reset_sequence("orientation_page")
    context.counts["orientation pages"] = count
    phases.done("orientation pages", f"{count:,} rows")


def _seed_sessions(context, phases) -> None:
    """Sessions at every centre: most held already (with attendance and certificates),
    a few still to come (with people enrolled), one in twelve cancelled."""
    rng, now, today = context.rng, context.now, context.today
    tz = centre_time_zone()
    titles = [
        ("Before you go: safe and legal migration", "", "ur"),
        ("Going to Saudi Arabia", "SA", "ur"),
        ("Going to the UAE", "AE", "ur"),
        ("Going to Qatar", "QA", "ur"),
        ("Going to Malaysia", "MY", "ur"),
        ("Going to South Korea (EPS)", "KR", "en"),
    ]
    first_session = next_id("orientation_orientationsession")
    first_enrolment = next_id("orientation_enrolment")
    first_certificate = next_id("orientation_certificate")
    existing_codes = set(Certificate.objects.values_list("code", flat=True))
    sessions, enrolments, certificates = [], [], []
    per_centre = context.sizes.sessions_per_centre
    for index, centre in enumerate(context.centres):
        pool = context.by_centre.get(index, [])
        if len(pool) < 5:
            continue
        counsellors = context.staff[(centre.code, "counsellors")]
        organiser = context.staff[(centre.code, "manager")]
        desk = context.staff[(centre.code, "officer")]
        for s in range(per_centre):
            upcoming = s >= per_centre * 2 // 3
            offset = (s - per_centre * 2 // 3) * 5 + 2 if upcoming else -(per_centre - s) * 7
            day = today + DAY * offset
            while day.weekday() > 4:
                day += DAY
            starts = datetime.datetime.combine(day, datetime.time(10), tzinfo=tz)
            ends = starts + datetime.timedelta(hours=SESSION_HOURS)
            if starts <= now and upcoming:
                starts, ends = starts + DAY * 7, ends + DAY * 7
            title, country, language = titles[s % len(titles)]
            capacity = 20 + 5 * rng.randrange(5)
            status = "scheduled" if upcoming else "cancelled" if s % 12 == 5 else "held"
            facilitator = counsellors[s % len(counsellors)].pk if counsellors else organiser
            session_id = first_session + len(sessions)
            sessions.append(
                (
                    str(session_id),
                    title,
                    country,
                    language,
                    starts.isoformat(sep=" "),
                    ends.isoformat(sep=" "),
                    text(f"Training hall, {centre.name_en}"[:200]),
                    str(capacity),
                    status,
                    (starts - DAY * 21).isoformat(sep=" "),
                    str(centre.pk),
                    str(organiser),
                    str(facilitator),
                )
            )
            if status == "cancelled":
                continue
            share = 0.6 + 0.3 * rng.random() if status == "held" else 0.2 + 0.5 * rng.random()
            people = rng.sample(pool, min(len(pool), int(capacity * share)))
            for i in people:
                enrolment_id = first_enrolment + len(enrolments)
                enrolled_at = min(now, starts - DAY * rng.randrange(1, 20))
                attended = marked_by = marked_at = None
                if status == "held":
                    attended = rng.random() < 0.85
                    marked_by, marked_at = facilitator, ends
                enrolments.append(
                    (
                        str(enrolment_id),
                        enrolled_at.isoformat(sep=" "),
                        None if attended is None else flag(attended),
                        marked_at.isoformat(sep=" ") if marked_at else None,
                        str(marked_by) if marked_by else None,
                        str(context.candidate_ids[i]),
                        str(desk),
                        str(session_id),
                    )
                )
                if attended:
                    code = "".join(rng.choice(CODE_ALPHABET) for _ in range(12))
                    while code in existing_codes:
                        code = "".join(rng.choice(CODE_ALPHABET) for _ in range(12))
                    existing_codes.add(code)
                    certificates.append(
                        (
                            str(first_certificate + len(certificates)),
                            code,
                            ends.isoformat(sep=" "),
                            None,
                            "",
                            str(facilitator),
                            None,
                            str(enrolment_id),
                        )
                    )
    copy_rows(
        "orientation_orientationsession",
        [
            "id",
            "title",
            "country",
            "language",
            "starts_at",
            "ends_at",
            "venue",
            "capacity",
            "status",
            "created_at",
            "centre_id",
            "created_by_id",
            "facilitator_id",
        ],
        sessions,
    )
    copy_rows(
        "orientation_enrolment",
        [
            "id",
            "enrolled_at",
            "attended",
            "attendance_marked_at",
            "attendance_marked_by_id",
            "candidate_id",
            "enrolled_by_id",
            "session_id",
        ],
        enrolments,
    )
    copy_rows(
        "orientation_certificate",
        [
            "id",
            "code",
            "issued_at",
            "revoked_at",
            "revocation_reason",
            "issued_by_id",
            "revoked_by_id",
            "enrolment_id",
        ],
        certificates,
    )
    for table in (
        "orientation_orientationsession",
        "orientation_enrolment",
        "orientation_certificate",
    ):
        reset_sequence(table)
    context.counts["orientation sessions"] = len(sessions)
    context.counts["enrolments"] = len(enrolments)
    context.counts["certificates"] = len(certificates)
    phases.done(
        "orientation sessions",
        f"{len(sessions):,} sessions, {len(enrolments):,} enrolments, "
        f"{len(certificates):,} certificates",
    )
