from django.urls import path

from . import views

app_name = "occupations"

urlpatterns = [
    path("suggestions/", views.unit_group_suggestions, name="suggestions"),
]
