"""Demo counsellors, their hours, a holiday and a leave day, and a week of appointments
for seed_demo.

Everything goes through the real services, so the demo obeys the same rules as the
pages: only free, future slots are booked. Rows are found by natural keys (a profile by
its account, a window by counsellor, day and start, an appointment by counsellor and
start), so running twice adds nothing.
"""

import datetime
from contextlib import contextmanager, suppress

from django.test.utils import override_settings
from django.utils import timezone

from apps.accounts.models import User
from apps.candidates.models import Candidate
from apps.counselling import case_records
from apps.counselling.models import (
    Appointment,
    AvailabilityException,
    CaseNote,
    Counsellor,
    Referral,
    Topic,
    WeeklyAvailability,
)
from apps.counselling.selectors import centre_time_zone, free_slots_of, local_day_bounds
from apps.counselling.services import (
    PersonAlreadyBooked,
    SlotTaken,
    StatusChangeNotAllowed,
    book_appointment,
    cancel_appointment,
    change_appointment_status,
)

WEEKDAYS = range(5)
DAYS_OF_APPOINTMENTS = 7
# Appointments seed_demo makes sure today has, when free slots remain today.
APPOINTMENTS_TODAY = 2

# (username, languages, topics, weekly windows (weekday, from, until, slot minutes),
#  book one planned slot in every `n`)
DEMO_COUNSELLORS = [
    (
        "counsellor.lahore",
        ["ur", "en", "pa"],
        list(Topic.values),
        [(day, "09:00", "13:00", 30) for day in WEEKDAYS]
        + [(1, "14:00", "17:00", 45), (3, "14:00", "17:00", 45)],
        2,
    ),
    (
        "counsellor2.lahore",
        ["ur", "en"],
        [Topic.CONTRACT, Topic.DOCUMENTS, Topic.RIGHTS, Topic.MONEY, Topic.RETURN],
        [(day, "10:00", "14:00", 60) for day in range(4)],
        2,
    ),
    (
        "counsellor.sialkot",
        ["ur", "pa"],
        list(Topic.values),
        [(day, "09:00", "12:00", 30) for day in range(4)],
        3,
    ),
]

# Who books at each centre: the desk, the kiosk (Lahore has one), or the counsellor.
BOOKERS = {
    "LHR": [
        (Appointment.Channel.DESK, "officer.lahore"),
        (Appointment.Channel.KIOSK, "kiosk.lahore"),
        (Appointment.Channel.COUNSELLOR, None),
    ],
    "SKT": [
        (Appointment.Channel.DESK, "officer.sialkot"),
        (Appointment.Channel.COUNSELLOR, None),
    ],
}
MODES = [
    Appointment.Mode.IN_PERSON,
    Appointment.Mode.IN_PERSON,
    Appointment.Mode.PHONE,
    Appointment.Mode.IN_PERSON,
    Appointment.Mode.VIDEO,
]
HOLIDAY_NOTE = "Public holiday"
LEAVE_NOTE = "Annual leave"
CANCELLATION_REASON = "Has to travel to Islamabad that day; will book again."


class DemoNoticeBackend:
    """Where seed_demo's booking confirmations go: nowhere. The demo people's phone
    numbers are made up, but may well be somebody's."""

    name = "demo (not sent)"

    def send(self, message) -> None:
        pass


@contextmanager
def notices_not_sent():
    """Around seed_demo's transaction: the notices its bookings send once it commits
    are recorded, never sent, whatever backend the settings name."""
    backend = f"{DemoNoticeBackend.__module__}.{DemoNoticeBackend.__qualname__}"
    with override_settings(PORTAL_NOTIFICATION_BACKEND=backend):
        yield


def seed_counselling() -> int:
    """Demo counsellors, hours, exceptions and appointments; returns how many
    appointments were booked (none on a second run the same day)."""
    now = timezone.now()
    counsellors = [_seed_counsellor(*row) for row in DEMO_COUNSELLORS]
    _seed_exceptions(counsellors, now)
    booked = 0
    for code in BOOKERS:
        at_centre = [c for c in counsellors if c.user.centre.code == code]
        booked += _seed_week_of_appointments(code, at_centre, now)
    _seed_cancellation(counsellors[0], now)
    _seed_check_in(counsellors[0], now)
    seed_case_records()
    return booked


