"""Complaints at every centre, in bulk: most from the counselling sessions about a
grievance (the appointments phase's "grievance" topic), the rest taken in at the desk
or left at the kiosk (some as anonymous tips), with their steps, escalations, answers
and money recovered.

Written with COPY like the rest of the large seed, never through the services (a
million people's worth of filing would take hours): what file_complaint and the other
services compute is computed here. Reference numbers run per centre and year in the
order the complaints were filed, after any the centre already gave (the small demo's),
and the counters are moved past them, so the next complaint filed through the portal
gets the next number. Deadlines are counted in each centre's working days, as at
filing.
"""

import datetime
from collections import Counter, defaultdict

from django.utils import timezone

from apps.candidates.identifiers import identifier_hash
from apps.complaints.models import DEFAULT_DEADLINES, ComplaintCounter, ComplaintDeadline
from apps.complaints.services import format_reference
from apps.complaints.working_days import WorkingCalendar
from apps.counselling.models import Appointment
from apps.listings.models import Employer, RecruitmentAgency

from . import seeded_cnic, vocabulary
from .bulk import copy_rows, next_id, reset_sequence, text

DAY = datetime.timedelta(days=1)
HOUR = datetime.timedelta(hours=1)
# Of the completed counselling sessions about a grievance, how many led to a complaint;
# and for every such complaint, how many more come in at the desk and at the kiosk.
FROM_SESSIONS = 0.7
DESK_PER_SESSION_COMPLAINT = 0.6
KIOSK_PER_SESSION_COMPLAINT = 0.3
ANONYMOUS_AT_KIOSK = 0.6
URDU = 0.75

KIND_WEIGHTS = {
    "excess_fees": 30,
    "no_job": 20,
    "unlicensed": 18,
    "contract": 10,
    "wages": 10,
    "documents": 6,
    "mistreatment": 4,
    "other": 2,
}
# Where a kind of complaint is usually referred.
AUTHORITIES = {
    "excess_fees": ["beoe_cell", "protector"],
    "no_job": ["protector", "police"],
    "unlicensed": ["police", "protector"],
    "contract": ["protector", "opf"],
    "wages": ["opf"],
    "documents": ["police", "protector"],
    "mistreatment": ["protector", "opf"],
    "other": ["protector"],
}
OFFICES = {
    "protector": "Protectorate of Emigrants",
    "beoe_cell": "Bureau of Emigration & Overseas Employment, complaint cell",
    "opf": "Overseas Pakistanis Foundation, regional office",
    "police": "FIA Anti-Human Trafficking Circle",
}
# (what was promised, what happened) per kind, in English and in Urdu.
TEXTS = {
    "excess_fees": (
        (
            "A job abroad with the visa and ticket arranged.",
            "Charged far above the approved service charge, in cash, with a receipt for less.",
        ),
        (
            "ویزا اور ٹکٹ سمیت بیرون ملک نوکری۔",
            "منظور شدہ فیس سے کہیں زیادہ رقم نقد لی اور کم کی رسید دی۔",
        ),
    ),
    "no_job": (
        (
            "A job with a named employer, to start within two months.",
            "Paid for the visa; the job order did not exist and no visa came.",
        ),
        ("دو ماہ میں نوکری شروع ہونے کا وعدہ۔", "ویزا کے پیسے لیے، نوکری موجود ہی نہیں تھی۔"),
    ),
    "unlicensed": (
        (
            "A work visa through his contacts.",
            "The agent holds no licence; took the money and the passport and stopped answering.",
        ),
        (
            "اپنے تعلقات سے ورک ویزا۔",
            "ایجنٹ کے پاس لائسنس نہیں؛ پیسے اور پاسپورٹ لے کر فون بند کر دیا۔",
        ),
    ),
    "contract": (
        (
            "The wage and the housing written in the contract signed here.",
            "Made to sign a new contract on arrival, for less pay and no housing.",
        ),
        (
            "یہاں دستخط شدہ معاہدے والی تنخواہ اور رہائش۔",
            "پہنچنے پر کم تنخواہ کے نئے معاہدے پر دستخط کروائے گئے۔",
        ),
    ),
    "wages": (
        ("Wages paid every month.", "Months of wages and the end-of-service dues were not paid."),
        ("ہر مہینے تنخواہ۔", "کئی مہینوں کی تنخواہ اور واجبات ادا نہیں کیے گئے۔"),
    ),
    "documents": (
        ("", "The passport is kept back until more money is paid."),
        ("", "مزید پیسے دیے بغیر پاسپورٹ واپس نہیں کیا جا رہا۔"),
    ),
    "mistreatment": (
        ("", "Long hours without rest and not allowed to leave the place of work."),
        ("", "آرام کے بغیر لمبے گھنٹے کام اور کام کی جگہ سے باہر جانے کی اجازت نہیں۔"),
    ),
    "other": (
        ("", "A job advertisement asking for a registration fee by mobile wallet."),
        ("", "موبائل والٹ پر رجسٹریشن فیس مانگنے والا نوکری کا اشتہار۔"),
    ),
}
ANSWERS = [
    "The agent was summoned and agreed to return the money.",
    "The promoter was directed to refund the amount charged above the limit.",
    "A case was registered; the inquiry is under way.",
    "The employer paid the dues through the embassy.",
    "No proof of payment was found; the complaint is not upheld.",
]
MONEY_KINDS = {"excess_fees", "no_job", "unlicensed", "contract", "wages"}
COMPLAINT_COLUMNS = [
    "id",
    "reference",
    "year",
    "sequence",
    "channel",
    "filed_at",
    "language",
    "kind",
    "against",
    "other_party",
    "destination_country",
    "promised",
    "description",
    "happened_on",
    "complainant_name",
    "complainant_sex",
    "complainant_phone",
    "complainant_cnic_encrypted",
    "complainant_cnic_masked",
    "status_check_hash",
    "texts_agreed_at",
    "acknowledge_by",
    "resolve_by",
    "escalate_by",
    "status",
    "outcome",
    "acknowledged_at",
    "closed_at",
    "amount_paid",
    "paid_on",
    "allowed_fee",
    "promised_monthly_wage",
    "amount_claimed",
    "claimed_on",
    "agency_id",
    "appointment_id",
    "candidate_id",
    "centre_id",
    "employer_id",
    "filed_by_id",
    "listing_id",
]


