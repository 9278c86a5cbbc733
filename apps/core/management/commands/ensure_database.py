"""Check that PostgreSQL answers, and create the portal's database if it is missing.

Run by `make run` and `make test` before anything touches the database, so that a
stopped server is reported in one line with the command that starts it.
"""

import glob
import os

import psycopg2
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from psycopg2 import sql


def start_command() -> str:
    versions = sorted(os.path.basename(p) for p in glob.glob("/etc/postgresql/*"))
    version = versions[-1] if versions else "<version>"
    return f"pg_ctlcluster --skip-systemctl-redirect {version} main start"


class Command(BaseCommand):
    help = "Check that PostgreSQL answers and create the database named in DATABASE_URL."

    def handle(self, *args, **options):
        db = settings.DATABASES["default"]
        params = {
            "host": db.get("HOST") or None,
            "port": db.get("PORT") or None,
            "user": db.get("USER") or None,
            "password": db.get("PASSWORD") or None,
            "connect_timeout": 5,
        }
        where = f"{db.get('HOST') or 'local socket'}:{db.get('PORT') or 5432}"
        try:
            connection = psycopg2.connect(dbname="postgres", **params)
        except psycopg2.OperationalError as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
            raise CommandError(
                f"PostgreSQL does not answer at {where} ({first_line}). "
                f"Start it with: {start_command()}"
            ) from None
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]])
            if cursor.fetchone() is None:
                cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db["NAME"])))
                self.stdout.write(f"Created database {db['NAME']} on {where}.")
            else:
                self.stdout.write(f"Database {db['NAME']} is ready on {where}.")
        connection.close()
