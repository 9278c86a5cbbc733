"""Counsellors at every centre with their weekly hours, and appointments over the past
weeks and the coming four, planned slot by slot so that no counsellor and no person is
ever in two active appointments at once (the exclusion constraints hold by design)."""

import datetime
from collections import defaultdict

from apps.counselling.models import Counsellor, Topic, WeeklyAvailability
from apps.counselling.selectors import centre_time_zone

from .bulk import copy_rows, next_id, reset_sequence

DAY = datetime.timedelta(days=1)
UPCOMING_DAYS = 28
PAST_FILL = 0.7  # share of past slots that were booked
UPCOMING_FILL = 0.35  # leaves free slots on every upcoming day
ACTIVE = ("booked", "checked_in", "completed", "no_show")
MODES = ["in_person"] * 7 + ["phone"] * 2 + ["video"]
TOPIC_WEIGHTS = {
    "contract": 25,
    "fees_fraud": 20,
    "documents": 20,
    "rights": 12,
    "grievance": 10,
    "money": 8,
    "return": 5,
}
# (weekday, from, until, slot minutes) of a seeded counsellor; afternoons vary by person.
MORNINGS = [(day, "09:00", "13:00", 30) for day in range(5)]
AFTERNOONS = [(1, "14:00", "16:00", 30), (3, "14:00", "16:00", 30), (0, "14:00", "16:30", 30)]
CANCELLED_BY_PERSON = "Cannot come that day; will book again."
CANCELLED_BY_CENTRE = "The counsellor is away for training that day."


def _seed_counsellors(context):
    """Profiles and weekly hours for the seeded centres' counsellors (the demo centres
    keep theirs). Returns {centre index: [Counsellor]} for every centre."""
    rng = context.rng
    profiles, windows = [], []
    for centre in context.centres:
        for user in context.staff[(centre.code, "counsellors")]:
            if Counsellor.objects.filter(user=user).exists():
                continue
            profile = Counsellor(
                user=user,
                languages=["ur", "pa"] + (["en"] if rng.random() < 0.6 else []),
                topics=list(Topic.values),
                is_active=True,
            )
            profiles.append(profile)
    Counsellor.objects.bulk_create(profiles)
    for n, profile in enumerate(profiles):
        for weekday, starts, ends, minutes in MORNINGS + AFTERNOONS[: 1 + n % 3]:
            windows.append(
                WeeklyAvailability(
                    counsellor=profile,
                    weekday=weekday,
                    starts=datetime.time.fromisoformat(starts),
                    ends=datetime.time.fromisoformat(ends),
                    slot_minutes=minutes,
                )
            )
    WeeklyAvailability.objects.bulk_create(windows)
    at_centre = {}
    for index, centre in enumerate(context.centres):
        at_centre[index] = list(
            Counsellor.objects.filter(user__centre=centre)
            .select_related("user")
            .prefetch_related("availabilities")
            .order_by("pk")
        )
    return at_centre, len(profiles)


def _slots(counsellor, day, tz):
    """The slots of `counsellor` on local `day`, as in free_slots_of()."""
    for window in counsellor.availabilities.all():
        if window.weekday != day.weekday():
            continue
        start = datetime.datetime.combine(day, window.starts, tzinfo=tz)
        end = datetime.datetime.combine(day, window.ends, tzinfo=tz)
        length = datetime.timedelta(minutes=window.slot_minutes)
        while start + length <= end:
            yield start, start + length
            start += length


