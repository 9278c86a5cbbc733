"""The self-check quiz at the end of a published page: anyone takes it, the score is
always worked out on the server, and a person keeps their result with their slip's number
and CNIC, shown nothing of their record."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.orientation import quiz
from apps.orientation.models import QuizChoice, QuizQuestion, QuizResult
from apps.orientation.views.quiz import SAVE_ATTEMPTS
from tests.factories import CentreFactory, UserFactory, make_candidate, make_page

pytestmark = pytest.mark.django_db

# (English, Urdu, [(answer English, answer Urdu, right?)]) per question.
THREE_QUESTIONS = [
    (
        "Who keeps your passport abroad?",
        "بیرون ملک آپ کا پاسپورٹ کس کے پاس رہتا ہے؟",
        [("The employer", "آجر", False), ("You do", "آپ خود", True)],
    ),
    (
        "May an agent charge more than the legal fee?",
        "",  # not translated: shown in English, marked as such
        [("Yes", "ہاں", False), ("No", "", True), ("Only in cash", "صرف نقد", False)],
    ),
    (
        "Where do you complain abroad?",
        "بیرون ملک شکایت کہاں کریں؟",
        [
            ("The embassy's welfare attaché", "سفارت خانے کا ویلفیئر اتاشی", True),
            ("Nowhere", "کہیں نہیں", False),
        ],
    ),
]


def add_questions(page, questions=THREE_QUESTIONS):
    """The page's quiz, in order; returns the questions with their choices in order."""
    made = []
    for order, (text_en, text_ur, choices) in enumerate(questions):
        question = QuizQuestion.objects.create(
            page=page, order=order, text_en=text_en, text_ur=text_ur
        )
        for choice_order, (choice_en, choice_ur, right) in enumerate(choices):
            QuizChoice.objects.create(
                question=question,
                order=choice_order,
                text_en=choice_en,
                text_ur=choice_ur,
                is_correct=right,
            )
        made.append(question)
    return made


def right_choice(question):
    return question.choices.get(is_correct=True)


def wrong_choice(question):
    return question.choices.filter(is_correct=False).first()


@pytest.fixture
def page():
    return make_page(slug="saudi-entry")


@pytest.fixture
def questions(page):
    return add_questions(page)


@pytest.fixture
def person(centre):
    return make_candidate(centre=centre, full_name="Secret Name Person")


@pytest.fixture
def kiosk(client, centre):
    device = UserFactory(centre=centre, role="kiosk")
    client.force_login(device)
    client.device = device
    return client


URL = "/orientation/pages/saudi-entry/quiz/"
RESULT = URL + "?result=1"


def answers_for(questions, right=(True, True, True)):
    """The quiz form's data: the right or a wrong answer to each question."""
    return {
        f"question_{question.pk}": (
            right_choice(question) if is_right else wrong_choice(question)
        ).pk
        for question, is_right in zip(questions, right, strict=True)
    }


def answer(client, questions, right=(True, True, True)):
    return client.post(URL, answers_for(questions, right))


def save(client, number, cnic, **extra):
    return client.post(
        URL, {"action": "save", "registration_number": number, "cnic": cnic, **extra}
    )


def text_of(response):
    return re.sub(r"\s+", " ", response.content.decode())


# --- Which pages have a quiz ------------------------------------------------------


@pytest.mark.parametrize("status", ["draft", "in_review", "archived"])
def test_only_a_published_page_has_a_quiz(client, status):
    hidden = make_page(slug="hidden-page", status=status, country="AE")
    add_questions(hidden)
    assert client.get("/orientation/pages/hidden-page/quiz/").status_code == 404
    assert client.post("/orientation/pages/hidden-page/quiz/", {}).status_code == 404


def test_a_published_page_without_questions_has_no_quiz(client, page):
    assert client.get(URL).status_code == 404


def test_an_unknown_page_has_no_quiz(client):
    assert client.get("/orientation/pages/no-such-page/quiz/").status_code == 404


def test_a_question_nobody_could_answer_right_is_left_out(client, page):
    add_questions(page, [("No right answer here", "", [("A", "", False), ("B", "", False)])])
    assert client.get(URL).status_code == 404


