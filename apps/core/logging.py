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
