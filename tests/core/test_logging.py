"""Access-log lines keep the path and lose the query string (codes, numbers, searches)."""

import logging

from apps.core.logging import DropQueryStrings


def test_the_request_line_loses_its_query_string():
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /orientation/verify/?code=ABCDEFGHJKMN HTTP/1.1", "200", "512"),
        None,
    )
    assert DropQueryStrings().filter(record) is True
    assert record.getMessage() == '"GET /orientation/verify/ HTTP/1.1" 200 512'


def test_a_line_without_arguments_is_cleaned_too():
    record = logging.LogRecord(
        "django.server", logging.INFO, __file__, 1, "GET /jobs/?q=cook done", None, None
    )
    DropQueryStrings().filter(record)
    assert record.getMessage() == "GET /jobs/ done"
