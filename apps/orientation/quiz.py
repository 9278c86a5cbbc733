"""The self-check quiz at the end of a page: which questions it asks, how answers are
marked, and keeping a person's result. The score is always worked out here from the
answers and the questions in the database, never taken from what a browser sends."""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import get_language

from apps.candidates.models import Candidate

from .models import Page, QuizChoice, QuizQuestion, QuizResult

# Where a browser's session keeps the answers just given, between the quiz and saving
# them: {"page": page id, "answers": {question id: choice id}, "saved": bool}. The kiosk's
# Start again erases the session, and with it the last person's answers.
ANSWERS_SESSION_KEY = "orientation:quiz-answers"


class Channel:
    """Where a result was saved (QuizResult.channel)."""

    KIOSK = "kiosk"
    WEB = "web"


@dataclass(frozen=True)
class ShownText:
    """A question's or answer's text in the language shown: Urdu if written, otherwise
    English, and `fallback` says so, for the page to mark it lang="en"."""

    text: str
    language: str
    fallback: bool


def shown_text(item: QuizQuestion | QuizChoice, language: str | None = None) -> ShownText:
    """`item`'s text in `language` (the active one by default), English if not written."""
    language = language or get_language()
    text = item.text(language)
    shown_language = "ur" if language == "ur" and item.text_ur else "en"
    return ShownText(text, shown_language, fallback=shown_language != language)


def quiz_questions(page: Page) -> list[QuizQuestion]:
    """The page's questions in order, with their answers (two queries, however many).

    A question without a right answer among at least two answers is left out: nobody
    could answer it, and it would keep the quiz from being sent.
    """
    questions = page.questions.order_by("order", "pk").prefetch_related("choices")
    return [
        question
        for question in questions
        if len(question.choices.all()) >= 2
        and sum(choice.is_correct for choice in question.choices.all()) == 1
    ]


@dataclass(frozen=True)
class MarkedAnswer:
    question: QuizQuestion
    chosen: QuizChoice | None
    right: QuizChoice

    @property
    def is_right(self) -> bool:
        return self.chosen is not None and self.chosen.pk == self.right.pk


@dataclass(frozen=True)
class QuizScore:
    marked: list[MarkedAnswer]

    @property
    def correct(self) -> int:
        return sum(answer.is_right for answer in self.marked)

    @property
    def total(self) -> int:
        return len(self.marked)


def mark_answers(questions: list[QuizQuestion], answers: dict) -> QuizScore:
    """Mark `answers` ({question id: choice id}, keys and values as int or str) against
    `questions` (from quiz_questions). A question left out, or answered with a choice
    that is not one of its own, counts as wrong."""
    chosen_ids = {str(question_id): str(choice_id) for question_id, choice_id in answers.items()}
    marked = []
    for question in questions:
        choices = list(question.choices.all())
        chosen_id = chosen_ids.get(str(question.pk))
        chosen = next((choice for choice in choices if str(choice.pk) == chosen_id), None)
        right = next(choice for choice in choices if choice.is_correct)
        marked.append(MarkedAnswer(question=question, chosen=chosen, right=right))
    return QuizScore(marked)


@transaction.atomic
def record_quiz_result(*, page: Page, candidate: Candidate, answers: dict, channel: str):
    """Keep `candidate`'s result on `page`'s quiz: the score is worked out again from
    `answers` ({question id: choice id}) and the questions as they are now. Only answers
    to the page's own questions, with one of their own choices, are stored."""
    score = mark_answers(quiz_questions(page), answers)
    return QuizResult.objects.create(
        candidate=candidate,
        page=page,
        correct=score.correct,
        total=score.total,
        answers={
            str(answer.question.pk): answer.chosen.pk
            for answer in score.marked
            if answer.chosen is not None
        },
        channel=channel,
    )
