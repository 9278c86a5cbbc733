"""Report counts read from the replica when there is one; nothing else does.

The replica here is what settings.py makes of DATABASE_REPLICA_URL in a test run: a
"replica" alias whose TEST MIRROR is "default", that is a second connection to the test
database. The alias is added for the tests of `TestWithAReplica` only (the class-scoped
`replica_alias` fixture, before pytest-django checks the marker's `databases`), so the
rest of the suite runs as a portal without a replica does. Being a second connection,
it sees only what was committed: those tests are transactional, as a real replica sees
only what the primary committed (and streamed).

Which connection ran what is recorded with each connection's execute_wrapper. The
report's counting is the one statement with GROUPING SETS (apps/reports/selectors.py).
"""

import contextlib
import copy
import csv
import io

import pytest
from django.db import DEFAULT_DB_ALIAS, connections, router

from apps.audit.models import AuditEntry
from apps.candidates.models import Candidate
from apps.centres.models import District
from apps.reports.routing import REPLICA, ReportingReplicaRouter, reading_from_replica
from apps.reports.selectors import people_served
from tests.core.test_settings import manage
from tests.factories import DistrictFactory
from tests.reports.test_people_served import CENTRE_A_TOTALS, NOVEMBER
from tests.reports.test_views import CSV_URL, DASHBOARD, monthly_url

ROUTER = "apps.reports.routing.ReportingReplicaRouter"
NOVEMBER_QUERY = {"start": "2026-11-01", "end": "2026-11-30"}
# The people served's statement (the complaints' has GROUPING SETS too, not this).
REPORT_COUNT = "WITH RECURSIVE"


@contextlib.contextmanager
def statements_on(*aliases):
    """{alias: [SQL run on that connection]} for what runs inside the block."""
    seen = {alias: [] for alias in aliases}

    def recorder(alias):
        def record(execute, sql, params, many, context):
            seen[alias].append(sql)
            return execute(sql, params, many, context)

        return record

    with contextlib.ExitStack() as stack:
        for alias in aliases:
            stack.enter_context(connections[alias].execute_wrapper(recorder(alias)))
        yield seen


def touching(statements, table):
    return [sql for sql in statements if f'"{table}"' in sql]


def writes(statements):
    return [
        sql
        for sql in statements
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "TRUNCATE"))
    ]


@pytest.fixture
def router_on(settings):
    """DATABASE_ROUTERS as settings.py sets it with DATABASE_REPLICA_URL."""
    settings.DATABASE_ROUTERS = [ROUTER]


@pytest.fixture(scope="class")
def replica_alias(django_db_setup):
    """The "replica" alias settings.py adds, in its test form (MIRROR of default), for
    one class of tests; removed afterwards."""
    default = connections[DEFAULT_DB_ALIAS].settings_dict  # NAME: the test database
    connections.settings[REPLICA] = {
        **copy.deepcopy(default),
        "TEST": {**default["TEST"], "MIRROR": DEFAULT_DB_ALIAS},
    }
    yield
    connections[REPLICA].close()
    del connections[REPLICA]
    del connections.settings[REPLICA]


@pytest.fixture
def manager(client_for, served):
    return client_for("centre_manager", centre=served.a)


# --- The router on its own ------------------------------------------------------------


def test_the_router_reads_the_replica_only_inside_the_block_and_only_if_it_exists(
    monkeypatch,
):
    replica_router = ReportingReplicaRouter()
    monkeypatch.setitem(connections.settings, REPLICA, {})  # only its name is looked at
    assert replica_router.db_for_read(Candidate) is None
    with reading_from_replica():
        assert replica_router.db_for_read(Candidate) == REPLICA
        with reading_from_replica():
            assert replica_router.db_for_read(Candidate) == REPLICA
        assert replica_router.db_for_read(Candidate) == REPLICA  # the inner block kept it
    assert replica_router.db_for_read(Candidate) is None

    with pytest.raises(ZeroDivisionError), reading_from_replica():
        1 / 0  # noqa: B018
    assert replica_router.db_for_read(Candidate) is None  # reset on the way out

    monkeypatch.delitem(connections.settings, REPLICA)
    with reading_from_replica():
        assert replica_router.db_for_read(Candidate) is None  # no replica: the primary


