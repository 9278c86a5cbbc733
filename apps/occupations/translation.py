from modeltranslation.translator import TranslationOptions, register

from .models import Occupation


@register(Occupation)
class OccupationTranslation(TranslationOptions):
    fields = ("title", "kiosk_label", "search_words")
    required_languages = ("en",)
