from django.urls import path

from . import typeahead, views

app_name = "listings"

urlpatterns = [
    path("", views.listing_list, name="list"),
    path("<int:pk>/", views.listing_detail, name="detail"),
    # Is this agent licensed? For anyone, by name or licence number.
    path("agents/check/", views.licence_check, name="licence_check"),
    path("<int:pk>/interest/", views.kiosk_interest, name="interest"),
    path("<int:pk>/matches/", views.listing_matches, name="matches"),
    path(
        "<int:pk>/matches/<str:registration_number>/shortlist/",
        views.shortlist,
        name="shortlist",
    ),
    path("<int:pk>/applications/", views.listing_applications, name="applications"),
    path(
        "applications/<int:pk>/status/",
        views.change_application_status,
        name="application_status",
    ),
    # What the type-ahead of an agency or employer field suggests.
    path("agencies/suggestions/", typeahead.agency_suggestions, name="agency_suggestions"),
    path("employers/suggestions/", typeahead.employer_suggestions, name="employer_suggestions"),
]
