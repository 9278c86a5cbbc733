"""Numbers that run per centre and year without gaps (registration numbers, complaint
references), each kept as the last one given in a counter table of (centre, year,
last_number) unique on (centre, year)."""

from django.db import connection


def next_number_in_year(counter_model, *, centre, year: int) -> int:
    """The next number at `centre` in `year` from `counter_model`'s table, in the
    caller's transaction. The upsert takes a row lock that concurrent callers queue
    behind, and a rollback returns the number: no collisions and no gaps."""
    table = counter_model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (centre_id, year, last_number) VALUES (%s, %s, 1)
            ON CONFLICT (centre_id, year)
            DO UPDATE SET last_number = {table}.last_number + 1
            RETURNING last_number
            """,
            [centre.pk, year],
        )
        return cursor.fetchone()[0]
