"""The table of the "shared" cache (settings.CACHES): made here so that every database
the portal migrates has it, the tests' included. Django's `createcachetable` makes it
(and leaves it be where it exists)."""

from django.core.management import call_command
from django.db import migrations


def create_shared_cache_table(apps, schema_editor):
    # Every database cache in settings.CACHES: "shared" is the only one.
    call_command("createcachetable", database=schema_editor.connection.alias)


def drop_shared_cache_table(apps, schema_editor):
    schema_editor.execute("DROP TABLE IF EXISTS portal_shared_cache")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_shared_cache_table, drop_shared_cache_table)]
