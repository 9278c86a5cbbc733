from django.db import migrations

# Each partition's trigram index, attached to candidates_name_search_trgm (0005).
FOR_EACH_PARTITION_INDEX = """
DO $$
DECLARE
    partition_index regclass;
BEGIN
    FOR partition_index IN
        SELECT inhrelid::regclass FROM pg_inherits
        WHERE inhparent = 'candidates_name_search_trgm'::regclass
    LOOP
        {}
    END LOOP;
END $$;
"""


class Migration(migrations.Migration):
    """A GIN index keeps new entries in a pending list, read in full by every search,
    until a vacuum or 4 MB of them merge it. A few thousand registrations at one centre
    (5,465 names, 228 pages) made PostgreSQL give up the index and read the whole
    partition: the name search's query went from 15 to 100 ms. With a 64 kB list (the
    least) a registration merges it every few dozen names; the names are also merged
    now."""

    dependencies = [("candidates", "0006_remove_candidate_centre_name_trgm")]

    operations = [
        migrations.RunSQL(
            FOR_EACH_PARTITION_INDEX.format(
                "EXECUTE format('ALTER INDEX %s SET (gin_pending_list_limit = 64)', "
                "partition_index); PERFORM gin_clean_pending_list(partition_index);"
            ),
            reverse_sql=FOR_EACH_PARTITION_INDEX.format(
                "EXECUTE format('ALTER INDEX %s RESET (gin_pending_list_limit)', partition_index);"
            ),
        ),
    ]