def seed_appointments(context, phases) -> None:
    rng, now, today = context.rng, context.now, context.today
    rand, randrange = rng.random, rng.randrange
    tz = centre_time_zone()
    at_centre, new_profiles = _seed_counsellors(context)
    demo = {"LHR", "SKT", "LHD"}
    people = {index: pool for index, pool in context.by_centre.items() if len(pool) >= 8}
    created = context.candidate_created
    target = context.sizes.appointments

    def slots_of_day(day, upcoming):
        for index, counsellors in at_centre.items():
            if index not in people:
                continue
            code = context.centres[index].code
            for counsellor in counsellors:
                # The demo's own bookings fill its counsellors' coming days.
                if code in demo and day >= today:
                    continue
                for start, end in _slots(counsellor, day, tz):
                    if (start > now) == upcoming:
                        yield index, counsellor, start, end

    plan = []
    for offset in range(UPCOMING_DAYS):
        for slot in slots_of_day(today + DAY * offset, upcoming=True):
            if rand() < UPCOMING_FILL:
                plan.append(slot)
    plan = plan[: target // 5]
    day = today
    while len(plan) < target:
        day_slots = [slot for slot in slots_of_day(day, upcoming=False) if rand() < PAST_FILL]
        plan.extend(day_slots[: target - len(plan)])
        day -= DAY
        if (today - day).days > 3 * 365:
            break
    first_day = day + DAY
    phases.done(
        "counsellors and slot plan",
        f"{new_profiles} new counsellors, {len(plan):,} slots from {first_day}",
    )

    topics = list(TOPIC_WEIGHTS)
    topic_weights = list(TOPIC_WEIGHTS.values())
    busy = defaultdict(list)  # candidate index -> [(start, end)] of active appointments
    first_appointment = next_id("counselling_appointment")
    rows, events = [], []
    for index, counsellor, start, end in plan:
        pool = people[index]
        code = context.centres[index].code
        upcoming = start > now
        roll = rand()
        if upcoming:
            status = "booked" if roll < 0.92 else "cancelled_person"
        else:
            status = (
                "completed"
                if roll < 0.72
                else "no_show"
                if roll < 0.85
                else "cancelled_person"
                if roll < 0.95
                else "cancelled_centre"
            )
        # Someone registered before the appointment, not already busy at that time.
        known = _registered_before(pool, created, start)
        for _attempt in range(20):
            i = pool[randrange(known)]
            if status not in ACTIVE or not any(s < end and start < e for s, e in busy[i]):
                break
        else:
            status = "cancelled_person"  # nobody free: record it as cancelled
        if status in ACTIVE:
            busy[i].append((start, end))
        channel_roll = rand()
        if channel_roll < 0.55:
            channel, booker = "desk", context.staff[(code, "officer")]
        elif channel_roll < 0.8:
            channel, booker = "kiosk", context.staff[(code, "kiosk")]
        else:
            channel, booker = "counsellor", counsellor.user_id
        booked_at = min(now, start - DAY * (0.2 + rand() * 14))
        booked_at = max(booked_at, min(created[i], start - datetime.timedelta(hours=1)))
        appointment_id = first_appointment + len(rows)
        changed_by = changed_at = None
        reason = ""
        events.append((appointment_id, "booked", booked_at, booker, ""))
        if status == "completed":
            changed_by, changed_at = counsellor.user_id, end
            events.append((appointment_id, "checked_in", start, booker, ""))
            events.append((appointment_id, "completed", end, counsellor.user_id, ""))
        elif status == "no_show":
            changed_by, changed_at = counsellor.user_id, start + datetime.timedelta(minutes=15)
            events.append((appointment_id, "no_show", changed_at, counsellor.user_id, ""))
        elif status.startswith("cancelled"):
            reason = CANCELLED_BY_PERSON if status == "cancelled_person" else CANCELLED_BY_CENTRE
            changed_by = booker
            changed_at = min(now, booked_at + (start - booked_at) * rand())
            events.append((appointment_id, status, changed_at, booker, reason))
        reminder = start - datetime.timedelta(hours=18)
        rows.append(
            (
                str(appointment_id),
                start.isoformat(sep=" "),
                end.isoformat(sep=" "),
                MODES[randrange(len(MODES))],
                rng.choices(topics, weights=topic_weights)[0],
                status,
                channel,
                booked_at.isoformat(sep=" "),
                changed_at.isoformat(sep=" ") if changed_at else None,
                reason,
                reminder.isoformat(sep=" ") if reminder < now and booked_at < reminder else None,
                str(booker),
                str(context.candidate_ids[i]),
                str(changed_by) if changed_by else None,
                str(counsellor.pk),
            )
        )
    count = copy_rows(
        "counselling_appointment",
        [
            "id",
            "starts_at",
            "ends_at",
            "mode",
            "topic",
            "status",
            "channel",
            "booked_at",
            "status_changed_at",
            "cancellation_reason",
            "reminder_sent_at",
            "booked_by_id",
            "candidate_id",
            "status_changed_by_id",
            "counsellor_id",
        ],
        rows,
    )
    reset_sequence("counselling_appointment")
    first_event = next_id("counselling_appointmentevent")
    event_count = copy_rows(
        "counselling_appointmentevent",
        ["id", "appointment_id", "kind", "at", "by_id", "reason"],
        (
            (str(first_event + j), str(a), kind, at.isoformat(sep=" "), str(by), reason)
            for j, (a, kind, at, by, reason) in enumerate(events)
        ),
    )
    reset_sequence("counselling_appointmentevent")
    context.counts["appointments"] = count
    context.counts["appointment events"] = event_count
    context.counts["counsellors"] = sum(len(c) for c in at_centre.values())
    phases.done("appointments", f"{count:,} rows, {event_count:,} events")


def _registered_before(pool, created, moment) -> int:
    """How many of `pool` (candidate indices in order of registration) registered before
    `moment`; at least one, so the earliest person is used if nobody had."""
    low, high = 0, len(pool)
    while low < high:
        middle = (low + high) // 2
        if created[pool[middle]] < moment:
            low = middle + 1
        else:
            high = middle
    return max(low, min(len(pool), 8))
