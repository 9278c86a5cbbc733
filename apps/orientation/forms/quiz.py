"""The self-check quiz's forms: one answer per question, and saving the result with the
person's slip number and CNIC (or, for staff, the number of a person of their centre)."""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.candidates.fields import RegistrationNumberField
from apps.candidates.models import Candidate
from apps.listings.forms import KioskInterestForm

from .. import quiz
from ..models import QuizQuestion


@dataclass(frozen=True)
class ChoiceTile:
    """One answer as the page shows it: a radio tile."""

    pk: int
    text: quiz.ShownText
    checked: bool


@dataclass(frozen=True)
class QuestionItem:
    """One question as the page shows it: its number, text, field and answer tiles."""

    number: int
    text: quiz.ShownText
    field: forms.BoundField
    tiles: list[ChoiceTile]


def field_name(question: QuizQuestion) -> str:
    return f"question_{question.pk}"


class QuizForm(forms.Form):
    """One required answer per question. A choice id that is not one of the question's
    own (a page tampered with, or a question changed meanwhile) is refused as an error
    on that question."""

    def __init__(self, *args, questions: list[QuizQuestion], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            self.fields[field_name(question)] = forms.TypedChoiceField(
                label=question.text_en,
                choices=[(choice.pk, choice.text_en) for choice in question.choices.all()],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Please choose an answer."),
                    "invalid_choice": _(
                        "This answer does not belong to this question. Please choose one "
                        "of the answers shown."
                    ),
                },
            )

    def items(self, language: str | None = None) -> list[QuestionItem]:
        """The questions in order, in `language`, with what was chosen kept checked."""
        items = []
        for number, question in enumerate(self.questions, start=1):
            bound = self[field_name(question)]
            chosen = str(bound.value() or "")
            tiles = [
                ChoiceTile(
                    pk=choice.pk,
                    text=quiz.shown_text(choice, language),
                    checked=chosen == str(choice.pk),
                )
                for choice in question.choices.all()
            ]
            items.append(
                QuestionItem(
                    number=number,
                    text=quiz.shown_text(question, language),
                    field=bound,
                    tiles=tiles,
                )
            )
        return items

    def answers(self) -> dict[str, int]:
        """{question id: choice id} of a valid form, as the session keeps it."""
        return {
            str(question.pk): self.cleaned_data[field_name(question)] for question in self.questions
        }


class SaveQuizResultForm(KioskInterestForm):
    """Anyone saves their result with their slip's number and their CNIC, both checked
    together as for job interest at the kiosk."""

    def registered_person(self) -> Candidate | None:
        return Candidate.objects.with_slip_and_cnic(
            self.cleaned_data["registration_number"], self.cleaned_data["cnic"]
        ).first()


class StaffSaveQuizResultForm(forms.Form):
    """Staff beside the person type only the registration number: of a person of their
    own centre."""

    registration_number = RegistrationNumberField(
        error_messages={"required": _("Please type the person's registration number.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_registration_number(self):
        number = self.cleaned_data["registration_number"]
        person = (
            Candidate.objects.visible_to(self.user)
            .filter(registration_number=number)
            .exclude(status=Candidate.Status.INACTIVE)
            .first()
        )
        if person is None:
            raise forms.ValidationError(
                _("Nobody registered at your centre has this number. Please check it.")
            )
        self.person = person
        return number

    def registered_person(self) -> Candidate | None:
        return getattr(self, "person", None)
