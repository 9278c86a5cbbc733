"""Fresh planner statistics for the people's table after 0012 added `merged_into`.

Until autovacuum next analyses the table, PostgreSQL guesses that few rows have no
`merged_into`, and the exact look-up across centres then read the whole index of that
column (55 ms on a million people instead of a tenth of a millisecond). ANALYZE
samples the table; it takes about a second.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("candidates", "0013_namesakes_index")]

    operations = [migrations.RunSQL("ANALYZE candidates_candidate", migrations.RunSQL.noop)]
