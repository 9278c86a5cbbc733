"""Public look-ups take whole multiples of a fixed time, so a slow answer (a busy
database) stands out no more than a quick one (apps/core/even_time.py)."""

import time

from django.http import HttpResponse
from django.template import engines
from django.template.response import TemplateResponse

from apps.core.even_time import answers_in_even_time

MINIMUM = 0.1


def taking(seconds):
    @answers_in_even_time(lambda: MINIMUM)
    def look_up(request):
        time.sleep(seconds)
        return HttpResponse("answer")

    return look_up


def duration(view, request) -> float:
    started = time.monotonic()
    view(request)
    return time.monotonic() - started


def test_a_quick_answer_waits_for_the_minimum(rf):
    assert MINIMUM <= duration(taking(0), rf.post("/")) < 2 * MINIMUM


def test_a_slow_answer_waits_for_the_next_whole_multiple(rf):
    assert 2 * MINIMUM <= duration(taking(1.3 * MINIMUM), rf.post("/")) < 3 * MINIMUM


def test_opening_the_page_is_not_held_back(rf):
    assert duration(taking(0), rf.get("/")) < MINIMUM / 2


def test_a_page_drawn_later_is_drawn_within_the_time(rf):
    @answers_in_even_time(lambda: MINIMUM)
    def look_up(request):
        return TemplateResponse(request, engines["django"].from_string("{{ answer }}"))

    response = look_up(rf.post("/"))
    assert response.is_rendered
