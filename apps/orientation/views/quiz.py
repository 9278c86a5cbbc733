"""The self-check quiz at the end of a published page: for anyone, on the public site,
a phone or the kiosk. The answers wait in the browser's session between the quiz and the
result; saving them needs the person's slip number and CNIC (or, for staff, the number of
a person of their centre), and shows nothing of the record. The kiosk's Start again
erases the session, and with it the last person's answers."""

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from .. import quiz
from ..forms.quiz import QuizForm, SaveQuizResultForm, StaffSaveQuizResultForm
from ..models import Page

# Wrong number-and-CNIC pairs one browser may try before being sent to the desk: enough
# for typing slips, too few to guess whose slip was found on the floor (as for jobs).
SAVE_ATTEMPTS = 5
SAVE_ATTEMPTS_KEY = "orientation:quiz-save-attempts"


@dataclass(frozen=True)
class ResultLine:
    """One question of the result as the page shows it."""

    number: int
    question: quiz.ShownText
    chosen: quiz.ShownText | None
    right: quiz.ShownText
    is_right: bool


def _quiz_of(slug: str):
    """(page, questions) of a published page with questions, else 404."""
    page = get_object_or_404(Page.objects.published(), slug=slug)
    questions = quiz.quiz_questions(page)
    if not questions:
        raise Http404("This page has no quiz.")
    return page, questions


def _taken(request, page: Page) -> dict | None:
    """What this browser answered on `page`'s quiz, if that is the last quiz it took."""
    taken = request.session.get(quiz.ANSWERS_SESSION_KEY)
    if not taken or taken.get("page") != page.pk:
        return None
    return taken


def _result_url(page: Page) -> str:
    return reverse("orientation:quiz", kwargs={"slug": page.slug}) + "?result=1"


def _is_kiosk(user) -> bool:
    return user.is_authenticated and user.is_kiosk


def _saves_for_their_centre(user) -> bool:
    """Staff of a centre (not the kiosk) save a result with the registration number only."""
    return (
        user.is_authenticated and not user.is_kiosk and user.has_perm("candidates.view_candidate")
    )


def _save_form(request, data=None):
    if _saves_for_their_centre(request.user):
        return StaffSaveQuizResultForm(data, user=request.user)
    return SaveQuizResultForm(data)


def _page_title(page: Page):
    title, _summary, _body, shown_language = page.in_language()
    return {"page_title": title, "page_title_fallback": shown_language != get_language()}


@sensitive_post_parameters("registration_number", "cnic")
@never_cache
def take_quiz(request, slug):
    """GET: the questions (or, with ?result, the score of the answers just given).
    POST: the answers, or (action=save) the number and CNIC to keep the result."""
    page, questions = _quiz_of(slug)
    if request.method == "POST" and request.POST.get("action") == "save":
        return _save_result(request, page, questions)
    if request.method == "POST":
        form = QuizForm(request.POST, questions=questions)
        if form.is_valid():
            request.session[quiz.ANSWERS_SESSION_KEY] = {
                "page": page.pk,
                "answers": form.answers(),
                "saved": False,
            }
            return redirect(_result_url(page))
    elif "result" in request.GET:
        taken = _taken(request, page)
        if taken is None:  # nothing answered here, or erased by Start again
            return redirect("orientation:quiz", slug=page.slug)
        return _render_result(request, page, questions, taken)
    else:
        form = QuizForm(questions=questions)
    return render(
        request,
        "orientation/quiz.html",
        {"page": page, "form": form, "items": form.items(), **_page_title(page)},
    )


def _render_result(request, page, questions, taken, *, save_form=None, sent_to_desk=None):
    score = quiz.mark_answers(questions, taken["answers"])
    lines = [
        ResultLine(
            number=number,
            question=quiz.shown_text(answer.question),
            chosen=quiz.shown_text(answer.chosen) if answer.chosen is not None else None,
            right=quiz.shown_text(answer.right),
            is_right=answer.is_right,
        )
        for number, answer in enumerate(score.marked, start=1)
    ]
    staff = _saves_for_their_centre(request.user)
    if sent_to_desk is None:
        sent_to_desk = not staff and request.session.get(SAVE_ATTEMPTS_KEY, 0) >= SAVE_ATTEMPTS
    return render(
        request,
        "orientation/quiz_result.html",
        {
            "page": page,
            "score": score,
            "lines": lines,
            "saved": taken.get("saved", False),
            "save_form": save_form or _save_form(request),
            "staff_save": staff,
            "sent_to_desk": sent_to_desk,
            **_page_title(page),
        },
    )


def _save_result(request, page, questions):
    """Keep the answers this browser gave as the result of the person the number and
    CNIC belong to. The score is worked out again from those answers: whatever else the
    browser sends is ignored."""
    taken = _taken(request, page)
    if taken is None:
        messages.info(request, _("Please answer the questions first."))
        return redirect("orientation:quiz", slug=page.slug)
    if taken.get("saved"):  # a second tap, or Back and send again
        return redirect(_result_url(page))
    staff = _saves_for_their_centre(request.user)
    form = _save_form(request, request.POST)
    attempts = request.session.get(SAVE_ATTEMPTS_KEY, 0)
    sent_to_desk = not staff and attempts >= SAVE_ATTEMPTS
    if not sent_to_desk and form.is_valid():
        person = form.registered_person()
        if person is not None:
            quiz.record_quiz_result(
                page=page,
                candidate=person,
                answers=taken["answers"],
                channel=quiz.Channel.KIOSK if _is_kiosk(request.user) else quiz.Channel.WEB,
            )
            request.session[quiz.ANSWERS_SESSION_KEY] = {**taken, "saved": True}
            messages.success(request, _("Your result is saved."))
            return redirect(_result_url(page))
        attempts += 1
        request.session[SAVE_ATTEMPTS_KEY] = attempts
        sent_to_desk = attempts >= SAVE_ATTEMPTS
        form.add_error(
            None,
            _(
                "This registration number and CNIC do not belong together. Check both, "
                "or ask at the desk."
            ),
        )
    return _render_result(
        request, page, questions, taken, save_form=form, sent_to_desk=sent_to_desk
    )
