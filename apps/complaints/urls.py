from django.urls import path  # noqa: F401

app_name = "complaints"

# The register, for those who handle complaints at a centre (views/register.py).
register_urls = []


# Escalations and referral letters (views/escalations.py).
escalation_urls = []


# The kiosk's "report an agent" (views/kiosk.py).
kiosk_urls = []


# The public status check (views/public.py).
public_urls = []


urlpatterns = [*register_urls, *escalation_urls, *kiosk_urls, *public_urls]
