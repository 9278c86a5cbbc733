"""An appointment as an iCalendar file (RFC 5545), built with the `icalendar` library.

The file leaves the portal (a phone's calendar, a cloud account), so it says only what
the person needs to come: when, where, the topic, their registration number and the
centre's helpline. Never case notes, a CNIC or a phone number of theirs.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .models import Appointment, AppointmentEvent

PRODID = "-//MRC Portal//Legal counselling appointments//EN"
# Calendars match an event to an earlier copy of it by UID: the same appointment always
# has the same UID, moved or cancelled, so an import updates it instead of adding one.
UID_DOMAIN = "mrc-portal"


def appointment_uid(appointment) -> str:
    return f"appointment-{appointment.pk}@{UID_DOMAIN}"


def _location(appointment, centre) -> str:
    if appointment.mode == Appointment.Mode.PHONE:
        return _("By phone")
    if appointment.mode == Appointment.Mode.VIDEO:
        return _("By video")
    address = ", ".join(line.strip() for line in centre.address.splitlines() if line.strip())
    return f"{centre.name}, {address}"


def _description(appointment, centre) -> str:
    lines = [
        _("Registration number: %(number)s")
        % {"number": appointment.candidate.registration_number},
        _("Mode: %(mode)s") % {"mode": appointment.get_mode_display()},
        _("To change or cancel, call the centre's helpline: %(helpline)s")
        % {"helpline": centre.helpline.as_national},
    ]
    return "\n".join(lines)


def appointment_calendar(appointment, now=None) -> bytes:
    """The .ics file of one appointment, in the active language. SEQUENCE counts the
    moves, so a calendar replaces an older copy; a cancelled one says STATUS:CANCELLED."""
    centre = appointment.counsellor.user.centre
    moves = AppointmentEvent.objects.filter(
        appointment=appointment, kind=AppointmentEvent.Kind.RESCHEDULED
    ).count()
    event = Event.new(
        uid=appointment_uid(appointment),
        stamp=(now or timezone.now()).astimezone(datetime.UTC),
        start=appointment.starts_at.astimezone(datetime.UTC),
        end=appointment.ends_at.astimezone(datetime.UTC),
        summary=_("Legal counselling: %(topic)s") % {"topic": appointment.get_topic_display()},
        location=_location(appointment, centre),
        description=_description(appointment, centre),
        sequence=moves,
        status="CANCELLED" if appointment.is_cancelled else "CONFIRMED",
    )
    calendar = Calendar.new(
        prodid=PRODID,
        method="PUBLISH",
        # The library would make up a new calendar UID at every download.
        uid=f"calendar-{appointment_uid(appointment)}",
        subcomponents=[event],
    )
    return calendar.to_ical()
