from django.urls import path

from . import views

app_name = "kiosk"

urlpatterns = [
    path("", views.start, name="start"),
    path("menu/", views.menu, name="menu"),
    path("register/review/", views.review, name="review"),
    path("register/submit/", views.submit, name="submit"),
    path("register/<slug:step>/", views.register_step, name="register"),
    path("slip/", views.slip, name="slip"),
    path("reset/", views.reset, name="reset"),
    path("recordings/<int:pk>/", views.recording, name="recording"),
]
