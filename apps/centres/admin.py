from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Centre, District, Province
from .scoping import scoped_to_district


@admin.register(Province)
class ProvinceAdmin(TranslationAdmin):
    search_fields = ("name_en", "name_ur")


@admin.register(District)
class DistrictAdmin(TranslationAdmin):
    list_display = ("name", "province")
    list_filter = ("province",)
    search_fields = ("name_en", "name_ur")
    list_select_related = ("province",)


@admin.register(Centre)
class CentreAdmin(TranslationAdmin):
    list_display = ("name", "code", "kind", "district", "helpline", "is_active")
    list_filter = ("kind", "is_active", "district__province")
    search_fields = ("name_en", "name_ur", "code")
    list_select_related = ("district",)
    autocomplete_fields = ("district",)

    def get_queryset(self, request):
        # Back-office users work for a district: they see that district's centres.
        return scoped_to_district(super().get_queryset(request), request.user)