# (registration number's position among the Lahore demo people, note outcome, note,
#  follow-up or None, referral service or None). The complaints the notes mention are
#  in the complaints register (demo/complaints.py).
DEMO_CASES = [
    (
        0,
        CaseNote.Outcome.FOLLOW_UP,
        "Brought a contract from the agent in Arabic only. Explained that the contract "
        "must be attested by the Protector's office and be in a language he reads.",
        "Check the attested copy of the contract with him",
        None,
    ),
    (
        1,
        CaseNote.Outcome.REFERRED,
        "Paid a sub-agent PKR 350,000 for a visa that never came. The sub-agent holds "
        "no licence. Took in his complaint and referred it to the Protector of Emigrants.",
        "Call to ask whether the Protector's office has called him",
        Referral.Service.PROTECTOR,
    ),
    (
        2,
        CaseNote.Outcome.ADVICE_GIVEN,
        "Asked about sending money home. Explained bank transfers and Roshan Digital "
        "accounts, and the risks of hawala.",
        None,
        None,
    ),
]


def seed_case_records():
    """A few confidential case records for the first Lahore counsellor, written through
    the real services; a person who already has a note is left as they are."""
    author = User.objects.filter(username="counsellor.lahore").select_related("centre").first()
    if author is None:
        return
    people = list(Candidate.objects.filter(centre=author.centre).order_by("registration_number"))
    for position, outcome, text, follow_up, referral in DEMO_CASES:
        if position >= len(people):
            continue
        person = people[position]
        if CaseNote.objects.filter(candidate=person, centre=author.centre).exists():
            continue
        case_records.add_case_note(candidate=person, author=author, outcome=outcome, text=text)
        if follow_up:
            case_records.add_follow_up(
                candidate=person,
                author=author,
                action=follow_up,
                due_on=timezone.localdate() + datetime.timedelta(days=5),
            )
        if referral:
            case_records.add_referral(
                candidate=person,
                author=author,
                service=referral,
                details="Letter with the receipts sent to the Protector of Emigrants, Lahore",
            )


def _seed_counsellor(username, languages, topics, windows, _share) -> Counsellor:
    user = User.objects.select_related("centre").get(username=username)
    counsellor, _created = Counsellor.objects.update_or_create(
        user=user,
        defaults={"languages": languages, "topics": [str(t) for t in topics], "is_active": True},
    )
    for weekday, starts, ends, minutes in windows:
        WeeklyAvailability.objects.update_or_create(
            counsellor=counsellor,
            weekday=weekday,
            starts=datetime.time.fromisoformat(starts),
            defaults={"ends": datetime.time.fromisoformat(ends), "slot_minutes": minutes},
        )
    return counsellor


def _next_weekday(day: datetime.date) -> datetime.date:
    while day.weekday() not in WEEKDAYS:
        day += datetime.timedelta(days=1)
    return day


def _seed_exceptions(counsellors, now):
    """A public holiday at each centre in the coming month, and a day of leave for the
    first counsellor within the coming days; only where none is still to come."""
    today = now.astimezone(centre_time_zone()).date()
    for centre in {c.user.centre for c in counsellors}:
        upcoming = AvailabilityException.objects.filter(
            centre=centre,
            counsellor__isnull=True,
            reason=AvailabilityException.Reason.PUBLIC_HOLIDAY,
            ends_at__gt=now,
        )
        if not upcoming.exists():
            starts_at, ends_at = local_day_bounds(_next_weekday(today + datetime.timedelta(16)))
            AvailabilityException.objects.create(
                centre=centre,
                starts_at=starts_at,
                ends_at=ends_at,
                reason=AvailabilityException.Reason.PUBLIC_HOLIDAY,
                note=HOLIDAY_NOTE,
            )
    on_leave = counsellors[0]
    upcoming_leave = AvailabilityException.objects.filter(
        counsellor=on_leave, reason=AvailabilityException.Reason.LEAVE, ends_at__gt=now
    )
    if not upcoming_leave.exists():
        starts_at, ends_at = local_day_bounds(_next_weekday(today + datetime.timedelta(3)))
        AvailabilityException.objects.create(
            centre=on_leave.user.centre,
            counsellor=on_leave,
            starts_at=starts_at,
            ends_at=ends_at,
            reason=AvailabilityException.Reason.LEAVE,
            note=LEAVE_NOTE,
        )


