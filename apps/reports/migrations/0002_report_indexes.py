"""Indexes the people-served report needs on other apps' tables (apps/reports/selectors.py).

Kept here, with the report that reads through them, as plain SQL: the other apps' models
do not declare them. Their names start with reports_ so that they never collide with
indexes those apps may declare later.
"""

from django.db import migrations

INDEXES = [
    # Referrals and departures in a period: the status changes of applications by step
    # and time (the table grows with every application's every step).
    (
        "reports_status_change_step_time",
        "listings_applicationstatuschange (to_status, changed_at)",
    ),
    # Orientation attendance in a period, by the session's centre and start.
    ("reports_session_centre_start", "orientation_orientationsession (centre_id, starts_at)"),
    # Registrations in a period over every centre (a superuser's "All centres"); a
    # centre's own registrations use candidate_centre_recent (centre, created_at).
    ("reports_candidate_created", "candidates_candidate (created_at)"),
    # Completed counselling in a period over every centre.
    ("reports_appointment_status_start", "counselling_appointment (status, starts_at)"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("candidates", "0003_alter_candidate_options_candidate_anonymised_at"),
        ("counselling", "0002_case_records_events_notices"),
        ("listings", "0001_initial"),
        ("orientation", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            sql=f"CREATE INDEX IF NOT EXISTS {name} ON {target}",
            reverse_sql=f"DROP INDEX IF EXISTS {name}",
        )
        for name, target in INDEXES
    ]