@pytest.mark.parametrize("role", [None, "kiosk", "registration_officer", "counsellor"])
def test_anyone_takes_the_quiz(client, make_user, questions, role):
    if role:
        client.force_login(make_user(role))
    response = client.get(URL)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_the_questions_and_answers_come_in_order_as_radio_tiles(client, questions):
    page = text_of(client.get(URL))
    positions = [page.index(question.text_en) for question in questions]
    assert positions == sorted(positions)
    choices = list(questions[1].choices.all())
    tiles = [page.index(f"<span>{choice.text_en}</span>") for choice in choices]
    assert tiles == sorted(tiles)
    assert page.count('type="radio" class="btn-check"') == 7
    assert 'class="btn btn-outline-primary kiosk-choice' in page
    assert 'href="/orientation/pages/saudi-entry/"' in page


def test_the_quiz_page_makes_the_same_queries_however_many_questions(client, page):
    add_questions(page, THREE_QUESTIONS[:1])
    with CaptureQueriesContext(connection) as few:
        assert client.get(URL).status_code == 200
    add_questions(page, THREE_QUESTIONS * 4)
    with CaptureQueriesContext(connection) as many:
        assert client.get(URL).status_code == 200
    assert len(many) == len(few)
    assert len(few) <= 4  # session, page, questions, their choices


# --- Answering and the score --------------------------------------------------------


def test_the_score_counts_the_right_answers_and_shows_the_right_ones(client, questions):
    response = answer(client, questions, right=(True, False, True))
    assert response.status_code == 302
    assert response["Location"] == RESULT
    result = client.get(RESULT)
    page = text_of(result)
    assert "2 of 3 right" in page
    assert page.count('data-right="yes"') == 2 and page.count('data-right="no"') == 1
    # The missed question shows what was chosen and the right answer.
    assert "Your answer: <span>Yes</span>" in page
    assert "The right answer: <strong>No</strong>" in page
    assert 'href="/orientation/pages/saudi-entry/" data-testid="read-again"' in page
    assert "no-store" in result["Cache-Control"]
    assert 'data-testid="finish"' not in page  # only the kiosk has Finish
    assert not QuizResult.objects.exists()  # nothing is kept unless asked


def test_every_right_answer_says_well_done(client, questions):
    answer(client, questions)
    page = text_of(client.get(RESULT))
    assert "3 of 3 right" in page
    assert "Well done" in page


def test_unanswered_questions_are_marked_and_the_other_answers_kept(client, questions):
    data = answers_for(questions)
    del data[f"question_{questions[1].pk}"]
    response = client.post(URL, data)
    page = text_of(response)
    assert response.status_code == 200
    assert "Please answer every question" in page
    assert page.count("Please choose an answer.") == 1
    assert page.count(" checked") == 2
    assert f'value="{right_choice(questions[0]).pk}" checked' in page
    assert quiz.ANSWERS_SESSION_KEY not in client.session


@pytest.mark.parametrize("tampered", ["another question's", "unknown", "not a number"])
def test_an_answer_that_is_not_one_of_the_questions_own_is_refused(client, questions, tampered):
    data = answers_for(questions)
    data[f"question_{questions[0].pk}"] = {
        "another question's": right_choice(questions[1]).pk,
        "unknown": 999999,
        "not a number": "1 OR 1=1",
    }[tampered]
    response = client.post(URL, data)
    assert response.status_code == 200
    assert "This answer does not belong to this question" in response.content.decode()
    assert quiz.ANSWERS_SESSION_KEY not in client.session


def test_the_result_without_answers_goes_back_to_the_quiz(client, questions):
    response = client.get(RESULT)
    assert response.status_code == 302
    assert response["Location"] == URL


def test_the_answers_to_another_pages_quiz_are_not_shown_here(client, questions):
    other = make_page(slug="uae-entry", country="AE")
    other_questions = add_questions(other, THREE_QUESTIONS[:1])
    client.post(
        "/orientation/pages/uae-entry/quiz/",
        {f"question_{other_questions[0].pk}": right_choice(other_questions[0]).pk},
    )
    assert client.get(RESULT).status_code == 302


def test_marking_ignores_answers_of_other_questions():
    page = make_page()
    add_questions(page)
    questions = quiz.quiz_questions(page)
    stray = right_choice(questions[1]).pk
    score = quiz.mark_answers(
        questions, {str(questions[0].pk): stray, "999999": stray, questions[2].pk: "x"}
    )
    assert (score.correct, score.total) == (0, 3)
    assert [answer.chosen for answer in score.marked] == [None, None, None]


