"""Load the reference data every installation needs: provinces, districts, ISCO-08
occupations, the Lahore MRC, approximate currency rates and the destination cities.

Safe to run any number of times. Provinces, districts and occupations are refreshed
in place (the fixtures carry their keys). A centre is created only where its code is missing,
so that contact details a centre manager has since corrected are never overwritten; the
same holds for a currency rate, which the back office keeps current, and for a
destination city (matched by country and English name, whatever the case or spacing),
which only gains an Urdu name it lacks.
"""

import json

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from apps.centres.models import Centre
from apps.listings.models import CurrencyRate, DestinationCity

REFRESHED_FIXTURES = [
    settings.BASE_DIR / "fixtures" / "districts.json",
    settings.BASE_DIR / "fixtures" / "isco08.json",
]
CENTRES_FIXTURE = settings.BASE_DIR / "fixtures" / "centres.json"
CURRENCY_RATES_FIXTURE = settings.BASE_DIR / "fixtures" / "currency_rates.json"
DESTINATION_CITIES_FIXTURE = settings.BASE_DIR / "fixtures" / "destination_cities.json"


class Command(BaseCommand):
    help = (
        "Load (or refresh) provinces, districts, occupations, the founding centre, rates "
        "and destination cities."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        for fixture in REFRESHED_FIXTURES:
            call_command("loaddata", fixture, verbosity=0)
        created = 0
        for entry in json.loads(CENTRES_FIXTURE.read_text(encoding="utf-8")):
            fields = dict(entry["fields"])
            code = fields.pop("code")
            fields["district_id"] = fields.pop("district")
            _centre, was_created = Centre.objects.get_or_create(code=code, defaults=fields)
            created += was_created
        for entry in json.loads(CURRENCY_RATES_FIXTURE.read_text(encoding="utf-8")):
            fields = dict(entry["fields"])
            CurrencyRate.objects.get_or_create(currency=fields.pop("currency"), defaults=fields)
        cities = DestinationCity.objects.add_reference_cities(
            (entry["fields"]["country"], entry["fields"]["name_en"], entry["fields"]["name_ur"])
            for entry in json.loads(DESTINATION_CITIES_FIXTURE.read_text(encoding="utf-8"))
        )
        # Listings carry country, city and occupation names in both languages as search
        # words; a new catalogue, city name or ISCO title reaches them here.
        call_command("refresh_listing_search", verbosity=0)
        if options["verbosity"]:
            self.stdout.write(
                f"Reference data loaded: districts and occupations refreshed, "
                f"{created} centre(s) and {cities} destination city(ies) created."
            )
