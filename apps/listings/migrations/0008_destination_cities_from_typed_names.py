"""Each listing's typed city becomes a row of the destination cities, nothing lost.

First the reference cities (fixtures/destination_cities.json) are added, so that a
typed "riyadh " or "RIYADH" in Saudi Arabia becomes Riyadh with its Urdu name. A typed
name that matches none of its country's cities, whatever its case or spacing, becomes a
new city of that country named as typed (its Urdu name is for the back office to add).
The change history's rows are converted the same way.
"""

import json
from collections import Counter, defaultdict

from django.conf import settings
from django.db import migrations

REFERENCE_CITIES = settings.BASE_DIR / "fixtures" / "destination_cities.json"
# A listing written without a city (no form allowed it, but a bulk write could have).
NOT_STATED = ("Not stated", "درج نہیں")


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def add_reference_cities(City) -> None:
    if not REFERENCE_CITIES.exists():
        return
    known = {
        (country, name_key(name_en))
        for country, name_en in City.objects.values_list("country", "name_en")
    }
    for entry in json.loads(REFERENCE_CITIES.read_text(encoding="utf-8")):
        fields = entry["fields"]
        country, name_en = fields["country"], fields["name_en"]
        if (country, name_key(name_en)) not in known:
            City.objects.create(
                country=country, name=name_en, name_en=name_en, name_ur=fields.get("name_ur")
            )
            known.add((country, name_key(name_en)))


def city_ids_for_typed_names(City, typed) -> dict[tuple[str, str], int]:
    """The city each (country, typed name) in `typed` names: the city of that country
    with the same English name whatever the case or spacing, or else a new one named as
    most often typed (spaces tidied)."""
    known = {
        (country, name_key(name_en or "")): pk
        for pk, country, name_en in City.objects.values_list("pk", "country", "name_en")
    }
    typed = [(str(country), name or "") for country, name in typed if country]
    spellings = defaultdict(Counter)
    for country, name in typed:
        spellings[(country, name_key(name))][" ".join(name.split())] += 1
    for (country, key), counts in sorted(spellings.items()):
        if (country, key) in known:
            continue
        if key:
            # The commonest spelling; of equally common ones, the first in the alphabet.
            name_en = min(counts, key=lambda spelling: (-counts[spelling], spelling))
            name_ur = None
        else:
            name_en, name_ur = NOT_STATED
            if (country, name_key(name_en)) in known:
                known[(country, key)] = known[(country, name_key(name_en))]
                continue
        city = City.objects.create(country=country, name=name_en, name_en=name_en, name_ur=name_ur)
        known[(country, key)] = known[(country, name_key(name_en))] = city.pk
    return {(country, name): known[(country, name_key(name))] for country, name in typed}


def convert(apps, schema_editor):
    City = apps.get_model("listings", "DestinationCity")
    add_reference_cities(City)
    for model_name in ("JobListing", "HistoricalJobListing"):
        model = apps.get_model("listings", model_name)
        pairs = (
            model.objects.order_by()
            .values_list("destination_country", "typed_destination_city")
            .distinct()
        )
        for (country, name), city_id in city_ids_for_typed_names(City, pairs).items():
            model.objects.filter(destination_country=country, typed_destination_city=name).update(
                destination_city_id=city_id
            )


def back_to_typed_names(apps, schema_editor):
    for model_name in ("JobListing", "HistoricalJobListing"):
        model = apps.get_model("listings", model_name)
        for city in apps.get_model("listings", "DestinationCity").objects.all():
            model.objects.filter(destination_city_id=city.pk).update(
                typed_destination_city=city.name_en
            )


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0007_destination_city"),
    ]

    operations = [migrations.RunPython(convert, back_to_typed_names)]
