from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("<str:registration_number>/", views.personal_data, name="personal_data"),
    path(
        "<str:registration_number>/personal-data.json",
        views.personal_data_json,
        name="personal_data_json",
    ),
    path("<str:registration_number>/erase/", views.erase, name="erase"),
]
