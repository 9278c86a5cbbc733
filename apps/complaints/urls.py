from django.urls import path, register_converter

from .kiosk_report import STEPS
from .services import normalise_reference
from .views import escalations, kiosk, public, register


class ReferenceConverter:
    """A complaint's reference in an address, as typed: any case, digits of any script
    (LHR-C-2026-000123, lhr-c-۲۰۲۶-۱۲۳); the view gets it as stored. Nothing else
    matches, so that the other pages' addresses under /complaints/ stay theirs."""

    regex = r"[A-Za-z]{3,5}-[Cc]-\d{4}-\d{1,6}"

    def to_python(self, value):
        reference = normalise_reference(value)
        if reference is None:
            raise ValueError(value)
        return reference

    def to_url(self, value):
        return str(value)


register_converter(ReferenceConverter, "complaint_reference")

app_name = "complaints"

# The register, for those who handle complaints at a centre (views/register.py).
register_urls = [
    path("", register.complaint_list, name="list"),
    path("overdue/", register.overdue_list, name="overdue"),
    path("new/", register.file_complaint_page, name="new"),
    path("filed/", register.filed_slip, name="filed"),
    path("deadlines/", register.centre_deadlines_page, name="deadlines"),
    path("policy/", register.policy_page, name="policy"),
    path("<complaint_reference:reference>/", register.complaint_detail, name="detail"),
    path("<complaint_reference:reference>/edit/", register.edit_details, name="edit"),
    path("<complaint_reference:reference>/acknowledge/", register.acknowledge, name="acknowledge"),
    path("<complaint_reference:reference>/close/", register.close, name="close"),
    path("<complaint_reference:reference>/reopen/", register.reopen, name="reopen"),
    path("<complaint_reference:reference>/money/", register.record_money, name="money"),
]


# Escalations and referral letters (views/escalations.py).
escalation_urls = [
    path("<complaint_reference:reference>/escalate/", escalations.escalate, name="escalate"),
    path(
        "<complaint_reference:reference>/escalations/<int:pk>/answer/",
        escalations.record_answer,
        name="record_answer",
    ),
    path(
        "<complaint_reference:reference>/escalations/<int:pk>/letter.pdf",
        escalations.referral_letter,
        name="referral_letter",
    ),
]


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
