"""The cache shared by every worker is Redis now (settings.CACHES): the table that held
it in PostgreSQL goes. Migration 0001 makes nothing on a new database any more
(createcachetable finds no database cache in the settings)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0001_shared_cache_table")]

    operations = [
        migrations.RunSQL("DROP TABLE IF EXISTS portal_shared_cache", migrations.RunSQL.noop),
    ]
