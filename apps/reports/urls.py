from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("people-served.csv", views.export_csv, name="export_csv"),
    path("monthly/<int:year>/<int:month>/", views.monthly, name="monthly"),
]
