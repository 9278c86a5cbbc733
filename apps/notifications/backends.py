"""How the portal reaches a person: one Message, sent through the backend that the
setting PORTAL_NOTIFICATION_BACKEND names.

A backend is any class with a `name` (kept with each notice sent: "sms", "email"...)
and a `send(message)` that raises NotificationFailed when the message did not go out.
Development uses the console or file backend, tests the memory backend, production
the SMS gateway or email backend, or a class of its own.

Nothing here writes a full phone number or email address to a log or a development
file: recipients are masked.
"""

import datetime
import http.client
import json
import logging
import smtplib
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from django.conf import settings
from django.core import checks, mail
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Message:
    """One message to one person: their phone (E.164) and email, either may be ""."""

    phone: str
    email: str
    subject: str
    body: str
    language: str


class NotificationFailed(Exception):
    """The message did not go out. Its text says why (a status, an error type), never who."""


@runtime_checkable
class NotificationBackend(Protocol):
    """What a backend offers; any class with these two members plugs in."""

    name: str

    def send(self, message: Message) -> None: ...


def mask_phone(phone: str) -> str:
    """'+923001234567' -> '+92300*****67': the country and network code and the last two."""
    if len(phone) <= 8:
        return "*" * len(phone)
    return phone[:6] + "*" * (len(phone) - 8) + phone[-2:]


def mask_email(email: str) -> str:
    """'ahmed@example.com' -> 'a****@example.com'."""
    local, at, domain = email.partition("@")
    if not at:
        return "*" * len(email)
    return local[:1] + "*" * max(len(local) - 1, 1) + "@" + domain


def _as_text(message: Message) -> str:
    """The message as a developer reads it, recipients masked."""
    return (
        f"To: {mask_phone(message.phone) or '-'} / {mask_email(message.email) or '-'}\n"
        f"Language: {message.language}\n"
        f"Subject: {message.subject}\n"
        f"\n{message.body}\n"
    )


class ConsoleBackend:
    """Development: writes each message to a stream (standard output)."""

    name = "console"
    # Messages from several threads (runserver) must not interleave.
    _lock = threading.Lock()

    def __init__(self, stream=None):
        self.stream = stream

    def send(self, message: Message) -> None:
        stream = self.stream or sys.stdout
        with self._lock:
            stream.write(f"----- notification -----\n{_as_text(message)}------------------------\n")
            stream.flush()


class FileBackend:
    """Development: one .txt file per message in PORTAL_NOTIFICATION_FILE_DIR."""

    name = "file"

    def __init__(self, directory=None):
        self.directory = Path(directory or settings.PORTAL_NOTIFICATION_FILE_DIR)

    def send(self, message: Message) -> None:
        stamp = timezone.now().astimezone(datetime.UTC).strftime("%Y%m%d-%H%M%S")
        path = self.directory / f"{stamp}-{uuid.uuid4().hex[:12]}.txt"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            path.write_text(_as_text(message), encoding="utf-8")
        except OSError as error:
            raise NotificationFailed(f"cannot write the file ({type(error).__name__})") from error


# Every message the memory backend was given, oldest first; tests empty it.
outbox: list[Message] = []


class MemoryBackend:
    """Tests: keeps each message in the module's `outbox` list."""

    name = "memory"

    def send(self, message: Message) -> None:
        outbox.append(message)


class EmailBackend:
    """Sends through Django's mail API (EMAIL_* settings) when the person gave an email."""

    name = "email"

    def send(self, message: Message) -> None:
        if not message.email:
            raise NotificationFailed("no email")
        try:
            mail.send_mail(message.subject, message.body, None, [message.email])
        except (smtplib.SMTPException, OSError) as error:
            raise NotificationFailed(f"mail not sent ({type(error).__name__})") from error


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    # Following a redirect would carry the bearer token (and the message) to wherever
    # the gateway points; a redirect is an answer we do not accept.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}


class HttpSmsGatewayBackend:
    """Production SMS: POSTs {"to": phone, "text": body} as JSON to PORTAL_SMS_GATEWAY_URL
    with "Authorization: Bearer PORTAL_SMS_GATEWAY_TOKEN"; any answer but 2xx fails."""

    name = "sms"

    def __init__(self, url=None, token=None, timeout=None):
        self.url = url or settings.PORTAL_SMS_GATEWAY_URL
        self.token = settings.PORTAL_SMS_GATEWAY_TOKEN if token is None else token
        self.timeout = timeout or settings.PORTAL_SMS_GATEWAY_TIMEOUT
        if not self.url:
            raise ImproperlyConfigured("PORTAL_SMS_GATEWAY_URL is not set.")
        parts = urllib.parse.urlsplit(self.url)
        # The token travels in clear over plain HTTP: only to a gateway on this machine.
        if parts.scheme != "https" and not (
            parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS
        ):
            raise ImproperlyConfigured(
                "PORTAL_SMS_GATEWAY_URL must be https:// (http:// only to this machine)."
            )
        self._opener = urllib.request.build_opener(_RefuseRedirects)

    def send(self, message: Message) -> None:
        if not message.phone:
            raise NotificationFailed("no phone")
        request = urllib.request.Request(
            self.url,
            data=json.dumps({"to": message.phone, "text": message.body}).encode(),
            method="POST",
            headers={
                "Content-Type": "application/json",
                "Accept": "application/json",
                "Authorization": f"Bearer {self.token}",
            },
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            error.close()
            raise NotificationFailed(f"gateway answered HTTP {error.code}") from error
        # Refused, timed out, unknown host, or an answer that is not HTTP.
        except (OSError, http.client.HTTPException) as error:
            raise NotificationFailed(f"gateway not reached ({type(error).__name__})") from error
        if not 200 <= status < 300:
            raise NotificationFailed(f"gateway answered HTTP {status}")


def get_backend() -> NotificationBackend:
    """A new instance of the backend named by PORTAL_NOTIFICATION_BACKEND."""
    backend = import_string(settings.PORTAL_NOTIFICATION_BACKEND)()
    if not isinstance(backend, NotificationBackend):
        raise ImproperlyConfigured(
            f"{settings.PORTAL_NOTIFICATION_BACKEND} needs a `name` and a `send(message)`."
        )
    return backend


def check_backend_configured(app_configs=None, **kwargs):
    """System check: the notification backend loads, with the settings it needs, so a
    misconfigured server says so at start rather than when the first person books."""
    try:
        backend = get_backend()
    except (ImportError, ImproperlyConfigured, TypeError) as error:
        return [
            checks.Error(
                f"The notification backend cannot be used: {error}",
                hint="Check PORTAL_NOTIFICATION_BACKEND and the settings it reads.",
                id="notifications.E001",
            )
        ]
    if isinstance(backend, EmailBackend) and settings.EMAIL_BACKEND.endswith(
        ("console.EmailBackend", "locmem.EmailBackend", "dummy.EmailBackend")
    ):
        return [
            checks.Warning(
                "Notifications go by email, but email is not sent anywhere.",
                hint="Set DJANGO_EMAIL_URL (for example smtp+tls://user:password@host:587).",
                id="notifications.W001",
            )
        ]
    return []
