"""Destination cities named in English and Urdu, and a listing's link to one.

The typed city stays (as typed_destination_city) until 0008 has found or made the
city each one names; 0009 then drops it. Each step is its own transaction: PostgreSQL
refuses to alter a table with rows updated earlier in the same transaction.
"""

import django.db.models.deletion
import django.db.models.functions.text
import django_countries.fields
from django.db import migrations, models

# A city's names are shown on the public job pages: renaming one moves the version of
# the public listings on, as writing a listing does (migration 0005).
TRIGGER = (
    "CREATE TRIGGER listings_destinationcity_public_version AFTER INSERT OR UPDATE OR DELETE "
    "OR TRUNCATE ON listings_destinationcity FOR EACH STATEMENT "
    "EXECUTE FUNCTION listings_public_version_bump()"
)


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0006_published_needs_urdu_title"),
    ]

    operations = [
        migrations.CreateModel(
            name="DestinationCity",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "country",
                    django_countries.fields.CountryField(max_length=2, verbose_name="country"),
                ),
                ("name", models.CharField(max_length=100, verbose_name="name")),
                ("name_en", models.CharField(max_length=100, null=True, verbose_name="name")),
                ("name_ur", models.CharField(max_length=100, null=True, verbose_name="name")),
            ],
            options={
                "verbose_name": "destination city",
                "verbose_name_plural": "destination cities",
                "ordering": ["country", "name_en"],
                "constraints": [
                    models.UniqueConstraint(
                        models.F("country"),
                        django.db.models.functions.text.Lower("name_en"),
                        name="destination_city_unique_name_in_country",
                        violation_error_message="This country already has a city of that name.",
                    )
                ],
            },
        ),
        migrations.RunSQL(
            TRIGGER,
            reverse_sql="DROP TRIGGER listings_destinationcity_public_version "
            "ON listings_destinationcity",
        ),
        migrations.RenameField(
            model_name="joblisting", old_name="destination_city", new_name="typed_destination_city"
        ),
        migrations.RenameField(
            model_name="historicaljoblisting",
            old_name="destination_city",
            new_name="typed_destination_city",
        ),
        # blank: so that undoing 0009 can add the column back to rows that have one.
        migrations.AlterField(
            model_name="joblisting",
            name="typed_destination_city",
            field=models.CharField(blank=True, max_length=100, verbose_name="destination city"),
        ),
        migrations.AlterField(
            model_name="historicaljoblisting",
            name="typed_destination_city",
            field=models.CharField(blank=True, max_length=100, verbose_name="destination city"),
        ),
        migrations.AddField(
            model_name="joblisting",
            name="destination_city",
            field=models.ForeignKey(
                help_text="A city of the destination country.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="listings",
                to="listings.destinationcity",
                verbose_name="destination city",
            ),
        ),
        migrations.AddField(
            model_name="historicaljoblisting",
            name="destination_city",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="A city of the destination country.",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="listings.destinationcity",
                verbose_name="destination city",
            ),
        ),
    ]
