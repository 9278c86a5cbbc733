"""Report counts read from a replica of the database, when there is one.

Registration must not wait behind a report that counts a year of a country's services,
and a report may be a few seconds behind. A model-based router cannot tell a report's
read of `Candidate` from the desk's, so the report views mark their counting with
`reading_from_replica()` and the router follows that mark. Everything else (the
session, the user, the report's own audit entry, anything a request reads back after
writing it) stays on the primary. settings.py turns the router on with
DATABASE_REPLICA_URL (docs/deployment.md, "Read replicas for reporting").
"""

import contextlib
import contextvars

from django.db import DEFAULT_DB_ALIAS, connections

# The alias settings.py gives the replica.
REPLICA = "replica"

# A context variable, not a thread-local: right under ASGI too, where one thread serves
# many requests at once.
_reading_from_replica = contextvars.ContextVar("reading_from_replica", default=False)


@contextlib.contextmanager
def reading_from_replica():
    """Reads inside go to the replica (a few seconds behind the primary) if there is
    one; writes still go to the primary. Also usable as a decorator."""
    token = _reading_from_replica.set(True)
    try:
        yield
    finally:
        _reading_from_replica.reset(token)


class ReportingReplicaRouter:
    """Sends reads made inside `reading_from_replica()` to the replica, and nothing else."""

    def db_for_read(self, model, **hints):
        if _reading_from_replica.get() and REPLICA in connections:
            return REPLICA
        return None  # the primary (or whatever the next router says)

    def db_for_write(self, model, **hints):
        return None  # writes always go to the primary: a replica is read-only

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same rows on either database

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica receives the primary's schema through replication.
        return db == DEFAULT_DB_ALIAS
