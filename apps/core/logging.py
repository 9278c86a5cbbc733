"""Log filters that keep personal data out of the logs."""

import logging
import re

QUERY_STRING = re.compile(r"\?[^\s\"]*")


class DropQueryStrings(logging.Filter):
    """Cut the query string off request lines ("GET /path?code=... HTTP/1.1"): codes,
    numbers and searches travel there."""

    def filter(self, record):
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(
                QUERY_STRING.sub("", arg) if isinstance(arg, str) else arg for arg in record.args
            )
        if isinstance(record.msg, str):
            record.msg = QUERY_STRING.sub("", record.msg)
        return True


class RefusalsOnOneLine(logging.Filter):
    """A 403 or 404 is the portal saying no, as designed (deny by default, 404 outside a
    user's scope): one line each, not the traceback of the exception that said it."""

    def filter(self, record):
        if getattr(record, "status_code", 500) < 500:
            record.exc_info = record.exc_text = None
        return True
