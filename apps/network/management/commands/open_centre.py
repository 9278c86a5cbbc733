"""Open the centres of a CSV file: each with its staff's accounts and one-time links.

Run it again with the same file and nothing changes; each centre says "already open".
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.network.csv_rows import CsvRefused, columns_help, open_centres_from_csv


class Command(BaseCommand):
    help = (
        "Open the centres of a CSV file (one centre a row; the first line names the "
        "columns, in any order; empty cells take the defaults). Prints, for each centre, "
        "what was created and each new account's one-time link to set its password; "
        "never a password. Opening a centre again creates nothing.\n\nColumns:\n"
        + columns_help()
        + "\n\nExample: fixtures/centres_to_open.example.csv"
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        from argparse import RawDescriptionHelpFormatter

        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.formatter_class = RawDescriptionHelpFormatter
        return parser

    def add_arguments(self, parser):
        parser.add_argument("csv", type=Path, help="The CSV file of centres to open.")
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="The portal's address, printed before each link's path.",
        )

    def handle(self, *args, **options):
        path: Path = options["csv"]
        try:
            content = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from None
        try:
            outcome = open_centres_from_csv(content)
        except CsvRefused as refused:
            raise CommandError(str(refused.message)) from None
        if outcome.mistakes:
            for line, column, message in outcome.mistakes:
                where = f"line {line}" + (f", {column}" if column else "")
                self.stderr.write(f"{where}: {message}")
            raise CommandError("Nothing was opened: correct the lines above and run it again.")
        base_url = options["base_url"].rstrip("/")
        write = self.stdout.write
        for result in outcome.results:
            centre = result.centre
            if result.already_open:
                write(f"{centre.code}  {centre.name}: already open, nothing changed.")
                continue
            if result.centre_created:
                write(
                    f"{centre.code}  {centre.name}: opened, with {len(result.accounts)} accounts."
                )
            else:
                write(
                    f"{centre.code}  {centre.name}: open already; "
                    f"{len(result.accounts)} accounts added."
                )
            for account in result.accounts:
                write(
                    f"  {account.username:<22} {account.role.group_name:<24} "
                    f"{base_url}{account.link_path}"
                )
        opened = sum(result.centre_created for result in outcome.results)
        write(f"{opened} of {len(outcome.results)} centres opened now.")
        if any(result.accounts for result in outcome.results):
            write(
                "Give each link to its account's holder (a kiosk's to whoever sets up the "
                "device): it sets the password once, then stops working."
            )
