from django.urls import path

from .kiosk_report import STEPS
from .views import kiosk, public

app_name = "complaints"

# The register, for those who handle complaints at a centre (views/register.py).
register_urls = []


# Escalations and referral letters (views/escalations.py).
escalation_urls = []


# The kiosk's "report an agent" (views/kiosk.py): a path of its own per screen, named
# alike, so that each screen has its recorded reading (apps/kiosk/models.py SCREENS).
kiosk_urls = [
    *(
        path(
            f"kiosk/report/{step.slug}/",
            kiosk.report_step,
            {"step": step.slug},
            name="kiosk_report",
        )
        for step in STEPS
    ),
    path("kiosk/report/check/", kiosk.review, name="kiosk_review"),
    path("kiosk/report/slip/", kiosk.slip, name="kiosk_slip"),
]


# The public status check (views/public.py).
public_urls = [
    path("status/", public.status, name="status"),
]


urlpatterns = [*register_urls, *escalation_urls, *kiosk_urls, *public_urls]
