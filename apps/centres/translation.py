"""Fields shown to the public in English and Urdu (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Centre, District, Province


@register(Province)
class ProvinceTranslation(TranslationOptions):
    fields = ("name",)


@register(District)
class DistrictTranslation(TranslationOptions):
    fields = ("name",)


@register(Centre)
class CentreTranslation(TranslationOptions):
    fields = ("name", "address", "opening_hours")
    required_languages = ("en",)
