"""The probable duplicates' index: every live record by home district, day of birth and
the name's sound key (apps/candidates/duplicates.py says why these three, and why the
key as an expression). Built without locking the people's table against writes (on a
million people it takes some minutes: each name's key is computed once); a migration
without a transaction, for CREATE INDEX CONCURRENTLY.

Should the key's rules (migration 0008) ever change, this index is rebuilt with them,
as the names' copy is."""

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("candidates", "0012_merge_records")]

    operations = [
        AddIndexConcurrently(
            model_name="candidate",
            index=models.Index(
                models.F("home_district"),
                models.F("date_of_birth"),
                models.Func(
                    models.F("full_name"),
                    function="portal_name_key",
                    output_field=models.TextField(),
                ),
                condition=models.Q(anonymised_at__isnull=True, merged_into__isnull=True),
                name="candidate_live_namesakes",
            ),
        ),
    ]
