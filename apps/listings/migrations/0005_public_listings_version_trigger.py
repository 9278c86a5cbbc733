"""The version of the public listings moved by the database itself.

Every statement that writes what a public job page shows (a listing, its languages or
search words, an agency or its licence, an employer, a currency rate, an occupation's
or a district's name) moves PublicListingsVersion on in its own transaction, whatever
wrote it: the admin, a service, QuerySet.update(), bulk_update, bulk_create, COPY or
psql. Pages cached under the old number are never asked for again (apps/listings/cache.py).
Signals saw only the ORM's saves and deletes of one object at a time.
"""

from django.db import migrations

TABLES = [
    "listings_joblisting",
    "listings_listinglanguage",
    "listings_recruitmentagency",
    "listings_employer",
    "listings_currencyrate",
    "occupations_occupation",
    "centres_district",
]

FUNCTION = """
CREATE FUNCTION listings_public_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO listings_publiclistingsversion (id, number, changed_at) VALUES (1, 1, now())
    ON CONFLICT (id) DO UPDATE
        SET number = listings_publiclistingsversion.number + 1, changed_at = now();
    RETURN NULL;
END
$$
"""


def trigger(table: str) -> str:
    return (
        f"CREATE TRIGGER {table}_public_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
        f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION listings_public_version_bump()"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0004_listing_search_published"),
        ("occupations", "0001_initial"),
        ("centres", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            [FUNCTION, *(trigger(table) for table in TABLES)],
            reverse_sql=[
                *(f"DROP TRIGGER {table}_public_version ON {table}" for table in TABLES),
                "DROP FUNCTION listings_public_version_bump()",
            ],
        ),
    ]
