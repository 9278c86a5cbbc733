"""A listing's title and description, and a destination city's name, in English and
Urdu (django-modeltranslation).

The listing's change history is registered here, after the translated fields exist,
so the history keeps both languages (django-simple-history's documented order)."""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import DestinationCity, JobListing


@register(JobListing)
class JobListingTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("en",)


@register(DestinationCity)
class DestinationCityTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


simple_history.register(
    JobListing,
    excluded_fields=["search_document", "search_vector", "updated_at"],
)
