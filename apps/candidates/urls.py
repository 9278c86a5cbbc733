from django.urls import path

from . import network_views, views, views_duplicates

app_name = "candidates"

urlpatterns = [
    path("", views.candidate_list, name="list"),
    path("register/", views.desk_register, name="register"),
    path("network/find/", network_views.find_across_centres, name="find_across_centres"),
    path(
        "network/link/<str:registration_number>/",
        network_views.link_to_this_centre,
        name="link_to_this_centre",
    ),
    path("<str:registration_number>/", views.candidate_detail, name="detail"),
    path(
        "<str:registration_number>/identifier/<str:field>/",
        views.reveal_identifier,
        name="reveal",
    ),
    path(
        "<str:registration_number>/documents-seen/",
        views.mark_documents_seen,
        name="documents_seen",
    ),
    path("<str:registration_number>/verify/", views.verify, name="verify"),
    path("<str:registration_number>/edit/", views.candidate_edit, name="edit"),
    path(
        "<str:registration_number>/move-home-centre-here/",
        network_views.move_home_centre_here,
        name="move_home_centre_here",
    ),
]

# One person, one record (views_duplicates). Each path has two parts or more, so that
# the record's own "<registration_number>/" above does not take it.
urlpatterns += [
    path(
        "duplicates/probable/",
        views_duplicates.probable_duplicates,
        name="probable_duplicates",
    ),
    path(
        "duplicates/<str:registration_number>/<str:other_number>/merge/",
        views_duplicates.merge_records,
        name="merge_records",
    ),
    path("merges/<int:pk>/", views_duplicates.merge_detail, name="merge"),
]
