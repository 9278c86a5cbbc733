from django.contrib.postgres.operations import CreateCollation
from django.db import migrations


class Migration(migrations.Migration):
    """Urdu alphabetical order (ICU), for lists of places shown in Urdu."""

    dependencies = [("centres", "0001_initial")]

    operations = [CreateCollation("urdu", provider="icu", locale="ur")]
