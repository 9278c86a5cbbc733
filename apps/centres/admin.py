from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Centre, District, Province


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
        queryset = super().get_queryset(request)
        if request.user.is_superuser or request.user.centre_id is None:
            return queryset if request.user.is_superuser else queryset.none()
        # Back-office users work for a district: they see that district's centres.
        return queryset.filter(district_id=request.user.centre.district_id)
