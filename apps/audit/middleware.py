from contextlib import contextmanager
from contextvars import ContextVar

from auditlog.context import set_actor
from auditlog.middleware import AuditlogMiddleware

# django-auditlog's own context variable outlives the request it was set for (it only
# disconnects its signal), so the user of the request being served is kept here too.
_request_user = ContextVar("audit_request_user", default=None)


def acting_user():
    """The logged-in user of the request being served, if any."""
    return _request_user.get()


class AuditMiddleware(AuditlogMiddleware):
    """Names the logged-in user as the actor of every audit entry the request writes."""

    def __call__(self, request):
        token = _request_user.set(self._get_actor(request))
        try:
            return super().__call__(request)
        finally:
            _request_user.reset(token)


@contextmanager
def acting_as(user):
    """Outside a request (a command, a shell, a test): name `user` as the actor of the
    entries written inside the block, as the middleware does for a request."""
    token = _request_user.set(user)
    try:
        with set_actor(user):
            yield
    finally:
        _request_user.reset(token)
