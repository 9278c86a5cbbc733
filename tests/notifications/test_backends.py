"""Notification backends: each one sends, fails as NotificationFailed, and never writes a
full phone number where a developer or a log would read it."""

import io
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ImproperlyConfigured

from apps.notifications import backends
from apps.notifications.backends import (
    ConsoleBackend,
    EmailBackend,
    FileBackend,
    HttpSmsGatewayBackend,
    MemoryBackend,
    Message,
    NotificationFailed,
    check_backend_configured,
    get_backend,
    mask_email,
    mask_phone,
)

PHONE = "+923001234567"
MESSAGE = Message(
    phone=PHONE,
    email="ahmed@example.com",
    subject="Your legal-counselling appointment",
    body="Ahmed, your appointment is on Monday 7 January 2030 at 10:00.",
    language="en",
)


class CountingBackend:
    """A backend of one's own: no base class, only a name and send()."""

    name = "counting"
    sent: list[Message] = []

    def send(self, message):
        self.sent.append(message)


class NotABackend:
    pass


def test_masking_keeps_only_what_identifies_the_network():
    assert mask_phone(PHONE) == "+92300*****67"
    assert mask_phone("") == ""
    assert mask_phone("12345") == "*****"
    assert mask_email("ahmed@example.com") == "a****@example.com"
    assert mask_email("") == ""


def test_console_backend_writes_the_message_with_the_phone_masked():
    stream = io.StringIO()
    ConsoleBackend(stream=stream).send(MESSAGE)
    written = stream.getvalue()
    assert MESSAGE.body in written
    assert "+92300*****67" in written
    assert PHONE not in written
    assert "ahmed@example.com" not in written


def test_file_backend_writes_one_file_per_message(tmp_path, settings):
    settings.PORTAL_NOTIFICATION_FILE_DIR = tmp_path / "notifications"
    backend = FileBackend()
    backend.send(MESSAGE)
    files = list((tmp_path / "notifications").glob("*.txt"))
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    assert MESSAGE.body in text and "+92300*****67" in text and PHONE not in text
    backend.send(MESSAGE)
    assert len(list((tmp_path / "notifications").glob("*.txt"))) == 2


