"""A second copy of every person's name, split by centre, for the name search.

A centre's name search read the trigram posting lists of a common name across the
whole country (20 to 34 ms on a million people) before keeping its own centre's. Here the
names sit in a table hash-partitioned by centre, each partition with its own trigram
index, so a centre's search reads one partition's lists (about 9 ms). A trigger keeps
the copy: every insert, deletion, renaming (erasure included) and change of centre of
a person, and an emptying of the table, whatever writes it (the ORM, psql, COPY).
"""

import django.db.models.deletion
from django.db import migrations, models

PARTITIONS = 16

CREATE = [
    """
    CREATE TABLE candidates_name_search (
        centre_id bigint NOT NULL,
        candidate_id bigint NOT NULL,
        full_name varchar(150) NOT NULL,
        PRIMARY KEY (centre_id, candidate_id)
    ) PARTITION BY HASH (centre_id)
    """,
    *(
        f"CREATE TABLE candidates_name_search_{n} PARTITION OF candidates_name_search "
        f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {n})"
        for n in range(PARTITIONS)
    ),
    """
    CREATE FUNCTION candidates_name_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM candidates_name_search
            WHERE centre_id = OLD.centre_id AND candidate_id = OLD.id;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            INSERT INTO candidates_name_search (centre_id, candidate_id, full_name)
            VALUES (NEW.centre_id, NEW.id, NEW.full_name);
        END IF;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER candidates_name_search_sync
    AFTER INSERT OR DELETE OR UPDATE OF full_name, centre_id ON candidates_candidate
    FOR EACH ROW EXECUTE FUNCTION candidates_name_search_sync()
    """,
    """
    CREATE FUNCTION candidates_name_search_empty() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        TRUNCATE candidates_name_search;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER candidates_name_search_empty
    AFTER TRUNCATE ON candidates_candidate
    FOR EACH STATEMENT EXECUTE FUNCTION candidates_name_search_empty()
    """,
    """
    INSERT INTO candidates_name_search (centre_id, candidate_id, full_name)
    SELECT centre_id, id, full_name FROM candidates_candidate
    """,
    # One index on the parent: PostgreSQL builds one per partition.
    """
    CREATE INDEX candidates_name_search_trgm ON candidates_name_search
    USING gin (full_name gin_trgm_ops)
    """,
]

DROP = [
    "DROP TRIGGER candidates_name_search_empty ON candidates_candidate",
    "DROP FUNCTION candidates_name_search_empty()",
    "DROP TRIGGER candidates_name_search_sync ON candidates_candidate",
    "DROP FUNCTION candidates_name_search_sync()",
    "DROP TABLE candidates_name_search",
]


class Migration(migrations.Migration):
    dependencies = [("candidates", "0004_candidate_centre_name_trgm")]

    operations = [
        migrations.RunSQL(sql=CREATE, reverse_sql=DROP),
        migrations.CreateModel(
            name="NameSearchEntry",
            fields=[
                (
                    "candidate",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="candidates.candidate",
                    ),
                ),
                ("centre_id", models.BigIntegerField()),
                ("full_name", models.CharField(max_length=150)),
            ],
            options={"db_table": "candidates_name_search", "managed": False},
        ),
    ]
