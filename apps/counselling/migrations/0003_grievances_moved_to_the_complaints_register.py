"""The counselling grievances are gone: migration complaints/0002 entered every one of
them in the complaints register, with its reference number, status and history, so the
old table is removed only after it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("counselling", "0002_case_records_events_notices"),
        ("complaints", "0002_deadlines_and_grievances"),
    ]

    operations = [
        migrations.DeleteModel(name="Grievance"),
    ]
