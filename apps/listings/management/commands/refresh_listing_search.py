"""Rebuild every listing's search words. Run after the Urdu catalogue or the ISCO titles
change: a listing's document holds the country's, city's and occupation's names as they were
when it was saved."""

from django.core.management.base import BaseCommand

from apps.listings.models import JobListing


class Command(BaseCommand):
    help = "Rebuild the full-text search words of every job listing."

    def handle(self, *args, **options):
        listings = list(
            JobListing.objects.select_related("occupation", "employer", "destination_city")
        )
        for listing in listings:
            listing.search_document = listing.build_search_document()
        JobListing.objects.bulk_update(listings, ["search_document"], batch_size=500)
        if options["verbosity"]:
            self.stdout.write(f"Search words rebuilt for {len(listings)} listing(s).")
