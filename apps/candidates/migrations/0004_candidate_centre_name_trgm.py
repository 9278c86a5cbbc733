from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import (
    AddIndexConcurrently,
    BtreeGinExtension,
    RemoveIndexConcurrently,
)
from django.db import migrations


class Migration(migrations.Migration):
    # Built concurrently: on a national table (a million people) a plain CREATE INDEX
    # would stop registrations for as long as the build takes.
    atomic = False

    dependencies = [
        ("candidates", "0003_alter_candidate_options_candidate_anonymised_at"),
    ]

    operations = [
        BtreeGinExtension(),
        AddIndexConcurrently(
            model_name="candidate",
            index=GinIndex(
                fields=["centre", "full_name"],
                opclasses=["int8_ops", "gin_trgm_ops"],
                name="candidate_centre_name_trgm",
            ),
        ),
        RemoveIndexConcurrently(model_name="candidate", name="candidate_name_trgm"),
    ]
