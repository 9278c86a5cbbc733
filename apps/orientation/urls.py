from django.urls import path

from .views import certificates, public, quiz, sessions, walk_in

app_name = "orientation"

urlpatterns = [
    # Public and kiosk reading: published pages only.
    path("", public.index, name="index"),
    path("countries/<str:country>/", public.country_guide, name="country"),
    path("pages/<slug:slug>/", public.page, name="page"),
    path("leaflets/<int:pk>/", public.leaflet, name="leaflet"),
    path("pages/<slug:slug>/quiz/", quiz.take_quiz, name="quiz"),
    # Anyone checks a certificate's code.
    path("verify/", certificates.verify, name="verify"),
    # The centre's group sessions.
    path("sessions/upcoming/", walk_in.upcoming, name="upcoming"),
    path("sessions/upcoming/<int:pk>/reserve/", walk_in.reserve, name="reserve"),
    path("sessions/reserved/", walk_in.reserved, name="reserved"),
    path("sessions/", sessions.session_list, name="sessions"),
    path("sessions/new/", sessions.session_add, name="session_add"),
    path("sessions/<int:pk>/", sessions.session_detail, name="session"),
    path("sessions/<int:pk>/edit/", sessions.session_edit, name="session_edit"),
    path("sessions/<int:pk>/enrol/", sessions.enrol, name="enrol"),
    path("sessions/<int:pk>/attendance/", sessions.attendance, name="attendance"),
    path("sessions/<int:pk>/complete/", sessions.complete, name="complete"),
    path("enrolments/<int:pk>/withdraw/", sessions.withdraw, name="withdraw"),
    path("certificates/<int:pk>/pdf/", certificates.certificate_pdf, name="certificate_pdf"),
    path("certificates/<int:pk>/revoke/", certificates.revoke, name="revoke"),
]