# --- Saving the result --------------------------------------------------------------


def test_a_person_saves_their_result_and_sees_nothing_of_their_record(client, questions, person):
    answer(client, questions, right=(True, False, True))
    response = save(client, person.registration_number.lower(), person.full_cnic())
    assert response.status_code == 302
    assert response["Location"] == RESULT
    page = text_of(client.get(RESULT))
    assert "Your result is saved." in page
    assert person.full_name not in page and person.cnic_masked not in page
    assert 'data-testid="save-result"' not in page  # no second save
    result = QuizResult.objects.get()
    assert (result.candidate, result.page_id, result.correct, result.total) == (
        person,
        questions[0].page_id,
        2,
        3,
    )
    assert result.channel == "web"
    assert result.answers == {
        str(questions[0].pk): right_choice(questions[0]).pk,
        str(questions[1].pk): wrong_choice(questions[1]).pk,
        str(questions[2].pk): right_choice(questions[2]).pk,
    }


def test_at_the_kiosk_the_result_is_saved_as_taken_at_the_kiosk(kiosk, questions, person):
    answer(kiosk, questions)
    save(kiosk, person.registration_number, person.full_cnic())
    assert QuizResult.objects.get().channel == "kiosk"


def test_a_second_tap_does_not_save_twice(client, questions, person):
    answer(client, questions)
    save(client, person.registration_number, person.full_cnic())
    save(client, person.registration_number, person.full_cnic())
    assert QuizResult.objects.count() == 1


def test_a_score_sent_by_the_browser_is_ignored(client, questions, person):
    answer(client, questions, right=(False, False, True))
    save(
        client,
        person.registration_number,
        person.full_cnic(),
        correct=3,
        total=3,
        **answers_for(questions),  # the right answers, sent with the save: ignored too
    )
    result = QuizResult.objects.get()
    assert (result.correct, result.total) == (1, 3)


def test_the_score_is_worked_out_again_from_the_questions_as_they_are_now(
    client, questions, person
):
    answer(client, questions)
    # The editor removed a question meanwhile: its answer is not stored.
    removed = questions[2]
    removed.delete()
    save(client, person.registration_number, person.full_cnic())
    result = QuizResult.objects.get()
    assert (result.correct, result.total) == (2, 2)
    assert str(removed.pk) not in result.answers


def test_a_number_and_cnic_of_two_people_are_refused(client, questions, person, centre):
    other = make_candidate(centre=centre, full_name="Other Secret Person")
    answer(client, questions)
    response = save(client, person.registration_number, other.full_cnic())
    page = text_of(response)
    assert response.status_code == 200
    assert "do not belong together" in page
    assert person.full_name not in page and other.full_name not in page
    assert person.registration_number in page  # what was typed is kept
    assert "3 of 3 right" in page  # the score stays on screen
    assert not QuizResult.objects.exists()


@pytest.mark.parametrize(
    ("number", "cnic", "message"),
    [
        ("", "35202-1234567-1", "Please type the number from your registration slip."),
        ("12345", "35202-1234567-1", "A registration number looks like"),
        ("LHR-2026-000001", "123", "A CNIC has 13 digits"),
    ],
)
def test_badly_typed_answers_get_a_clear_message(client, questions, number, cnic, message):
    answer(client, questions)
    response = save(client, number, cnic)
    assert message in response.content.decode()
    assert not QuizResult.objects.exists()


def test_an_inactive_registration_cannot_save(client, questions, person):
    person.status = "inactive"
    person.save(update_fields=["status"])
    answer(client, questions)
    assert (
        "do not belong together"
        in save(client, person.registration_number, person.full_cnic()).content.decode()
    )
    assert not QuizResult.objects.exists()


def test_after_five_wrong_pairs_the_person_is_sent_to_the_desk(client, questions, person, centre):
    other = make_candidate(centre=centre)
    answer(client, questions)
    for _ in range(SAVE_ATTEMPTS):
        save(client, person.registration_number, other.full_cnic())
    response = save(client, person.registration_number, person.full_cnic())
    page = response.content.decode()
    assert "Please ask at the desk" in page
    assert 'data-testid="save-result"' not in page
    assert not QuizResult.objects.exists()
    # Taking the quiz again does not start the count again.
    answer(client, questions)
    save(client, person.registration_number, person.full_cnic())
    assert not QuizResult.objects.exists()


