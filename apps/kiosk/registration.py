"""The kiosk registration wizard: one topic per screen, kept in the session.

Each screen posts to itself; Next validates and moves on, Back keeps whatever was typed
(valid or not) and moves back. Nothing is stored in the database until the person
submits the review screen, and the session holding their answers is erased when they
finish, walk away (idle reset) or press Start again.
"""

import uuid
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from apps.candidates.forms import (
    ConsentForm,
    ContactForm,
    DestinationsForm,
    EducationForm,
    IdentityForm,
    WorkForm,
)

SESSION_KEY = "kiosk_registration"
SLIP_SESSION_KEY = "kiosk_slip"


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    icon: str
    form_class: type


STEPS = [
    Step("identity", _("About you"), "person-vcard", IdentityForm),
    Step("contact", _("Phone and address"), "telephone", ContactForm),
    Step("education", _("Education and languages"), "book", EducationForm),
    Step("work", _("Work and skills"), "tools", WorkForm),
    Step("destinations", _("Where to work"), "globe-americas", DestinationsForm),
    Step("consent", _("Your agreement"), "check2-square", ConsentForm),
]
STEPS_BY_SLUG = {step.slug: step for step in STEPS}


class Wizard:
    """The answers of the person at the kiosk now, as stored in their session."""

    def __init__(self, session):
        self.session = session
        state = session.get(SESSION_KEY)
        if not state:
            state = {"submission_key": str(uuid.uuid4()), "steps": {}}
            session[SESSION_KEY] = state
        self.state = state

    @property
    def submission_key(self) -> uuid.UUID:
        return uuid.UUID(self.state["submission_key"])

    def save(self, step: Step, post_data, *, valid: bool):
        fields = {
            name: post_data.getlist(name)
            for name in post_data
            if name not in {"csrfmiddlewaretoken", "action"}
        }
        self.state["steps"][step.slug] = {"fields": fields, "valid": valid}
        self.session.modified = True

    def stored(self, step: Step):
        return self.state["steps"].get(step.slug)

    def bound_form(self, step: Step):
        """The step's form bound to what was typed, or unbound if nothing was."""
        stored = self.stored(step)
        if stored is None:
            return step.form_class()
        return step.form_class(data=_as_querydict(stored["fields"]))

    def first_incomplete(self, before: Step | None = None) -> Step | None:
        for step in STEPS:
            if before is not None and step == before:
                return None
            stored = self.stored(step)
            if stored is None or not stored["valid"]:
                return step
        return None

    def clean_forms(self) -> dict | None:
        """Every step's form, validated again; None if any step is not valid."""
        forms = {}
        for step in STEPS:
            form = self.bound_form(step)
            if not form.is_bound or not form.is_valid():
                return None
            forms[step.slug] = form
        return forms


def _as_querydict(fields: dict):
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for name, values in fields.items():
        data.setlist(name, values)
    return data
