from django.urls import path

from .views import appointments, availability, calendars, cases, kiosk

app_name = "counselling"

urlpatterns = [
    # The centre's appointment book: the day at the desk, booking, one appointment.
    path("", calendars.centre_day, name="day"),
    path("book/", appointments.find_person, name="find_person"),
    path("book/<str:registration_number>/", appointments.book, name="book"),
    path("appointments/<int:pk>/", appointments.appointment_detail, name="appointment"),
    path("appointments/<int:pk>/status/", appointments.change_status, name="appointment_status"),
    path("appointments/<int:pk>/cancel/", appointments.cancel, name="cancel"),
    path("appointments/<int:pk>/reschedule/", appointments.reschedule, name="reschedule"),
    path("appointments/<int:pk>/calendar.ics", appointments.calendar_file, name="ics"),
    # A counsellor's own calendars.
    path("my/day/", calendars.my_day, name="my_day"),
    path("my/week/", calendars.my_week, name="my_week"),
    # Confidential case records (counsellors of the centre only).
    path("cases/<str:registration_number>/", cases.case_record, name="case"),
    path("cases/<str:registration_number>/notes/", cases.add_note, name="add_note"),
    path("cases/<str:registration_number>/follow-ups/", cases.add_follow_up, name="add_follow_up"),
    path("cases/<str:registration_number>/referrals/", cases.add_referral, name="add_referral"),
    path("follow-ups/<int:pk>/done/", cases.follow_up_done, name="follow_up_done"),
    path("referrals/<int:pk>/status/", cases.referral_status, name="referral_status"),
    # Availability: a counsellor's own hours and leave; the centre's closures.
    path("availability/", availability.my_availability, name="my_availability"),
    path("availability/leave/<int:pk>/delete/", availability.delete_leave, name="delete_leave"),
    path("closures/", availability.centre_closures, name="closures"),
    path("closures/<int:pk>/delete/", availability.delete_closure, name="delete_closure"),
    # The kiosk: a walk-in books with their slip's number and their CNIC.
    path("kiosk/", kiosk.identify, name="kiosk_identify"),
    path("kiosk/time/", kiosk.choose_time, name="kiosk_time"),
    path("kiosk/booked/", kiosk.booked, name="kiosk_booked"),
]
