"""The back office for job listings. A district labour officer sees, creates and changes
only their own district's listings: every list, form, history page, bulk action and
export starts from JobListing.objects.managed_by(user), so another district's listing
does not exist for them."""

import csv

from django.contrib import admin, messages
from django.db.models import F, IntegerField, Value
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from django_countries.filters import CountryFilter
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from apps.audit.models import AuditEntry
from apps.audit.services import record_access
from apps.centres.models import in_reading_order
from apps.centres.scoping import scoped_to_centre
from apps.occupations.models import Occupation

from . import services
from .agency_record import complaint_numbers
from .models import (
    Application,
    ApplicationStatusChange,
    CurrencyRate,
    DestinationCity,
    Employer,
    JobListing,
    ListingLanguage,
    RecruitmentAgency,
)


def licence_badge(agency: RecruitmentAgency, day) -> str:
    problem = agency.licence_problem(day)
    if problem:
        return format_html('<span class="licence-bad">✖ {}</span>', problem)
    if agency.kind == RecruitmentAgency.Kind.PUBLIC_BODY:
        return format_html('<span class="licence-ok">✔ {}</span>', _("Public body"))
    return format_html(
        '<span class="licence-ok">✔ {}</span>',
        _("Valid until %(date)s") % {"date": agency.licence_valid_until.isoformat()},
    )


class LicenceStateFilter(admin.SimpleListFilter):
    title = _("agency licence")
    parameter_name = "licence"

    def lookups(self, request, model_admin):
        return (("valid", _("Valid")), ("invalid", _("Expired, suspended or cancelled")))

    def queryset(self, request, queryset):
        licensed = RecruitmentAgency.objects.licensed_on(timezone.localdate())
        if self.value() == "valid":
            return queryset.filter(agency__in=licensed)
        if self.value() == "invalid":
            return queryset.exclude(agency__in=licensed)
        return queryset


class PublicNowFilter(admin.SimpleListFilter):
    title = _("seen by the public now")
    parameter_name = "public"

    def lookups(self, request, model_admin):
        return (("yes", _("Yes")), ("no", _("No")))

    def queryset(self, request, queryset):
        public = JobListing.objects.open_to_public().values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=public)
        if self.value() == "no":
            return queryset.exclude(pk__in=public)
        return queryset


