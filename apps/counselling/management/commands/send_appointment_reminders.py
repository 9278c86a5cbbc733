"""Send the day-before reminders. Cron runs it, for example hourly:

    0 * * * *  cd /srv/mrc-portal && .venv/bin/python manage.py send_appointment_reminders

It is safe to run any number of times, and two runs at once never send a reminder twice
(see apps.counselling.notices.send_due_reminders)."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from apps.counselling.notices import send_due_reminders
from apps.counselling.selectors import centre_time_zone


def _aware(text: str) -> datetime.datetime:
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--now: {text!r} is not an ISO date and time.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=centre_time_zone())
    return moment


class Command(BaseCommand):
    help = (
        "Send a reminder to every person whose counselling appointment is tomorrow and "
        "who has not had one for that time. Run it from cron, for example hourly; it is "
        "safe to run any number of times, also two at once: no reminder is sent twice, "
        "and one that failed is tried again on the next run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now",
            help=(
                "Act as if it were this moment (ISO, e.g. 2030-01-06T18:00; without an "
                "offset, the centre's local time): for catching up and for testing."
            ),
        )

    def handle(self, *args, now=None, **options):
        sent, failed = send_due_reminders(now=_aware(now) if now else None)
        if options["verbosity"]:
            self.stdout.write(f"Sent {sent} reminders, {failed} failed.")
