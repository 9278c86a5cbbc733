"""Erase personal data by anonymisation: one person, or everyone inactive too long."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from apps.candidates.models import Candidate
from apps.privacy.services import (
    CannotAnonymise,
    Reason,
    anonymise_candidate,
    anonymise_inactive,
)


class Command(BaseCommand):
    help = (
        "Erase personal data by anonymisation, keeping the anonymous record for the "
        "reports. --registration-number erases one person; --inactive erases everyone "
        "with no activity for PORTAL_RETENTION_YEARS (or --years). Meant for a daily "
        "cron: `manage.py anonymise --inactive`. Prints counts, never names."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--registration-number", help="One person's registration number.")
        which.add_argument(
            "--inactive",
            action="store_true",
            help="Everyone inactive for longer than the retention period.",
        )
        parser.add_argument(
            "--reason",
            choices=[code for code, _label in Reason.CHOICES],
            default=Reason.REQUEST,
            help="Why one person is erased (recorded in the audit trail). Default: request.",
        )
        parser.add_argument(
            "--years",
            type=int,
            help="The retention period in years (default: PORTAL_RETENTION_YEARS, "
            f"now {settings.PORTAL_RETENTION_YEARS}).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count who would be erased; change nothing."
        )

    def handle(self, *args, registration_number, inactive, reason, years, dry_run, **options):
        if inactive:
            self._inactive(years, dry_run)
        else:
            self._one(registration_number.strip().upper(), reason, dry_run)

    def _inactive(self, years, dry_run):
        years = years if years is not None else settings.PORTAL_RETENTION_YEARS
        if years < 1:
            raise CommandError("The retention period is at least one year.")
        count = anonymise_inactive(retention_years=years, dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"{count} inactive for more than {years} years would be erased.")
        else:
            self.stdout.write(f"{count} inactive for more than {years} years erased.")

    def _one(self, number, reason, dry_run):
        candidate = Candidate.objects.filter(registration_number=number).first()
        if candidate is None:
            raise CommandError(f"No person is registered as {number}.")
        if dry_run:
            erased = "already erased" if candidate.anonymised_at else "would be erased"
            self.stdout.write(f"{number}: {erased}.")
            return
        try:
            anonymise_candidate(candidate=candidate, by=None, reason=reason)
        except CannotAnonymise as refused:
            raise CommandError(f"{number}: {refused}") from None
        self.stdout.write(f"{number}: erased (1).")
