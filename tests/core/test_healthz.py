"""/healthz: the load balancer's and the benchmark's bare view."""

import pytest

pytestmark = pytest.mark.django_db


def test_it_answers_ok_in_plain_text_without_touching_the_database(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies  # no session, no CSRF cookie


def test_a_logged_in_user_gets_the_same(client_for):
    response = client_for("registration_officer").get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_it_only_answers_get_and_head(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405
