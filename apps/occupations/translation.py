from modeltranslation.translator import TranslationOptions, register

from .models import Occupation


@register(Occupation)
class OccupationTranslation(TranslationOptions):
    fields = ("title", "kiosk_label")
    required_languages = ("en",)
