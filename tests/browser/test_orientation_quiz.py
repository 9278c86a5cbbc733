"""The self-check quiz in Chromium: at the portrait kiosk in Urdu (answer, see the score,
save it with the slip's number and CNIC, and Start again erasing it), and on a phone in
English; and on the public site in Urdu."""

import pytest

from apps.orientation.models import QuizChoice, QuizQuestion, QuizResult
from tests.browser.conftest import log_in, save_screenshot
from tests.factories import (
    TEST_PASSWORD,
    CentreFactory,
    DistrictFactory,
    UserFactory,
    make_candidate,
    make_page,
)

pytestmark = pytest.mark.django_db(transaction=True)

QUESTIONS = [
    (
        "Who keeps your passport abroad?",
        "بیرون ملک آپ کا پاسپورٹ کس کے پاس رہتا ہے؟",
        [("The employer", "آجر", False), ("You do", "آپ خود", True)],
    ),
    (
        "May an agent charge more than the legal fee?",
        "کیا ایجنٹ قانونی فیس سے زیادہ لے سکتا ہے؟",
        [
            ("Yes, if you agree", "ہاں، اگر آپ مان لیں", False),
            ("No, never", "نہیں، کبھی نہیں", True),
        ],
    ),
    (
        "Where do you complain abroad?",
        "",  # not translated yet: shown in English, marked as English
        [
            ("The embassy's community welfare attaché", "", True),
            ("Nowhere: you must put up with it", "", False),
        ],
    ),
]


@pytest.fixture
def lahore():
    district = DistrictFactory(name="Lahore", name_en="Lahore", name_ur="لاہور")
    centre = CentreFactory(code="LHR", district=district)
    UserFactory(role="kiosk", centre=centre, username="kiosk.quiz")
    page = make_page(
        slug="saudi-rights",
        topic="contract_rights",
        title_en="Your contract and your rights",
        title_ur="آپ کا معاہدہ اور آپ کے حقوق",
    )
    questions = []
    for order, (text_en, text_ur, choices) in enumerate(QUESTIONS):
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
        questions.append(question)
    person = make_candidate(centre=centre, full_name="Shazia Parveen")
    stranger = make_candidate(centre=centre, full_name="Someone Else")
    return {"page": page, "questions": questions, "person": person, "stranger": stranger}


def tap_answer(page, question, choice_index):
    page.locator(f"label[for=id_question_{question.pk}_{choice_index}]").click()


def submit(page, test_id):
    with page.expect_navigation():
        page.get_by_test_id(test_id).click()


def test_a_walk_in_takes_the_quiz_at_the_kiosk_in_urdu_and_saves_the_result(open_page, lahore):
    questions, person = lahore["questions"], lahore["person"]
    page = open_page("kiosk-portrait")
    log_in(page, "kiosk.quiz", TEST_PASSWORD)
    page.get_by_test_id("choose-urdu").click()
    page.wait_for_url("**/kiosk/menu/")
    page.goto("/orientation/pages/saudi-rights/quiz/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_test_id("question").count() == 3
    assert page.get_by_text(QUESTIONS[0][1]).is_visible()
    # The untranslated question reads left to right, in English.
    fallback = page.get_by_text(QUESTIONS[2][0])
    assert (fallback.get_attribute("lang"), fallback.get_attribute("dir")) == ("en", "ltr")
    save_screenshot(page, "orientation-quiz-kiosk-ur-1-questions")

    # Two answered, one forgotten: it is marked, the others stay chosen.
    tap_answer(page, questions[0], 1)  # right
    tap_answer(page, questions[1], 0)  # wrong
    submit(page, "see-score")
    assert page.get_by_test_id("quiz-error").is_visible()
    assert page.locator(f"#id_question_{questions[0].pk}_1").is_checked()
    assert page.locator(f"#id_question_{questions[1].pk}_0").is_checked()
    save_screenshot(page, "orientation-quiz-kiosk-ur-2-unanswered")

    tap_answer(page, questions[2], 0)  # right
    submit(page, "see-score")
    assert "?result=1" in page.url
    score = page.get_by_test_id("quiz-score").inner_text()
    assert "2" in score and "3" in score
    assert page.locator('[data-right="no"]').count() == 1
    assert QUESTIONS[1][2][1][1] in page.get_by_test_id("right-answer").inner_text()
    save_screenshot(page, "orientation-quiz-kiosk-ur-3-score")

    page.locator("#id_registration_number").fill(person.registration_number)
    page.locator("#id_cnic").fill(lahore["stranger"].full_cnic())
    submit(page, "save-result")
    assert page.get_by_test_id("save-error").is_visible()
    assert page.locator("#id_registration_number").input_value() == person.registration_number
    save_screenshot(page, "orientation-quiz-kiosk-ur-4-wrong-pair")
    assert not QuizResult.objects.exists()

    page.locator("#id_cnic").fill(person.full_cnic())
    submit(page, "save-result")
    assert page.get_by_test_id("quiz-saved").is_visible()
    assert person.full_name not in page.content()
    save_screenshot(page, "orientation-quiz-kiosk-ur-5-saved")
    result = QuizResult.objects.get()
    assert (result.candidate, result.page, result.correct, result.total, result.channel) == (
        person,
        lahore["page"],
        2,
        3,
        "kiosk",
    )

    # Finish: the next person sees nothing of this quiz.
    submit(page, "finish")
    page.wait_for_url("**/kiosk/")
    page.goto("/orientation/pages/saudi-rights/quiz/?result=1")
    assert page.get_by_test_id("quiz-score").count() == 0
    assert page.get_by_test_id("quiz-form").is_visible()
    assert page.locator("input[type=radio]:checked").count() == 0


@pytest.mark.parametrize(("viewport", "language"), [("phone", "en"), ("kiosk-landscape", "ur")])
def test_on_the_public_site(open_page, live_server, lahore, viewport, language):
    questions = lahore["questions"]
    # kiosk-landscape is also the size of a desktop screen: here, the public site on one.
    screen = "desktop" if viewport == "kiosk-landscape" else viewport
    name = f"orientation-quiz-{screen}-{language}"
    page = open_page(viewport)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    page.goto("/orientation/pages/saudi-rights/quiz/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ur" else "ltr")
    save_screenshot(page, f"{name}-1-questions")
    for question in questions:
        tap_answer(page, question, 0)  # wrong, wrong, right
    submit(page, "see-score")
    if language == "en":
        assert page.get_by_test_id("quiz-score").inner_text() == "1 of 3 right"
    assert page.get_by_test_id("right-answer").count() == 2
    # Wider than the screen nowhere: a phone scrolls down, never sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    save_screenshot(page, f"{name}-2-score")
