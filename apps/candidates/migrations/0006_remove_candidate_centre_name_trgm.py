from django.contrib.postgres.operations import RemoveIndexConcurrently
from django.db import migrations


class Migration(migrations.Migration):
    """The name search reads the copy of the names split by centre (0005): the people's
    own trigram index is no longer read, only written with every registration."""

    atomic = False  # concurrently: registrations go on while it is dropped

    dependencies = [("candidates", "0005_name_search")]

    operations = [
        RemoveIndexConcurrently(model_name="candidate", name="candidate_centre_name_trgm"),
    ]
