"""Booking counselling at the shared kiosk. A walk-in proves who they are with their
slip's number and their CNIC, picks a free time, and sees the booking they just made:
nothing else of their record (not their name, not their other appointments) and nobody
else's booking, only free times. The session holds ids only, and Finish erases it.

The kiosk's centre (the device account's) is where the person is counselled, whichever
centre registered them.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from apps.candidates.models import Candidate
from apps.kiosk.views import kiosk_required

from .. import services
from ..forms.kiosk import MODE_ICONS, TOPIC_ICONS, KioskCounsellingForm
from ..models import Appointment, Counsellor, Topic
from ..selectors import centre_time_zone, counsellors_for, free_slots_of, local_day_bounds

# Wrong number-and-CNIC pairs one visitor may try before being sent to the desk: enough
# for typing slips, too few to guess whose slip was found on the floor (as for jobs).
IDENTIFY_ATTEMPTS = 5
ATTEMPTS_KEY = "counselling:kiosk-attempts"
# {"candidate": pk, "topic": ..., "mode": ...} between identifying and choosing a time.
CHOICE_KEY = "counselling:kiosk-choice"
# The appointment just booked, for the confirmation screen; erased by Finish.
BOOKED_KEY = "counselling:kiosk-booked"
OFFERED_DAYS = 7

TAKEN = gettext_lazy("That time was just taken, please pick another.")


def kiosk_counselling_view(view):
    """Kiosk role only, never cached, the number and CNIC kept out of error reports."""
    return never_cache(
        kiosk_required(sensitive_post_parameters("registration_number", "cnic")(view))
    )


@kiosk_counselling_view
def identify(request):
    """Number, CNIC, topic and mode. Whatever happens, nothing of the record is shown."""
    sent_to_desk = request.session.get(ATTEMPTS_KEY, 0) >= IDENTIFY_ATTEMPTS
    earlier = request.session.get(CHOICE_KEY) or {}
    form = KioskCounsellingForm(
        request.POST or None,
        initial={"topic": earlier.get("topic"), "mode": earlier.get("mode")},
    )
    if request.method == "POST" and not sent_to_desk and form.is_valid():
        person = form.registered_person()
        if person is not None:
            request.session.pop(BOOKED_KEY, None)
            request.session[CHOICE_KEY] = {
                "candidate": person.pk,
                "topic": form.cleaned_data["topic"],
                "mode": form.cleaned_data["mode"],
            }
            return redirect("counselling:kiosk_time")
        attempts = request.session.get(ATTEMPTS_KEY, 0) + 1
        request.session[ATTEMPTS_KEY] = attempts
        sent_to_desk = attempts >= IDENTIFY_ATTEMPTS
        form.add_error(
            None,
            _(
                "This registration number and CNIC do not belong together. Check both, "
                "or ask at the desk."
            ),
        )
    return render(
        request,
        "counselling/kiosk_identify.html",
        {
            "form": form,
            "sent_to_desk": sent_to_desk,
            "topic_icons": TOPIC_ICONS,
            "mode_icons": MODE_ICONS,
        },
    )


def time_of_day(moment: datetime.datetime) -> str:
    """ "a.m." or "p.m." for a 12-hour clock, told apart by the part of the day: Urdu
    says morning, afternoon, evening or night (صبح، دوپہر، شام، رات), not just "p.m."."""
    hour = moment.astimezone(centre_time_zone()).hour
    if hour < 4:
        return pgettext("time of day: night, after midnight", "a.m.")
    if hour < 12:
        return pgettext("time of day: morning", "a.m.")
    if hour < 16:
        return pgettext("time of day: afternoon", "p.m.")
    if hour < 19:
        return pgettext("time of day: evening", "p.m.")
    return pgettext("time of day: night", "p.m.")


@dataclass
class OfferedTime:
    """One start time the kiosk offers, and the counsellors free then (never shown)."""

    starts_at: datetime.datetime
    counsellors: list[Counsellor]

    @property
    def value(self) -> str:
        """How the page names this time in the form: the start in UTC, ISO 8601."""
        return self.starts_at.astimezone(datetime.UTC).isoformat()

    @property
    def time_of_day(self) -> str:
        return time_of_day(self.starts_at)


def offered_times(centre, topic: str) -> dict[datetime.datetime, OfferedTime]:
    """The free start times of the next OFFERED_DAYS local days at `centre` for `topic`,
    one per distinct start however many counsellors are free then, in order."""
    today = timezone.now().astimezone(centre_time_zone()).date()
    counsellors = list(counsellors_for(centre, topic=topic)) if centre is not None else []
    times = {}
    for slot in free_slots_of(counsellors, today, days=OFFERED_DAYS):
        offered = times.setdefault(slot.starts_at, OfferedTime(slot.starts_at, []))
        offered.counsellors.append(slot.counsellor)
    return times


def _times_by_day(times):
    tz = centre_time_zone()
    days = defaultdict(list)
    for offered in times.values():
        days[offered.starts_at.astimezone(tz).date()].append(offered)
    return sorted(days.items())


def _chosen_start(text: str) -> datetime.datetime | None:
    """The aware start time a time button sent, or None for anything malformed or
    outside the days the kiosk offers."""
    try:
        starts_at = datetime.datetime.fromisoformat(text or "")
    except ValueError:
        return None
    if starts_at.tzinfo is None:
        return None
    today = timezone.now().astimezone(centre_time_zone()).date()
    _first, last = local_day_bounds(today, OFFERED_DAYS)
    if not timezone.now() < starts_at < last:
        return None
    return starts_at


def _in_language_first(counsellors):
    """Counsellors who speak the language the person chose on screen come first."""
    language = translation.get_language()
    return sorted(counsellors, key=lambda counsellor: language not in counsellor.languages)


def _book_at(offered: OfferedTime, *, candidate, topic, mode, device):
    """Book the person with one of the counsellors free at the time, or None if each of
    them was taken meanwhile. Raises PersonAlreadyBooked."""
    for counsellor in _in_language_first(offered.counsellors):
        try:
            return services.book_appointment(
                candidate=candidate,
                counsellor=counsellor,
                starts_at=offered.starts_at,
                topic=topic,
                mode=mode,
                booked_by=device,
                channel=Appointment.Channel.KIOSK,
            )
        except services.SlotTaken:
            continue  # another person got this counsellor: the next one may be free
    return None


def _book_chosen_time(request, times, candidate, choice):
    """(the appointment, "") for the time the person tapped, or (None, why not)."""
    starts_at = _chosen_start(request.POST.get("starts_at"))
    if starts_at is None:
        return None, _("Please choose one of the times shown.")
    if starts_at not in times:
        return None, TAKEN
    try:
        appointment = _book_at(
            times[starts_at],
            candidate=candidate,
            topic=choice["topic"],
            mode=choice["mode"],
            device=request.user,
        )
    except services.PersonAlreadyBooked:
        return None, _(
            "You already have an appointment at that time. Please pick another time "
            "or ask at the desk."
        )
    return appointment, "" if appointment is not None else TAKEN


@kiosk_counselling_view
def choose_time(request):
    """Free times only, one button per time; the person does not choose the counsellor."""
    choice = request.session.get(CHOICE_KEY)
    candidate = None
    if choice is not None:
        candidate = (
            Candidate.objects.filter(pk=choice["candidate"])
            .exclude(status=Candidate.Status.INACTIVE)
            .first()
        )
    if candidate is None:
        request.session.pop(CHOICE_KEY, None)
        if BOOKED_KEY in request.session:
            # A second tap, a refresh or Back after the booking went through.
            return redirect("counselling:kiosk_booked")
        return redirect("counselling:kiosk_identify")
    centre = request.user.centre
    times = offered_times(centre, choice["topic"])
    error = ""
    if request.method == "POST":
        appointment, error = _book_chosen_time(request, times, candidate, choice)
        if appointment is not None:
            request.session.pop(CHOICE_KEY, None)
            request.session[BOOKED_KEY] = appointment.pk
            return redirect("counselling:kiosk_booked")
        times = offered_times(centre, choice["topic"])  # what is free now
    today = timezone.now().astimezone(centre_time_zone()).date()
    return render(
        request,
        "counselling/kiosk_time.html",
        {
            "days": _times_by_day(times),
            "today": today,
            "tomorrow": today + datetime.timedelta(days=1),
            "topic_label": Topic(choice["topic"]).label,
            "mode": choice["mode"],
            "error": error,
        },
    )


@kiosk_counselling_view
def booked(request):
    """The booking just made: when, with whom (first name only), how, what to bring."""
    appointment_pk = request.session.get(BOOKED_KEY)
    appointment = None
    if appointment_pk is not None:
        appointment = (
            Appointment.objects.visible_to(request.user)
            .select_related("counsellor__user__centre")
            .filter(pk=appointment_pk)
            .first()
        )
    if appointment is None:
        return redirect("kiosk:start")
    return render(
        request,
        "counselling/kiosk_booked.html",
        {"appointment": appointment, "time_of_day": time_of_day(appointment.starts_at)},
    )
