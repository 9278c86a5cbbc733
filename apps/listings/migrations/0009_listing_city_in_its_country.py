"""Every listing has a destination city, and the database refuses one of another
country than the listing's: a foreign key on (city, country) to the cities' (id,
country). Django 5.2 declares no composite foreign key, so it is written here;
JobListing.clean() says the same in words before a form ever reaches it."""

import django.db.models.deletion
from django.db import migrations, models

CITY_IN_COUNTRY = [
    "ALTER TABLE listings_destinationcity "
    "ADD CONSTRAINT destination_city_id_country UNIQUE (id, country)",
    "ALTER TABLE listings_joblisting ADD CONSTRAINT listing_city_in_destination_country "
    "FOREIGN KEY (destination_city_id, destination_country) "
    "REFERENCES listings_destinationcity (id, country)",
]
NOT_CITY_IN_COUNTRY = [
    "ALTER TABLE listings_joblisting DROP CONSTRAINT listing_city_in_destination_country",
    "ALTER TABLE listings_destinationcity DROP CONSTRAINT destination_city_id_country",
]


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0008_destination_cities_from_typed_names"),
    ]

    operations = [
        migrations.RemoveField(model_name="joblisting", name="typed_destination_city"),
        migrations.RemoveField(model_name="historicaljoblisting", name="typed_destination_city"),
        migrations.AlterField(
            model_name="joblisting",
            name="destination_city",
            field=models.ForeignKey(
                help_text="A city of the destination country.",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="listings",
                to="listings.destinationcity",
                verbose_name="destination city",
            ),
        ),
        migrations.RunSQL(CITY_IN_COUNTRY, reverse_sql=NOT_CITY_IN_COUNTRY),
    ]
