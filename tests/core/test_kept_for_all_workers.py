"""kept_for_all_workers: kept in PostgreSQL for every worker, and computed once even
when several workers ask at the same moment (threads, each with its own connection,
stand for gunicorn's workers)."""

import threading
import time

import pytest
from django.core.cache import caches
from django.db import connection

from apps.core.caching import kept_for_all_workers

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def shared_cache_empty():
    caches["shared"].clear()
    yield
    caches["shared"].clear()


def test_workers_asking_at_once_compute_it_once_and_get_the_same_answer():
    computed = []
    start = threading.Barrier(5)
    answers, errors = [], []

    def compute():
        computed.append(threading.get_ident())
        time.sleep(0.3)  # long enough for every other worker to be asking meanwhile
        return {"ranking": [3, 1, 2], "by": threading.get_ident()}

    def worker():
        try:
            start.wait()
            answers.append(kept_for_all_workers(("test", "ranking", 7), 60, compute))
        except Exception as error:  # reported below, in the test's own thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    assert len(computed) == 1
    assert len(answers) == 5 and all(answer == answers[0] for answer in answers)


def test_kept_until_it_ends_and_computed_afresh_after():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert kept_for_all_workers(("test", "count"), 60, compute) == 1
    assert kept_for_all_workers(("test", "count"), 60, compute) == 1
    caches["shared"].clear()  # what the end of its time does
    assert kept_for_all_workers(("test", "count"), 60, compute) == 2


def test_another_key_is_another_answer():
    assert kept_for_all_workers(("test", "a"), 60, lambda: "a") == "a"
    assert kept_for_all_workers(("test", "b"), 60, lambda: "b") == "b"
    assert kept_for_all_workers(("test", "a"), 60, lambda: "changed") == "a"


def test_nothing_is_kept_with_no_time_to_keep_it():
    calls = []
    for _ in range(2):
        kept_for_all_workers(("test", "afresh"), 0, lambda: calls.append(1))
    assert len(calls) == 2