def _planned_slots(counsellor, share, first_day):
    """One in every `share` slots of the counsellor's windows over the coming days, the
    same plan on every run of the same day (bookings do not change it)."""
    tz = centre_time_zone()
    for offset in range(DAYS_OF_APPOINTMENTS):
        day = first_day + datetime.timedelta(days=offset)
        for window in counsellor.availabilities.filter(weekday=day.weekday()):
            start = datetime.datetime.combine(day, window.starts, tzinfo=tz)
            end = datetime.datetime.combine(day, window.ends, tzinfo=tz)
            length = datetime.timedelta(minutes=window.slot_minutes)
            position = 0
            while start + length <= end:
                if (position + day.toordinal()) % share == 0:
                    yield start
                start += length
                position += 1


def _seed_week_of_appointments(code, counsellors, now) -> int:
    """Book the planned slots still in the future, for the centre's demo people in turn,
    then top today up to a couple of appointments if free slots remain."""
    people = list(Candidate.objects.filter(centre__code=code).order_by("registration_number"))
    if not people or not counsellors:
        return 0
    today = now.astimezone(centre_time_zone()).date()
    shares = {username: share for username, *_rest, share in DEMO_COUNSELLORS}
    plan = sorted(
        (starts_at, n, counsellor)
        for n, counsellor in enumerate(counsellors)
        for starts_at in _planned_slots(counsellor, shares[counsellor.user.username], today)
    )
    booked = 0
    for turn, (starts_at, _n, counsellor) in enumerate(plan):
        if starts_at <= now:
            continue
        booked += _book(code, counsellor, people[turn % len(people)], starts_at, turn)
    start_of_today, end_of_today = local_day_bounds(today)
    already_today = Appointment.objects.filter(
        counsellor__in=counsellors, starts_at__gte=start_of_today, starts_at__lt=end_of_today
    ).count()
    extra = free_slots_of(counsellors, today, now=now)[: max(0, APPOINTMENTS_TODAY - already_today)]
    for turn, slot in enumerate(extra, start=len(plan)):
        booked += _book(code, slot.counsellor, people[turn % len(people)], slot.starts_at, turn)
    return booked


def _book(code, counsellor, candidate, starts_at, turn) -> int:
    if Appointment.objects.filter(counsellor=counsellor, starts_at=starts_at).exists():
        return 0
    channel, booker = BOOKERS[code][turn % len(BOOKERS[code])]
    topics = counsellor.topics or list(Topic.values)
    try:
        book_appointment(
            candidate=candidate,
            counsellor=counsellor,
            starts_at=starts_at,
            topic=topics[turn % len(topics)],
            mode=MODES[turn % len(MODES)],
            booked_by=User.objects.get(username=booker) if booker else counsellor.user,
            channel=channel,
        )
    except (SlotTaken, PersonAlreadyBooked):
        # A holiday, leave, or an earlier run's booking holds that time or that person.
        return 0
    return 1


def _seed_cancellation(counsellor, now):
    """One appointment the person cancelled, so the calendars show how that looks."""
    cancelled = Appointment.objects.filter(
        counsellor=counsellor,
        status=Appointment.Status.CANCELLED_BY_PERSON,
        starts_at__gt=now,
    )
    if cancelled.exists():
        return
    tomorrow = now.astimezone(centre_time_zone()).date() + datetime.timedelta(days=1)
    appointment = (
        Appointment.objects.filter(
            counsellor=counsellor,
            status=Appointment.Status.BOOKED,
            starts_at__gte=local_day_bounds(tomorrow)[0],
        )
        .order_by("starts_at")
        .first()
    )
    if appointment is not None:
        cancel_appointment(
            appointment=appointment,
            by=appointment.booked_by,
            by_person=True,
            reason=CANCELLATION_REASON,
        )


def _seed_check_in(counsellor, now):
    """Today's first booked appointment of the counsellor's checked in (someone came
    early), unless somebody already is today."""
    start_of_today, end_of_today = local_day_bounds(now.astimezone(centre_time_zone()).date())
    today = Appointment.objects.filter(
        counsellor__user__centre=counsellor.user.centre,
        starts_at__gte=start_of_today,
        starts_at__lt=end_of_today,
    ).order_by("starts_at")
    if today.filter(status=Appointment.Status.CHECKED_IN).exists():
        return
    first = today.filter(status=Appointment.Status.BOOKED).first()
    if first is None:
        return
    desk = User.objects.filter(username="officer.lahore").first() or counsellor.user
    with suppress(StatusChangeNotAllowed):
        change_appointment_status(
            appointment=first, to_status=Appointment.Status.CHECKED_IN, by=desk, now=now
        )
