from django.urls import path

from . import views

app_name = "candidates"

urlpatterns = [
    path("", views.candidate_list, name="list"),
    path("register/", views.desk_register, name="register"),
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
]
