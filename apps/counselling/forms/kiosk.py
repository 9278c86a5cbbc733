"""The kiosk's counselling form: who the walk-in is (their slip's number and their CNIC),
what they want advice about, and how they want to talk."""

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.candidates.models import Candidate
from apps.listings.forms import KioskInterestForm

from ..models import Appointment, Topic

# Video needs a device and a link the kiosk cannot hand over: it is booked at the desk.
KIOSK_MODES = [
    (Appointment.Mode.IN_PERSON.value, _("In person, at this centre")),
    (Appointment.Mode.PHONE.value, _("By phone: the counsellor calls you")),
]
# Bootstrap icon per choice, in the "value:icon" form the kiosk's _choices.html reads.
TOPIC_ICONS = ",".join(
    [
        "contract:file-earmark-text",
        "fees_fraud:cash-coin",
        "documents:passport",
        "rights:shield-check",
        "grievance:megaphone",
        "money:wallet2",
        "return:house-heart",
    ]
)
MODE_ICONS = "in_person:people,phone:telephone"


class KioskCounsellingForm(KioskInterestForm):
    """The number and CNIC (checked as for job interest), the topic and the mode."""

    topic = forms.ChoiceField(
        label=_("What do you want advice about?"),
        choices=Topic.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose what you want advice about.")},
    )
    mode = forms.ChoiceField(
        label=_("How do you want to talk?"),
        choices=KIOSK_MODES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose how you want to talk.")},
    )

    def registered_person(self) -> Candidate | None:
        return Candidate.objects.with_slip_and_cnic(
            self.cleaned_data["registration_number"], self.cleaned_data["cnic"]
        ).first()
