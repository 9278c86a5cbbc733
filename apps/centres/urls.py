from django.urls import path

from . import views

app_name = "centres"

urlpatterns = [
    path("", views.CentreListView.as_view(), name="list"),
    path("mine/", views.MyCentreView.as_view(), name="mine"),
    path("<str:code>/", views.CentreDetailView.as_view(), name="detail"),
    path("<str:code>/edit/", views.CentreContactUpdateView.as_view(), name="edit"),
]