def _amount(value) -> str | None:
    return None if value is None else str(value)


class Deadlines:
    """The three deadline dates of a kind filed on a day at a centre, as file_complaint
    counts them: the centre's own days for the kind, else the national ones, else the
    built-in defaults, in the centre's working days (the table read once, one calendar
    per centre, and answers kept: many complaints share a day)."""

    def __init__(self, first_day, last_day):
        self.first_day, self.last_day = first_day, last_day
        self.calendars = {}
        self.known = {}
        self.days = {
            (row.centre_id, row.kind): (row.acknowledge_days, row.resolve_days, row.escalate_days)
            for row in ComplaintDeadline.objects.all()
        }

    def days_for(self, centre, kind):
        return (
            self.days.get((centre.pk, kind))
            or self.days.get((None, kind))
            or (DEFAULT_DEADLINES[kind])
        )

    def of(self, centre, kind, filed_on):
        key = (centre.pk, kind, filed_on)
        if key not in self.known:
            calendar = self.calendars.get(centre.pk)
            if calendar is None:
                calendar = WorkingCalendar(centre, self.first_day, self.last_day)
                self.calendars[centre.pk] = calendar
            acknowledge, resolve, escalate = self.days_for(centre, kind)
            self.known[key] = (
                calendar.add(filed_on, acknowledge),
                calendar.add(filed_on, resolve),
                calendar.add(filed_on, escalate),
            )
        return self.known[key]


