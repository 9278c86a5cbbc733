"""One person, one record: a record merged into another stays as a tombstone pointing
at it (merged_into, merged_at), and each merge is recorded (CandidateMerge).

The name's sound key (0008) is also told what it costs: about 0.1 ms a name, some 4,000
times PostgreSQL's unit of work for an operator, against the 100 it assumes for any SQL
function. Believing it cheap, the planner would look up the probable duplicates by
district and day of birth only and compute the key of each neighbour (0013)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0011_centre_links"),
        ("centres", "0002_urdu_collation"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunSQL(
            "ALTER FUNCTION portal_name_key(text) COST 5000",
            reverse_sql="ALTER FUNCTION portal_name_key(text) COST 100",
        ),
        migrations.CreateModel(
            name="CandidateMerge",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "merged_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="merged at"
                    ),
                ),
                ("reason", models.TextField(verbose_name="reason")),
                ("moved", models.JSONField(default=dict, editable=False)),
                ("dropped", models.JSONField(default=dict, editable=False)),
                ("carried_over", models.JSONField(default=list, editable=False)),
            ],
            options={
                "verbose_name": "merge of records",
                "verbose_name_plural": "merges of records",
                "ordering": ["-merged_at"],
                "permissions": [("view_probable_duplicates", "Can see probable duplicate records")],
            },
        ),
        migrations.AddField(
            model_name="candidate",
            name="merged_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="merged at"
            ),
        ),
        migrations.AddField(
            model_name="candidate",
            name="merged_into",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="merged_records",
                to="candidates.candidate",
                verbose_name="merged into",
            ),
        ),
        migrations.AddConstraint(
            model_name="candidate",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("merged_at__isnull", True), ("merged_into__isnull", True)),
                    models.Q(
                        ("merged_at__isnull", False),
                        ("merged_into__isnull", False),
                        ("status", "inactive"),
                        models.Q(("merged_into", models.F("pk")), _negated=True),
                    ),
                    _connector="OR",
                ),
                name="candidate_merged_says_into_what_and_when",
            ),
        ),
        migrations.AddField(
            model_name="candidatemerge",
            name="kept",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="merges_received",
                to="candidates.candidate",
                verbose_name="record kept",
            ),
        ),
        migrations.AddField(
            model_name="candidatemerge",
            name="merged",
            field=models.OneToOneField(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="merge_away",
                to="candidates.candidate",
                verbose_name="record merged away",
            ),
        ),
        migrations.AddField(
            model_name="candidatemerge",
            name="merged_by",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="merged by",
            ),
        ),
        migrations.AddConstraint(
            model_name="candidatemerge",
            constraint=models.CheckConstraint(
                condition=models.Q(("kept", models.F("merged")), _negated=True),
                name="candidate_merge_of_two_records",
            ),
        ),
    ]
