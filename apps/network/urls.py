from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("open-centre/", views.open_centre_page, name="open_centre"),
]