def _planned_filings(context, sessions):
    """(filed_at, centre index, channel, candidate index or None, filer id, appointment
    id or None) of every complaint, in no particular order."""
    rng, now = context.rng, context.now
    rand, randrange = rng.random, rng.randrange
    first_candidate = context.candidate_ids[0]
    plan = []
    for appointment_id, candidate_id, counsellor_id, ends_at in sessions:
        if rand() < FROM_SESSIONS:
            i = candidate_id - first_candidate
            centre_index = context.candidate_centre[i]
            plan.append((ends_at, centre_index, "counsellor", i, counsellor_id, appointment_id))
    from_sessions = len(plan)
    pools = [index for index, pool in context.by_centre.items() if pool]
    for channel, share in (
        ("desk", DESK_PER_SESSION_COMPLAINT),
        ("kiosk", KIOSK_PER_SESSION_COMPLAINT),
    ):
        for _n in range(max(1, round(from_sessions * share))):
            centre_index = pools[randrange(len(pools))]
            pool = context.by_centre[centre_index]
            i = pool[randrange(len(pool))]
            registered = context.candidate_created[i]
            filed_at = min(now - HOUR, registered + (now - registered) * rand() + HOUR)
            code = context.centres[centre_index].code
            filer = context.staff[(code, "officer" if channel == "desk" else "kiosk")]
            plan.append((filed_at, centre_index, channel, i, filer, None))
    return plan


