"""label_of answers what Django's get_FOO_display() does, in every language."""

import pytest
from django.utils import translation

from apps.candidates.models import Candidate
from apps.core.choices import label_of
from apps.counselling.models import Appointment


@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize(
    "model, field_name",
    [
        (Appointment, "mode"),
        (Appointment, "topic"),
        (Appointment, "status"),
        (Candidate, "sex"),
        (Candidate, "status"),
        (Candidate, "channel"),
    ],
)
def test_labels_are_djangos(model, field_name, language):
    field = model._meta.get_field(field_name)
    with translation.override(language):
        for value, label in field.flatchoices:
            shown = getattr(model(**{field_name: value}), f"get_{field_name}_display")()
            assert str(shown) == str(label)
        if language == "ur":
            assert str(Appointment(status="booked").get_status_display()) != "Booked"


def test_a_value_outside_the_choices_is_shown_as_it_is():
    assert label_of(Appointment.Status, "lost") == "lost"
    assert Appointment(mode="carrier pigeon").get_mode_display() == "carrier pigeon"