class DestinationCountryFilter(admin.SimpleListFilter):
    """Only the countries the officer's own listings go to, not all 249."""

    title = _("destination country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = model_admin.get_queryset(request).values_list("destination_country", flat=True)
        return sorted(
            ((code, countries.name(code)) for code in set(codes)), key=lambda c: str(c[1])
        )

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(destination_country=self.value())
        return queryset


class OccupationGroupFilter(admin.SimpleListFilter):
    title = _("occupation group")
    parameter_name = "group"

    def lookups(self, request, model_admin):
        return [(group.code, str(group)) for group in Occupation.objects.majors()]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(occupation__code__startswith=self.value())
        return queryset


class ListingLanguageInline(admin.TabularInline):
    model = ListingLanguage
    extra = 0


def _csv_cell(value) -> str:
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


@admin.register(JobListing)
class JobListingAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = (
        "title",
        "destination",
        "employer_name",
        "agency_licence",
        "status",
        "is_public_now",
        "application_deadline",
    )
    list_filter = (
        "status",
        PublicNowFilter,
        LicenceStateFilter,
        DestinationCountryFilter,
        OccupationGroupFilter,
    )
    search_fields = (
        "title_en",
        "title_ur",
        "employer__name",
        "agency__name",
        "agency__licence_number",
        "job_order_reference",
        "destination_city__name_en",
        "destination_city__name_ur",
    )
    list_select_related = ("employer", "agency", "district", "destination_city")
    autocomplete_fields = ("occupation", "employer", "agency", "destination_city")
    inlines = (ListingLanguageInline,)
    actions = ("publish_selected", "close_selected", "export_csv")
    date_hierarchy = "application_deadline"
    readonly_fields = (
        "agency_licence",
        "published_at",
        "closed_at",
        "created_by",
        "created_at",
        "changed_by",
        "updated_at",
    )
    fieldsets = (
        (
            _("The job"),
            {
                "fields": (
                    "title",
                    "occupation",
                    "description",
                    "employer",
                    "agency",
                    "agency_licence",
                    "destination_country",
                    "destination_city",
                    "vacancies",
                )
            },
        ),
        (
            _("Pay and terms"),
            {
                "fields": (
                    ("salary_min", "salary_max", "salary_currency", "salary_period"),
                    ("contract_months", "weekly_hours"),
                    (
                        "accommodation",
                        "food",
                        "transport",
                        "medical_insurance",
                        "return_air_ticket",
                    ),
                    "max_service_charge",
                )
            },
        ),
        (
            _("Requirements"),
            {"fields": ("min_experience_years", "education", ("age_min", "age_max"), "sex")},
        ),
        (
            _("Publication"),
            {
                "fields": (
                    "job_order_reference",
                    "application_deadline",
                    "district",
                    "status",
                    ("published_at", "closed_at"),
                    ("created_by", "created_at"),
                    ("changed_by", "updated_at"),
                )
            },
        ),
    )

    def get_queryset(self, request):
        return JobListing.objects.managed_by(request.user)

    def get_list_display(self, request):
        # Officers see one district; only an administrator needs the column.
        if request.user.is_superuser:
            return (*self.list_display, "district")
        return self.list_display

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not request.user.is_superuser:
            # An officer's listings belong to their district; they cannot move them.
            fields = (*fields, "district")
        if not request.user.has_perm("listings.publish_joblisting"):
            fields = (*fields, "status")
        return fields

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        if request.user.centre_id is not None:
            initial.setdefault("district", request.user.centre.district_id)
        return initial

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if not request.user.is_superuser:
            # The model's clean() checks publishing rules; it needs the district set
            # before validation, and the officer's own is the only one allowed.
            district_id = request.user.centre.district_id

            class DistrictForm(form):
                def __init__(self, *args, **kwargs):
                    super().__init__(*args, **kwargs)
                    self.instance.district_id = district_id

            return DistrictForm
        return form

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.changed_by = request.user
        super().save_model(request, obj, form, change)

    def has_delete_permission(self, request, obj=None):
        # Listings are kept for the record and for their applications: close, never delete.
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    def has_publish_permission(self, request):
        return request.user.has_perm("listings.publish_joblisting")

    def history_view(self, request, object_id, extra_context=None):
        self._object_in_scope_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._object_in_scope_or_404(request, object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def _object_in_scope_or_404(self, request, object_id):
        # simple-history would otherwise fall back to the history of a listing the
        # user cannot see.
        if self.get_object(request, object_id) is None:
            raise Http404

    @admin.display(description=_("destination"), ordering="destination_country")
    def destination(self, obj):
        return f"{obj.destination_city.name}, {obj.destination_country.name}"

    @admin.display(description=_("employer"), ordering="employer__name")
    def employer_name(self, obj):
        return obj.employer.name

    @admin.display(description=_("agency licence"))
    def agency_licence(self, obj):
        if obj is None or obj.agency_id is None:
            return "-"
        return licence_badge(obj.agency, timezone.localdate())

    @admin.display(description=_("public now"), boolean=True)
    def is_public_now(self, obj):
        return obj.is_open_on(timezone.localdate())

    @admin.action(description=_("Publish the selected listings"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        published = 0
        for listing in queryset.select_related("agency"):
            try:
                services.publish_listing(listing=listing, by=request.user)
            except services.CannotPublish as refused:
                self.message_user(
                    request,
                    _("Not published: %(listing)s. %(why)s")
                    % {"listing": listing.title, "why": " ".join(refused.problems)},
                    messages.ERROR,
                )
            else:
                published += 1
        if published:
            self.message_user(
                request,
                ngettext("%(count)d listing published.", "%(count)d listings published.", published)
                % {"count": published},
                messages.SUCCESS,
            )

    @admin.action(description=_("Close the selected listings"), permissions=["publish"])
    def close_selected(self, request, queryset):
        count = 0
        for listing in queryset:
            services.close_listing(listing=listing, by=request.user)
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d listing closed.", "%(count)d listings closed.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Export the selected listings as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="job-listings-{stamp}.csv"'
        response.write("\ufeff")  # so spreadsheet programs read the Urdu as UTF-8
        writer = csv.writer(response)
        columns = (
            ("id", lambda x: x.pk),
            ("title", lambda x: x.title_en),
            ("title_ur", lambda x: x.title_ur),
            ("isco_code", lambda x: x.occupation.code),
            ("employer", lambda x: x.employer.name),
            ("agency", lambda x: x.agency.name),
            ("licence_number", lambda x: x.agency.licence_number),
            ("licence_problem", lambda x: x.agency.licence_problem()),
            ("country", lambda x: x.destination_country.code),
            ("city", lambda x: x.destination_city.name_en),
            ("city_ur", lambda x: x.destination_city.name_ur),
            ("vacancies", lambda x: x.vacancies),
            ("salary_min", lambda x: x.salary_min),
            ("salary_max", lambda x: x.salary_max),
            ("currency", lambda x: x.salary_currency),
            ("period", lambda x: x.salary_period),
            ("contract_months", lambda x: x.contract_months),
            ("deadline", lambda x: x.application_deadline.isoformat()),
            ("status", lambda x: x.status),
            ("district", lambda x: x.district.name_en),
            ("job_order_reference", lambda x: x.job_order_reference),
        )
        writer.writerow([name for name, _value in columns])
        listings = list(
            queryset.select_related(
                "occupation", "employer", "agency", "district", "destination_city"
            )
        )
        for listing in listings:
            writer.writerow([_csv_cell(value(listing)) for _name, value in columns])
        record_access(
            actor=request.user,
            kind=AuditEntry.AccessKind.LISTINGS_EXPORT,
            model=JobListing,
            details={"listings": len(listings), "format": "csv"},
        )
        return response


class LicenceReviewFilter(admin.SimpleListFilter):
    """Agencies whose upheld complaints, at every centre, reach the viewer's threshold."""

    title = _("up for licence review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return (("yes", _("Yes")), ("no", _("No")))

    def queryset(self, request, queryset):
        # The threshold is on every row (RecruitmentAgencyAdmin.get_queryset).
        if self.value() == "yes":
            return queryset.filter(complaints_upheld__gte=F("review_threshold"))
        if self.value() == "no":
            return queryset.filter(complaints_upheld__lt=F("review_threshold"))
        return queryset


COMPLAINT_COLUMNS = ("open_complaints", "upheld_complaints", "not_upheld_complaints", "review")


@admin.register(RecruitmentAgency)
class RecruitmentAgencyAdmin(SimpleHistoryAdmin):
    """Licences, and beside each the agency's complaints at every centre: open, upheld and
    not upheld, numbers only (a complaint is confidential), and whether they put it up for
    licence review. The numbers come from the complaints register (agency_record.py)."""

    list_display = ("name", "licence_number", "kind", "licence_valid_until", "status", "licence")
    list_filter = ("status", "kind")
    search_fields = ("name", "licence_number")

    def get_queryset(self, request):
        agencies = super().get_queryset(request)
        numbers = complaint_numbers()
        if numbers is None:
            return agencies
        # The viewer's threshold rides on each row: the columns cannot see the request.
        threshold = numbers.review_threshold(request.user)
        return numbers.annotate(agencies).annotate(
            review_threshold=Value(threshold, output_field=IntegerField())
        )

    def get_list_display(self, request):
        if complaint_numbers() is None:
            return self.list_display
        # Room for the complaints beside the licence on a laptop's screen: the licence
        # state already says suspended, cancelled or expired (and until when it is
        # valid); the kind and the status stay as filters.
        return ("name", "licence_no", "licence", *COMPLAINT_COLUMNS)

    def get_list_filter(self, request):
        if complaint_numbers() is None:
            return self.list_filter
        return (*self.list_filter, LicenceReviewFilter)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if obj is None or complaint_numbers() is None:
            return fields
        return (*fields, *COMPLAINT_COLUMNS)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or complaint_numbers() is None:
            return fieldsets
        shown = [
            (
                name,
                {**options, "fields": [f for f in options["fields"] if f not in COMPLAINT_COLUMNS]},
            )
            for name, options in fieldsets
        ]
        return [
            *shown,
            (
                _("Complaints at every centre"),
                {
                    "fields": (COMPLAINT_COLUMNS,),
                    "description": _(
                        "Numbers only: a complaint's details are for the centre that "
                        "handles it. %(threshold)d or more upheld complaints put the "
                        "agency up for licence review."
                    )
                    % {"threshold": obj.review_threshold},
                },
            ),
        ]

    @admin.display(description=_("licence state"))
    def licence(self, obj):
        return licence_badge(obj, timezone.localdate())

    @admin.display(description=_("licence number"), ordering="licence_number")
    def licence_no(self, obj):
        # Left to right on an Urdu page too: "3456/LHR", not "LHR/3456".
        return format_html('<bdi dir="ltr" class="nowrap">{}</bdi>', obj.licence_number)

    # A past version of the agency (its history page) carries no counts: "-".
    @admin.display(description=_("open complaints"), ordering="complaints_open")
    def open_complaints(self, obj):
        return getattr(obj, "complaints_open", "-")

    @admin.display(description=_("upheld"), ordering="complaints_upheld")
    def upheld_complaints(self, obj):
        return getattr(obj, "complaints_upheld", "-")

    @admin.display(description=_("not upheld"), ordering="complaints_not_upheld")
    def not_upheld_complaints(self, obj):
        return getattr(obj, "complaints_not_upheld", "-")

    @admin.display(description=_("licence review"))
    def review(self, obj):
        if not hasattr(obj, "review_threshold") or obj.complaints_upheld < obj.review_threshold:
            return "-"
        return format_html(
            '<span class="licence-bad" title="{}">⚑ {}</span>',
            _("%(threshold)d or more upheld complaints") % {"threshold": obj.review_threshold},
            _("Up for licence review"),
        )


@admin.register(Employer)
class EmployerAdmin(admin.ModelAdmin):
    list_display = ("name", "country", "sector")
    list_filter = ("sector", "country")
    search_fields = ("name",)


@admin.register(DestinationCity)
class DestinationCityAdmin(TranslationAdmin):
    """The cities a listing may go to. Labour officers add a missing one (and find one
    by its English or Urdu name from a listing's form); only an administrator changes or
    deletes one, since every listing to it would show the change."""

    list_display = ("name_en", "name_ur", "country")
    # Only the countries that have cities, not all 249.
    list_filter = (("country", CountryFilter),)
    search_fields = ("name_en", "name_ur")

    def get_ordering(self, request):
        return [in_reading_order("name"), "country"]


@admin.register(CurrencyRate)
class CurrencyRateAdmin(admin.ModelAdmin):
    list_display = ("currency", "rupees", "as_of")


class StatusChangeInline(admin.TabularInline):
    model = ApplicationStatusChange
    extra = 0
    can_delete = False
    readonly_fields = ("from_status", "to_status", "changed_by", "changed_at")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    """Read-only: status changes go through the staff pages, which record each step."""

    list_display = ("candidate", "listing", "status", "source", "updated_at")
    list_filter = ("status", "source")
    list_select_related = ("candidate", "listing__destination_city")
    inlines = (StatusChangeInline,)
    readonly_fields = ("candidate", "listing", "status", "source", "created_at", "updated_at")

    def get_queryset(self, request):
        return scoped_to_centre(super().get_queryset(request), request.user, "candidate__centre")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
