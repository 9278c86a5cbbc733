"""The kiosk's "report an agent": its screens, the answers kept in the session between
them, and the filing at the end.

Each screen posts to itself; Next checks its answers and moves on, Back keeps whatever
was typed (right or not) and moves back. Nothing reaches the database until the person
sends the report from the review screen; then their answers leave the session at once
and only the new complaint's id stays, for the slip, until Done resets the kiosk.
"""

import re
import time
import uuid

from django.core.cache import cache
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from apps.candidates.models import Candidate
from apps.kiosk.registration import Step
from apps.listings.models import RecruitmentAgency

from .forms.kiosk import (
    MoneyForm,
    PromiseForm,
    WhatHappenedForm,
    WhoAreYouForm,
    WhoForm,
    YourDetailsForm,
)
from .models import Complaint
from .services import Complainant, file_complaint

SESSION_KEY = "complaints:kiosk-report"
SLIP_SESSION_KEY = "complaints:kiosk-slip"
# A second tap on Send while the first is being filed waits this long for its number.
FILING_WAIT_SECONDS = 10


STEPS = [
    Step("what", _("What happened?"), "megaphone", WhatHappenedForm),
    Step("who", _("Who was it?"), "person-exclamation", WhoForm),
    Step("promise", _("Promise and country"), "briefcase", PromiseForm),
    Step("money", _("Money you gave"), "cash-coin", MoneyForm),
    Step("you", _("Your name, or no name"), "person-vcard", WhoAreYouForm),
    Step("details", _("About you"), "person-lines-fill", YourDetailsForm),
]
STEPS_BY_SLUG = {step.slug: step for step in STEPS}
# Asked only of someone who gives their name.
NAMED_ONLY = {"details"}


class ReportWizard:
    """The answers of the person at the kiosk now, as kept in their session."""

    def __init__(self, session):
        self.session = session
        state = session.get(SESSION_KEY)
        if not state:
            state = {"submission_key": str(uuid.uuid4()), "steps": {}}
            session[SESSION_KEY] = state
        self.state = state

    @property
    def submission_key(self) -> str:
        return self.state["submission_key"]

    @property
    def is_anonymous(self) -> bool:
        stored = self.stored(STEPS_BY_SLUG["you"])
        return bool(stored) and stored["fields"].get("identity") == ["anonymous"]

    @property
    def steps(self) -> list[Step]:
        """The screens this person goes through: no questions about them if anonymous."""
        if self.is_anonymous:
            return [step for step in STEPS if step.slug not in NAMED_ONLY]
        return STEPS

    def save(self, step: Step, post_data, *, valid: bool):
        fields = {
            name: post_data.getlist(name)
            for name in post_data
            if name not in {"csrfmiddlewaretoken", "action"}
        }
        self.state["steps"][step.slug] = {"fields": fields, "valid": valid}
        if self.is_anonymous:
            # Someone who chose to stay anonymous after typing their details: forget them.
            for slug in NAMED_ONLY:
                self.state["steps"].pop(slug, None)
        self.session.modified = True

    def stored(self, step: Step):
        return self.state["steps"].get(step.slug)

    def bound_form(self, step: Step):
        """The step's form bound to what was typed, or unbound if nothing was."""
        stored = self.stored(step)
        if stored is None:
            return step.form_class()
        data = QueryDict(mutable=True)
        for name, values in stored["fields"].items():
            data.setlist(name, values)
        return step.form_class(data=data)

    def first_incomplete(self, before: Step | None = None) -> Step | None:
        for step in self.steps:
            if before is not None and step == before:
                return None
            stored = self.stored(step)
            if stored is None or not stored["valid"]:
                return step
        return None

    def clean_forms(self) -> dict | None:
        """Every step's form, checked again; None if any step is not right."""
        forms = {}
        for step in self.steps:
            form = self.bound_form(step)
            if not form.is_bound or not form.is_valid():
                return None
            forms[step.slug] = form
        return forms

    def forget(self):
        self.session.pop(SESSION_KEY, None)


def agency_with_licence(typed: str):
    """The agency whose licence number was typed (letters and digits compared), or None:
    a name alone is never taken for an agency, since many are alike."""
    key = re.sub("[^0-9A-Z]+", "", typed.upper())
    if not key:
        return None
    for agency in RecruitmentAgency.objects.for_licence_check(typed)[:5]:
        if re.sub("[^0-9A-Z]+", "", agency.licence_number.upper()) == key:
            return agency
    return None


def registered_person(cnic: str):
    """The live record with this CNIC, if the person is registered (never shown)."""
    return (
        Candidate.objects.with_cnic(cnic)
        .filter(anonymised_at__isnull=True, merged_into__isnull=True)
        .first()
    )


def file_report(*, forms: dict, device, language: str) -> Complaint:
    """File the report the person made at `device`'s kiosk as a complaint of its centre.

    Against the agency in the register when its licence number was given, else against
    the name typed. A person whose CNIC is registered is linked to their record,
    otherwise the name, CNIC and phone they gave are kept; an anonymous tip keeps none."""
    who = forms["who"].cleaned_data
    promise = forms["promise"].cleaned_data
    money = forms["money"].cleaned_data
    agency = agency_with_licence(who["licence_number"]) if who["licence_number"] else None
    other_party = who["name"]
    if who["licence_number"] and agency is None:
        other_party = f"{other_party} ({who['licence_number']})"
    candidate = complainant = None
    if "details" in forms:
        details = forms["details"].cleaned_data
        candidate = registered_person(details["cnic"])
        if candidate is None:
            complainant = Complainant(
                name=details["full_name"],
                sex=details["sex"],
                cnic=details["cnic"],
                phone=details["phone"] or "",
                agrees_to_texts=details["texts"],
            )
    return file_complaint(
        centre=device.centre,
        channel=Complaint.Channel.KIOSK,
        filed_by=device,
        language=language,
        kind=forms["what"].cleaned_data["kind"],
        against=Complaint.Against.AGENCY if agency else Complaint.Against.OTHER,
        agency=agency,
        other_party=other_party,
        promised=promise["promised"],
        destination_country=promise["destination_country"] or "",
        candidate=candidate,
        complainant=complainant,
        amount_paid=money["amount_paid"],
        paid_on=money["paid_on"],
    )


def file_once(submission_key: str, file) -> int | None:
    """The id of the complaint `file()` filed for this submission, filed once however
    often Send is tapped: a second tap while the first is filing waits for its result.
    None if the first did not finish in time (the person sees the review again)."""
    lock = f"complaints:kiosk-filing:{submission_key}"
    result = f"complaints:kiosk-filed:{submission_key}"
    # False: another tap holds the lock. None: the cache is not answering, so file (the
    # browser's own submit-once guard still stands).
    if cache.add(lock, 1, FILING_WAIT_SECONDS * 6) is not False:
        try:
            complaint = file()
        except BaseException:
            cache.delete(lock)
            raise
        cache.set(result, complaint.pk, FILING_WAIT_SECONDS * 6)
        return complaint.pk
    waited = 0.0
    while waited < FILING_WAIT_SECONDS:
        filed = cache.get(result)
        if filed is not None:
            return filed
        time.sleep(0.1)
        waited += 0.1
    return None