def test_file_backend_that_cannot_write_fails(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(NotificationFailed):
        FileBackend(directory=blocker / "notifications").send(MESSAGE)


def test_memory_backend_keeps_the_message_in_the_outbox():
    MemoryBackend().send(MESSAGE)
    assert backends.outbox == [MESSAGE]


def test_email_backend_sends_through_django_mail(mailoutbox, settings):
    settings.DEFAULT_FROM_EMAIL = "mrc@example.org"
    backend = EmailBackend()
    backend.send(MESSAGE)
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["ahmed@example.com"]
    assert mailoutbox[0].subject == MESSAGE.subject
    assert mailoutbox[0].body == MESSAGE.body
    assert mailoutbox[0].from_email == "mrc@example.org"
    assert backend.name == "email"


def test_email_backend_without_an_email_fails(mailoutbox):
    with pytest.raises(NotificationFailed, match="no email"):
        EmailBackend().send(Message(PHONE, "", "s", "b", "en"))
    assert mailoutbox == []


def test_email_backend_fails_when_the_mail_server_is_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", _closed_port()
    settings.EMAIL_TIMEOUT = 2
    with pytest.raises(NotificationFailed):
        EmailBackend().send(MESSAGE)


# --- The HTTP SMS gateway, against a server on the loopback interface ----------------


class FakeGateway:
    """A tiny HTTP server on 127.0.0.1 that records each request and answers `status`."""

    def __init__(self, status=200, headers=None):
        self.status = status
        self.headers = headers or {}
        self.requests = []
        self.release = threading.Event()  # set to let a held request finish
        self.hold = False
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                gateway.requests.append(
                    {
                        "path": self.path,
                        "headers": dict(self.headers),
                        "json": json.loads(self.rfile.read(length)),
                    }
                )
                if gateway.hold:
                    gateway.release.wait(10)
                self.send_response(gateway.status)
                for name, value in gateway.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass  # keep test output clean

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/send"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gateway_receives_json_with_the_bearer_token():
    with FakeGateway(status=202) as gateway:
        HttpSmsGatewayBackend(url=gateway.url, token="s3cret", timeout=5).send(MESSAGE)
    [request] = gateway.requests
    assert request["path"] == "/send"
    assert request["json"] == {"to": PHONE, "text": MESSAGE.body}
    assert request["headers"]["Authorization"] == "Bearer s3cret"
    assert request["headers"]["Content-Type"] == "application/json"


def test_gateway_reads_its_settings(settings):
    with FakeGateway() as gateway:
        settings.PORTAL_SMS_GATEWAY_URL = gateway.url
        settings.PORTAL_SMS_GATEWAY_TOKEN = "from-settings"
        settings.PORTAL_NOTIFICATION_BACKEND = "apps.notifications.backends.HttpSmsGatewayBackend"
        backend = get_backend()
        backend.send(MESSAGE)
    assert backend.name == "sms"
    assert gateway.requests[0]["headers"]["Authorization"] == "Bearer from-settings"


@pytest.mark.parametrize("status", [400, 401, 500, 503])
def test_gateway_error_status_fails(status):
    with FakeGateway(status=status) as gateway:
        backend = HttpSmsGatewayBackend(url=gateway.url, token="t", timeout=5)
        with pytest.raises(NotificationFailed, match=str(status)):
            backend.send(MESSAGE)


def test_gateway_redirect_is_not_followed():
    with FakeGateway(status=302, headers={"Location": "http://127.0.0.1:9/elsewhere"}) as gateway:
        backend = HttpSmsGatewayBackend(url=gateway.url, token="t", timeout=5)
        with pytest.raises(NotificationFailed, match="302"):
            backend.send(MESSAGE)
    assert len(gateway.requests) == 1


def test_gateway_that_does_not_answer_in_time_fails():
    with FakeGateway() as gateway:
        gateway.hold = True
        backend = HttpSmsGatewayBackend(url=gateway.url, token="t", timeout=0.3)
        with pytest.raises(NotificationFailed, match="not reached"):
            backend.send(MESSAGE)


def test_gateway_refusing_the_connection_fails():
    backend = HttpSmsGatewayBackend(url=f"http://127.0.0.1:{_closed_port()}/", token="t")
    with pytest.raises(NotificationFailed, match="not reached"):
        backend.send(MESSAGE)


def test_gateway_without_a_phone_fails():
    backend = HttpSmsGatewayBackend(url="https://sms.example.org/send", token="t")
    with pytest.raises(NotificationFailed, match="no phone"):
        backend.send(Message("", "ahmed@example.com", "s", "b", "en"))


@pytest.mark.parametrize(
    "url",
    ["", "http://sms.example.org/send", "file:///etc/passwd", "ftp://127.0.0.1/"],
)
def test_gateway_url_must_be_https_or_this_machine(url, settings):
    settings.PORTAL_SMS_GATEWAY_URL = url
    with pytest.raises(ImproperlyConfigured):
        HttpSmsGatewayBackend()


# --- Choosing the backend ---------------------------------------------------------


def test_get_backend_loads_the_dotted_path(settings):
    settings.PORTAL_NOTIFICATION_BACKEND = "apps.notifications.backends.ConsoleBackend"
    assert isinstance(get_backend(), ConsoleBackend)


def test_a_class_of_ones_own_plugs_in(settings):
    settings.PORTAL_NOTIFICATION_BACKEND = "tests.notifications.test_backends.CountingBackend"
    CountingBackend.sent.clear()
    backend = get_backend()
    backend.send(MESSAGE)
    assert CountingBackend.sent == [MESSAGE]
    assert check_backend_configured() == []


def test_a_class_without_send_is_refused(settings):
    settings.PORTAL_NOTIFICATION_BACKEND = "tests.notifications.test_backends.NotABackend"
    with pytest.raises(ImproperlyConfigured):
        get_backend()
    assert [error.id for error in check_backend_configured()] == ["notifications.E001"]


def test_system_check_reports_a_broken_configuration(settings):
    settings.PORTAL_NOTIFICATION_BACKEND = "apps.notifications.backends.NoSuchBackend"
    assert [error.id for error in check_backend_configured()] == ["notifications.E001"]
    settings.PORTAL_NOTIFICATION_BACKEND = "apps.notifications.backends.HttpSmsGatewayBackend"
    settings.PORTAL_SMS_GATEWAY_URL = ""
    assert [error.id for error in check_backend_configured()] == ["notifications.E001"]
    settings.PORTAL_SMS_GATEWAY_URL = "https://sms.example.org/send"
    assert check_backend_configured() == []


def test_system_check_warns_when_email_goes_nowhere(settings):
    settings.PORTAL_NOTIFICATION_BACKEND = "apps.notifications.backends.EmailBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    assert [error.id for error in check_backend_configured()] == ["notifications.W001"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert check_backend_configured() == []