def test_saving_without_answering_first_goes_to_the_quiz(client, questions, person):
    response = save(client, person.registration_number, person.full_cnic())
    assert response.status_code == 302
    assert response["Location"] == URL
    assert not QuizResult.objects.exists()


def test_the_number_and_cnic_never_reach_error_reports(questions, rf):
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.backends.db import SessionStore

    from apps.orientation.views.quiz import take_quiz

    # sensitive_post_parameters marks the request the view handled.
    request = rf.get(URL)
    request.session, request.user = SessionStore(), AnonymousUser()
    take_quiz(request, slug="saudi-entry")
    assert set(request.sensitive_post_parameters) == {"registration_number", "cnic"}


# --- Staff save with the number only -------------------------------------------------


@pytest.mark.parametrize("role", ["registration_officer", "counsellor"])
def test_staff_save_with_the_number_of_a_person_of_their_centre(
    client, make_user, questions, person, role
):
    client.force_login(make_user(role))
    answer(client, questions)
    page = text_of(client.get(RESULT))
    assert 'name="cnic"' not in page
    response = client.post(
        URL, {"action": "save", "registration_number": person.registration_number}
    )
    assert response.status_code == 302
    result = QuizResult.objects.get()
    assert (result.candidate, result.channel, result.correct) == (person, "web", 3)


def test_staff_cannot_save_for_a_person_of_another_centre(client, make_user, questions):
    stranger = make_candidate(centre=CentreFactory(), full_name="Another Centre Person")
    client.force_login(make_user("registration_officer"))
    answer(client, questions)
    response = client.post(
        URL, {"action": "save", "registration_number": stranger.registration_number}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Nobody registered at your centre has this number" in page
    assert stranger.full_name not in page
    assert not QuizResult.objects.exists()


# --- Urdu, and the kiosk's Start again ------------------------------------------------


def test_in_urdu_the_quiz_shows_urdu_and_marks_english_fallbacks(client, questions):
    client.cookies["django_language"] = "ur"
    page = text_of(client.get(URL))
    assert 'lang="ur" dir="rtl"' in page
    assert f"<span>{THREE_QUESTIONS[0][1]}</span>" in page
    assert "Who keeps your passport abroad?" not in page
    # The untranslated question and answer show in English, marked as English.
    assert '<span lang="en" dir="ltr">May an agent charge more than the legal fee?</span>' in page
    assert '<span lang="en" dir="ltr">No</span>' in page
    assert "<span>ہاں</span>" in page


def test_in_urdu_the_result_marks_english_fallbacks(client, questions):
    client.cookies["django_language"] = "ur"
    answer(client, questions, right=(True, False, True))
    page = text_of(client.get(RESULT))
    assert '<strong lang="en" dir="ltr">No</strong>' in page
    assert f"<span>{THREE_QUESTIONS[2][1]}</span>" in page


def test_in_english_nothing_is_marked_as_a_fallback(client, questions):
    page = client.get(URL).content.decode()
    assert not re.search(r'<(span|strong|h1)[^>]*lang="en"', page)


def test_start_again_at_the_kiosk_erases_the_last_persons_answers(kiosk, questions, person):
    answer(kiosk, questions, right=(False, True, False))
    page = text_of(kiosk.get(RESULT))
    assert "1 of 3 right" in page
    assert 'form="kiosk-reset-form"' in page  # Finish, at hand
    kiosk.post("/kiosk/reset/")
    # The next person sees no score and no chosen answer, and cannot save the last one's.
    assert kiosk.get(RESULT)["Location"] == URL
    assert " checked" not in kiosk.get(URL).content.decode()
    response = save(kiosk, person.registration_number, person.full_cnic())
    assert response["Location"] == URL
    assert not QuizResult.objects.exists()


def test_in_urdu_an_untranslated_pages_title_shows_in_english_marked(client):
    untranslated = make_page(slug="qatar-wages", country="QA", topic="wages", body_ur="")
    add_questions(untranslated, THREE_QUESTIONS[:1])
    client.cookies["django_language"] = "ur"
    page = text_of(client.get("/orientation/pages/qatar-wages/quiz/"))
    assert 'lang="en" dir="ltr">Entry and work permit</h1>' in page