def test_it_works_as_a_decorator_too(monkeypatch):
    monkeypatch.setitem(connections.settings, REPLICA, {})

    @reading_from_replica()
    def where_candidates_are_read():
        return ReportingReplicaRouter().db_for_read(Candidate)

    assert where_candidates_are_read() == REPLICA
    assert where_candidates_are_read() == REPLICA  # each call enters afresh
    assert ReportingReplicaRouter().db_for_read(Candidate) is None


def test_the_router_never_sends_a_write_to_the_replica(monkeypatch):
    monkeypatch.setitem(connections.settings, REPLICA, {})
    replica_router = ReportingReplicaRouter()
    for model in (Candidate, AuditEntry):
        assert replica_router.db_for_write(model) is None
        with reading_from_replica():
            assert replica_router.db_for_write(model) is None


def test_the_router_refuses_migrations_on_the_replica(settings):
    replica_router = ReportingReplicaRouter()
    assert replica_router.allow_migrate(REPLICA, "candidates", model_name="candidate") is False
    assert replica_router.allow_migrate(REPLICA, "audit") is False
    assert replica_router.allow_migrate(DEFAULT_DB_ALIAS, "candidates") is True
    # As `migrate --database=replica` asks it, through Django's router.
    settings.DATABASE_ROUTERS = [ROUTER]
    assert router.allow_migrate(REPLICA, "candidates", model_name="candidate") is False
    assert router.allow_migrate(DEFAULT_DB_ALIAS, "candidates", model_name="candidate") is True
    assert replica_router.allow_relation(Candidate(), District()) is True


# --- Without a replica -----------------------------------------------------------------


def test_without_a_replica_alias_the_report_counts_on_the_primary(router_on, manager):
    assert REPLICA not in connections
    with statements_on(DEFAULT_DB_ALIAS) as seen:
        response = manager.get(DASHBOARD, NOVEMBER_QUERY)
    assert response.status_code == 200
    assert response.context["report"].totals == CENTRE_A_TOTALS
    assert len([sql for sql in seen[DEFAULT_DB_ALIAS] if REPORT_COUNT in sql]) == 1
    with reading_from_replica():
        assert router.db_for_read(Candidate) == DEFAULT_DB_ALIAS


def test_settings_add_the_replica_and_the_router_only_with_database_replica_url(monkeypatch):
    monkeypatch.delenv("DATABASE_REPLICA_URL", raising=False)
    show = (
        "from django.conf import settings as s; r = s.DATABASES.get('replica'); "
        "d = s.DATABASES['default']; print(repr((sorted(s.DATABASES), s.DATABASE_ROUTERS, "
        "r and (r['NAME'], r['HOST'], r['TEST']['MIRROR'], r['CONN_MAX_AGE'] == "
        "d['CONN_MAX_AGE'], r['CONN_HEALTH_CHECKS']))))"
    )
    key = {"DJANGO_SECRET_KEY": "x" * 60, "DATABASE_CONN_MAX_AGE": "17"}

    without = manage("shell", "-c", show, env_overrides=key)
    assert without.stdout.strip().splitlines()[-1] == "(['default'], [], None)", without.stderr

    with_replica = manage(
        "shell",
        "-c",
        show,
        env_overrides={**key, "DATABASE_REPLICA_URL": "postgres://reader@replica.internal/mrc"},
    )
    assert with_replica.stdout.strip().splitlines()[-1] == repr(
        (["default", "replica"], [ROUTER], ("mrc", "replica.internal", "default", True, True))
    ), with_replica.stderr

    not_postgres = manage(
        "check", env_overrides={**key, "DATABASE_REPLICA_URL": "sqlite:///tmp/replica.sqlite3"}
    )
    assert not_postgres.returncode != 0
    assert "DATABASE_REPLICA_URL must point to PostgreSQL" in not_postgres.stderr


# --- With a replica --------------------------------------------------------------------


