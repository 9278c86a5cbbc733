"""get_or_set_once: a costly value computed once for every worker, on the shared Redis,
even when several workers ask at the same moment (threads stand for gunicorn's
workers), and never a worker stuck behind one that failed."""

import threading
import time

import pytest

from apps.core import cache as portal_cache
from apps.core.cache import get_or_set_once


def ask_at_once(workers: int, ask):
    start = threading.Barrier(workers)
    answers, errors = [], []

    def worker():
        try:
            start.wait()
            answers.append(ask())
        except Exception as error:  # reported below, in the test's own thread
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    return answers


def test_workers_asking_at_once_compute_it_once_and_get_the_same_answer():
    computed = []

    def compute():
        computed.append(threading.get_ident())
        time.sleep(0.3)  # long enough for every other worker to be asking meanwhile
        return {"ranking": [3, 1, 2], "by": threading.get_ident()}

    answers = ask_at_once(5, lambda: get_or_set_once("test:ranking", compute, 60))
    assert len(computed) == 1
    assert len(answers) == 5 and all(answer == answers[0] for answer in answers)


def test_a_worker_that_fails_lets_the_next_compute_it():
    def fail():
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        get_or_set_once("test:count", fail, 60)
    assert get_or_set_once("test:count", lambda: 42, 60) == 42


def test_a_worker_that_died_holding_the_lock_delays_the_others_only_until_it_expires(
    monkeypatch, empty_cache
):
    monkeypatch.setattr(portal_cache, "COMPUTING_SECONDS", 1)
    empty_cache.add("test:count:computing", 1, 1)  # a worker killed mid-way
    started = time.monotonic()
    assert get_or_set_once("test:count", lambda: 7, 60) == 7
    assert time.monotonic() - started < 5


def test_the_value_is_reused_until_it_expires():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert get_or_set_once("test:count", compute, 1) == 1
    assert get_or_set_once("test:count", compute, 1) == 1
    time.sleep(1.2)
    assert get_or_set_once("test:count", compute, 1) == 2


def test_another_key_is_another_answer():
    assert get_or_set_once("test:a", lambda: "a", 60) == "a"
    assert get_or_set_once("test:b", lambda: "b", 60) == "b"
    assert get_or_set_once("test:a", lambda: "changed", 60) == "a"
