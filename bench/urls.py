"""The portal's URLs plus two pages that exist only under `make bench` (bench/settings.py):
what a logged-in request costs before any page does its own work."""

from django.urls import path

from bench import views
from mrc_portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    path("bench/floor/account/", views.account_floor, name="bench-account-floor"),
    path("bench/floor/page/", views.page_floor, name="bench-page-floor"),
    *portal_urlpatterns,
]