@pytest.mark.usefixtures("replica_alias", "router_on")
@pytest.mark.django_db(transaction=True, databases=[DEFAULT_DB_ALIAS, REPLICA])
class TestWithAReplica:
    def test_the_dashboard_counts_on_the_replica_and_shows_the_right_numbers(self, manager):
        with statements_on(DEFAULT_DB_ALIAS, REPLICA) as seen:
            response = manager.get(DASHBOARD, NOVEMBER_QUERY)
        assert response.status_code == 200
        assert response.context["report"].totals == CENTRE_A_TOTALS
        html = response.content.decode()
        for service, people in CENTRE_A_TOTALS.items():
            assert f'data-testid="headline-{service}">{people}<' in html
        district_rows = response.context["report"].breakdowns["district"]
        assert [row.label for row in district_rows] == ["Dee One", "Dee Two", "Dee Three"]

        replica, primary = seen[REPLICA], seen[DEFAULT_DB_ALIAS]
        # The count, and the names of the districts and groups it found, on the replica.
        assert len([sql for sql in replica if REPORT_COUNT in sql]) == 1
        assert touching(replica, "centres_district")
        assert touching(replica, "occupations_occupation")
        assert not [sql for sql in primary if REPORT_COUNT in sql]
        # The logged-in user and their centre (which decides what they may see), and the
        # page around the report, on the primary; the session (read from Redis, written
        # to the primary) never on the replica.
        for table in ("accounts_user", "centres_centre", "auth_group"):
            assert touching(primary, table), table
        for table in ("django_session", "accounts_user", "centres_centre", "auth_group"):
            assert not touching(replica, table), table
        assert not writes(replica)

    def test_the_csv_counts_on_the_replica_and_writes_its_audit_entry_on_the_primary(
        self, manager, served
    ):
        with statements_on(DEFAULT_DB_ALIAS, REPLICA) as seen:
            response = manager.get(CSV_URL, NOVEMBER_QUERY)
        assert response.status_code == 200
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        totals = {
            row[3]: int(row[7])
            for row in rows[1:]
            if row[4] == "total" and row[3] in CENTRE_A_TOTALS
        }
        assert totals == CENTRE_A_TOTALS

        replica, primary = seen[REPLICA], seen[DEFAULT_DB_ALIAS]
        assert len([sql for sql in replica if REPORT_COUNT in sql]) == 1
        assert not [sql for sql in primary if REPORT_COUNT in sql]
        # The complaints are counted on the replica too.
        assert [sql for sql in replica if "WITH filed AS" in sql]
        assert not touching(primary, "complaints_complaint")
        assert [sql for sql in writes(primary) if '"audit_auditentry"' in sql]
        assert not writes(replica)
        assert not touching(replica, "audit_auditentry")
        assert not touching(replica, "django_session")
        entry = AuditEntry.objects.get(access_kind=AuditEntry.AccessKind.REPORT_EXPORT)
        assert entry.actor == manager.user and entry.centre_id == served.a.pk

    def test_the_monthly_page_counts_on_the_replica(self, manager):
        with statements_on(DEFAULT_DB_ALIAS, REPLICA) as seen:
            response = manager.get(monthly_url(2026, 11))
        assert response.status_code == 200
        assert response.context["report"].totals == CENTRE_A_TOTALS
        assert len([sql for sql in seen[REPLICA] if REPORT_COUNT in sql]) == 1
        assert not [sql for sql in seen[DEFAULT_DB_ALIAS] if REPORT_COUNT in sql]
        assert not touching(seen[REPLICA], "django_session")
        assert not touching(seen[REPLICA], "accounts_user")

    def test_outside_the_block_the_count_runs_on_the_primary(self, served):
        with statements_on(DEFAULT_DB_ALIAS, REPLICA) as seen:
            report = people_served(period=NOVEMBER, centre=served.a)
        assert report.totals == CENTRE_A_TOTALS
        assert [sql for sql in seen[DEFAULT_DB_ALIAS] if REPORT_COUNT in sql]
        assert seen[REPLICA] == []

    def test_writes_inside_the_block_still_go_to_the_primary(self, served):
        with statements_on(DEFAULT_DB_ALIAS, REPLICA) as seen, reading_from_replica():
            assert router.db_for_read(Candidate) == REPLICA
            assert router.db_for_write(Candidate) == DEFAULT_DB_ALIAS
            district = DistrictFactory()
            Candidate.objects.filter(pk=served.people[0].pk).update(home_district=district)
        assert district._state.db == DEFAULT_DB_ALIAS
        assert touching(writes(seen[DEFAULT_DB_ALIAS]), "centres_district")
        assert touching(writes(seen[DEFAULT_DB_ALIAS]), "candidates_candidate")
        assert seen[REPLICA] == []
