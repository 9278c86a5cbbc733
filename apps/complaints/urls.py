from django.urls import path

from .views import escalations

app_name = "complaints"

# The register, for those who handle complaints at a centre (views/register.py).
register_urls = []


# Escalations and referral letters (views/escalations.py).
escalation_urls = [
    path("<str:reference>/escalate/", escalations.escalate, name="escalate"),
    path(
        "<str:reference>/escalations/<int:pk>/answer/",
        escalations.record_answer,
        name="record_answer",
    ),
    path(
        "<str:reference>/escalations/<int:pk>/letter.pdf",
        escalations.referral_letter,
        name="referral_letter",
    ),
]


# The kiosk's "report an agent" (views/kiosk.py).
kiosk_urls = []


# The public status check (views/public.py).
public_urls = []


urlpatterns = [*register_urls, *escalation_urls, *kiosk_urls, *public_urls]
