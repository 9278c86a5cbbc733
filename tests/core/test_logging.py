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


def test_a_refusal_is_one_line_in_the_log(client_for, caplog):
    from tests.factories import CentreFactory, make_candidate

    stranger = make_candidate(centre=CentreFactory())
    client = client_for("registration_officer")
    with caplog.at_level(logging.WARNING, logger="django.request"):
        assert client.get(f"/candidates/{stranger.registration_number}/").status_code == 404
        assert client.get("/reports/").status_code == 403
    lines = [r for r in caplog.records if r.name == "django.request"]
    assert [r.getMessage().split()[0] for r in lines] == ["Not", "Forbidden"]
    assert all(r.exc_info is None for r in lines)
    assert "Traceback" not in caplog.text