def seed_complaints(context, phases) -> None:
    rng, now, today = context.rng, context.now, context.today
    rand, randrange, choice = rng.random, rng.randrange, rng.choice
    first_candidate = context.candidate_ids[0]
    sessions = list(
        Appointment.objects.filter(
            topic="grievance",
            status="completed",
            candidate_id__gte=first_candidate,
            candidate_id__lt=first_candidate + len(context.candidate_ids),
        )
        .order_by("pk")
        .values_list("pk", "candidate_id", "counsellor__user_id", "ends_at")
    )
    plan = _planned_filings(context, sessions)
    plan.sort(key=lambda row: (row[0], row[2], row[3] or 0))
    if not plan:
        return

    agencies = list(RecruitmentAgency.objects.order_by("pk").values_list("pk", flat=True))
    employers = list(Employer.objects.order_by("pk").values_list("pk", "country"))
    destinations = [row[0] for row in vocabulary.DESTINATIONS]
    destination_weights = [row[1] for row in vocabulary.DESTINATIONS]
    kinds, kind_weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    deadlines = Deadlines(plan[0][0].date() - DAY, today + 400 * DAY)
    numbers = {
        (counter.centre_id, counter.year): counter.last_number
        for counter in ComplaintCounter.objects.all()
    }
    handlers = {
        index: context.staff[(centre.code, "counsellors")][0].pk
        for index, centre in enumerate(context.centres)
        if context.staff.get((centre.code, "counsellors"))
    }

    first_complaint = next_id("complaints_complaint")
    first_escalation = next_id("complaints_escalation")
    complaints, events, escalations, recoveries = [], [], [], []
    statuses = Counter()

    def event(complaint_id, kind, at, by, note=""):
        events.append((complaint_id, kind, at, by, note))

    for n, (filed_at, centre_index, channel, i, filer, appointment_id) in enumerate(plan):
        complaint_id = first_complaint + n
        centre = context.centres[centre_index]
        filed_on = _local_date(filed_at)
        year = filed_on.year
        numbers[(centre.pk, year)] = sequence = numbers.get((centre.pk, year), 0) + 1
        reference = format_reference(centre.code, year, sequence)
        handler = filer if channel == "counsellor" else handlers.get(centre_index, filer)
        anonymous = channel == "kiosk" and rand() < ANONYMOUS_AT_KIOSK
        candidate_index = None if anonymous else i
        language = "ur" if rand() < URDU else "en"
        kind = rng.choices(kinds, weights=kind_weights)[0]

        # Whom: an agency half the time, an employer or an agent in words otherwise.
        agency_id = employer_id = None
        other_party = ""
        roll = rand()
        if kind == "unlicensed" or roll < 0.25:
            against = "other"
            other_party = f"{choice(vocabulary.MALE_FIRST)} {choice(vocabulary.LAST)}, sub-agent"
        elif kind in ("wages", "mistreatment", "contract") and roll < 0.8:
            against = "employer"
            employer_id, destination = employers[randrange(len(employers))]
        else:
            against = "agency"
            agency_id = agencies[min(int(len(agencies) * rand() ** 2), len(agencies) - 1)]
        if employer_id is None:
            destination = rng.choices(destinations, weights=destination_weights)[0]
        (promised_en, description_en), (promised_ur, description_ur) = TEXTS[kind]
        promised, description = (
            (promised_ur, description_ur) if language == "ur" else (promised_en, description_en)
        )
        happened_on = filed_on - DAY * randrange(3, 200)

        # Money, in rupees rounded to thousands.
        paid = allowed = wage = claimed = None
        paid_on = claimed_on = None
        if kind in MONEY_KINDS and rand() < 0.85:
            paid = 1000 * randrange(60, 900)
            paid_on = happened_on - DAY * randrange(0, 60)
            if against == "agency":
                allowed = 1000 * randrange(40, 200)
            if rand() < 0.7:
                wage = 1000 * randrange(60, 260)
            claimed = max(paid - (allowed or 0), 1000 * randrange(10, 100))
            claimed_on = filed_on

        # How far along it is: older complaints are more often closed.
        age = (today - filed_on).days
        roll = rand()
        if age > 60:
            status = "closed" if roll < 0.75 else "escalated" if roll < 0.85 else "acknowledged"
        elif age > 15:
            status = (
                "closed"
                if roll < 0.3
                else "escalated"
                if roll < 0.65
                else "acknowledged"
                if roll < 0.95
                else "received"
            )
        else:
            status = (
                "closed"
                if roll < 0.1
                else "escalated"
                if roll < 0.25
                else "acknowledged"
                if roll < 0.7
                else "received"
            )
        outcome = ""
        if status == "closed":
            outcome = rng.choices(
                ["substantiated", "dismissed", "withdrawn", "unresolved", "no_contact"],
                weights=[45, 25, 10, 10, 10],
            )[0]
        acknowledge_by, resolve_by, escalate_by = deadlines.of(centre, kind, filed_on)

        event(complaint_id, "filed", filed_at, filer)
        acknowledged_at = closed_at = None
        last = filed_at
        if status != "received":
            acknowledged_at = min(now, filed_at + HOUR * randrange(1, 72))
            last = acknowledged_at
            event(complaint_id, "acknowledged", acknowledged_at, handler)
        referred = status == "escalated" or (
            status == "closed" and outcome in ("substantiated", "dismissed") and rand() < 0.5
        )
        if referred:
            sent_at = min(now, last + DAY * randrange(1, 10))
            sent_on = _local_date(sent_at)
            authority = choice(AUTHORITIES[kind])
            answered_on = None
            answer = their_reference = ""
            if rand() < (0.7 if status == "closed" else 0.3):
                answered_at = min(now, sent_at + DAY * randrange(5, 40))
                answered_on = _local_date(answered_at)
                answer = choice(ANSWERS)
                their_reference = f"{authority.upper()}/{year}/{randrange(1, 9999):04d}"
                last = answered_at
            else:
                last = sent_at
            escalation_id = first_escalation + len(escalations)
            escalations.append(
                (
                    str(escalation_id),
                    str(complaint_id),
                    authority,
                    text(OFFICES[authority]),
                    sent_on.isoformat(),
                    str(handler),
                    "Please look into this complaint and help the complainant.",
                    answer,
                    answered_on.isoformat() if answered_on else None,
                    their_reference,
                )
            )
            event(complaint_id, "escalated", sent_at, handler)
            if answered_on:
                event(complaint_id, "answered", last, handler)
        if status == "closed":
            closed_at = min(now, last + DAY * randrange(1, 20))
            if outcome == "substantiated" and claimed and rand() < 0.7:
                amount = claimed if rand() < 0.6 else 1000 * max(1, claimed // 2000)
                received_at = min(now, last + (closed_at - last) * rand())
                recoveries.append(
                    (
                        str(complaint_id),
                        str(amount),
                        _local_date(received_at),
                        str(handler),
                        received_at,
                    )
                )
                event(complaint_id, "money", received_at, handler)
            event(complaint_id, "closed", closed_at, handler)
        statuses[status] += 1

        cnic_hash = ""
        if candidate_index is not None:
            cnic_hash = identifier_hash(
                "complaint-status", f"{reference}:{seeded_cnic(candidate_index)[-4:]}"
            )
        complaints.append(
            (
                str(complaint_id),
                reference,
                str(year),
                str(sequence),
                channel,
                filed_at.isoformat(sep=" "),
                language,
                kind,
                against,
                text(other_party),
                destination,
                text(promised),
                text(description),
                happened_on.isoformat(),
                "",
                "",
                "",
                "",
                "",
                cnic_hash,
                None,
                acknowledge_by.isoformat(),
                resolve_by.isoformat(),
                escalate_by.isoformat(),
                status,
                outcome,
                acknowledged_at.isoformat(sep=" ") if acknowledged_at else None,
                closed_at.isoformat(sep=" ") if closed_at else None,
                _amount(paid),
                paid_on.isoformat() if paid_on else None,
                _amount(allowed),
                _amount(wage),
                _amount(claimed),
                claimed_on.isoformat() if claimed_on else None,
                str(agency_id) if agency_id else None,
                str(appointment_id) if appointment_id else None,
                str(first_candidate + candidate_index) if candidate_index is not None else None,
                str(centre.pk),
                str(employer_id) if employer_id else None,
                str(filer),
                None,
            )
        )

    count = copy_rows("complaints_complaint", COMPLAINT_COLUMNS, complaints)
    reset_sequence("complaints_complaint")
    copy_rows(
        "complaints_escalation",
        [
            "id",
            "complaint_id",
            "authority",
            "office",
            "sent_on",
            "sent_by_id",
            "request",
            "answer",
            "answered_on",
            "their_reference",
        ],
        escalations,
    )
    reset_sequence("complaints_escalation")
    first_recovery = next_id("complaints_recovery")
    copy_rows(
        "complaints_recovery",
        ["id", "complaint_id", "amount", "received_on", "source", "recorded_by_id", "recorded_at"],
        (
            (str(first_recovery + k), c, amount, day.isoformat(), "", by, at.isoformat(sep=" "))
            for k, (c, amount, day, by, at) in enumerate(recoveries)
        ),
    )
    reset_sequence("complaints_recovery")
    first_event = next_id("complaints_complaintevent")
    event_count = copy_rows(
        "complaints_complaintevent",
        ["id", "complaint_id", "kind", "at", "by_id", "note"],
        (
            (str(first_event + k), str(c), kind, at.isoformat(sep=" "), str(by), note)
            for k, (c, kind, at, by, note) in enumerate(events)
        ),
    )
    reset_sequence("complaints_complaintevent")
    _move_counters_past(numbers)
    context.counts["complaints"] = count
    per_status = ", ".join(f"{statuses[s]:,} {s}" for s in sorted(statuses))
    phases.done(
        "complaints",
        f"{count:,} rows ({per_status}), {len(escalations):,} escalations, "
        f"{len(recoveries):,} recoveries, {event_count:,} events",
    )


def _local_date(moment: datetime.datetime) -> datetime.date:
    return timezone.localdate(moment)


def _move_counters_past(numbers: dict) -> None:
    """Each centre's and year's counter at the last number given (never lowered)."""
    by_centre_year = defaultdict(int)
    for key, last in numbers.items():
        by_centre_year[key] = max(by_centre_year[key], last)
    ComplaintCounter.objects.bulk_create(
        [
            ComplaintCounter(centre_id=centre_id, year=year, last_number=last)
            for (centre_id, year), last in by_centre_year.items()
        ],
        update_conflicts=True,
        unique_fields=["centre", "year"],
        update_fields=["last_number"],
    )
