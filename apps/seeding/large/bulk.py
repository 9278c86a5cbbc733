"""Writing many rows fast: Postgres COPY from text generated in memory, chunk by chunk.

The rows bypass Model.save() and signals on purpose (no audit entries, no history rows
for made-up data); whatever save() would have computed is computed by the caller.
Primary keys are given by the caller, so rows can point at each other without reading
anything back; `reset_sequence` moves the identity past them afterwards.
"""

import io
import os
import queue
import threading
import time

from django.db import connection

CHUNK_ROWS = 50_000


def text(value: str) -> str:
    """A text value escaped for COPY's text format (backslash, tab, newlines)."""
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    )


def copy_rows(table: str, columns: list[str], rows) -> int:
    """COPY `rows` (iterables of already formatted strings; None for NULL) into `table`.
    Returns how many rows were written.

    The rows are turned into text here while a second thread sends the previous chunk:
    Postgres updates its indexes while Python writes the next rows (two cores, both busy).
    """
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    chunks: queue.Queue = queue.Queue(maxsize=2)
    failures: list[BaseException] = []
    with connection.cursor() as cursor:

        def send():
            while (buffer := chunks.get()) is not None:
                if not failures:
                    try:
                        cursor.copy_expert(sql, buffer)
                    except BaseException as error:  # re-raised in the calling thread
                        failures.append(error)

        sender = threading.Thread(target=send, name=f"copy {table}", daemon=True)
        sender.start()
        count = 0
        try:
            for buffer, in_buffer in _chunks(rows):
                if failures:
                    break
                chunks.put(buffer)
                count += in_buffer
        finally:
            chunks.put(None)
            sender.join()
    if failures:
        raise failures[0]
    return count


def _chunks(rows):
    """(text buffer, number of rows) for every CHUNK_ROWS rows."""
    buffer, in_buffer = io.StringIO(), 0
    for row in rows:
        buffer.write("\t".join("\\N" if v is None else v for v in row))
        buffer.write("\n")
        in_buffer += 1
        if in_buffer == CHUNK_ROWS:
            buffer.seek(0)
            yield buffer, in_buffer
            buffer, in_buffer = io.StringIO(), 0
    if in_buffer:
        buffer.seek(0)
        yield buffer, in_buffer


def next_id(table: str) -> int:
    """The first free primary key of `table`."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")
        return cursor.fetchone()[0]


def reset_sequence(table: str) -> None:
    """Move the identity sequence past the ids given by COPY."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence(%s, 'id'), "
            f"GREATEST((SELECT MAX(id) FROM {table}), 1))",
            [table],
        )


def orphaned_foreign_keys(tables: list[str]) -> list[str]:
    """Every foreign key of `tables` checked at once, set-based (an anti join per key,
    of one column or several, such as a listing's city and country): the ones some row
    breaks, as "table.column -> parent"."""
    broken = []
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text,
                array(
                    SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                    ORDER BY k.n
                ),
                array(
                    SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum
                    ORDER BY k.n
                )
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY(%s)
            """,
            [tables],
        )
        for table, parent, columns, parent_columns in cursor.fetchall():
            # As the database checks them (MATCH SIMPLE): a key with a null is not checked.
            filled = " AND ".join(f"t.{column} IS NOT NULL" for column in columns)
            same = " AND ".join(
                f"p.{parent_column} = t.{column}"
                for column, parent_column in zip(columns, parent_columns, strict=True)
            )
            cursor.execute(
                f"SELECT EXISTS (SELECT 1 FROM {table} t WHERE {filled} AND "
                f"NOT EXISTS (SELECT 1 FROM {parent} p WHERE {same}))"
            )
            if cursor.fetchone()[0]:
                broken.append(f"{table}.{'+'.join(columns)} -> {parent}")
    return broken


def timestamp(moment) -> str:
    return moment.isoformat(sep=" ")


def flag(value: bool) -> str:
    return "t" if value else "f"


def _backend_cpu_path() -> str | None:
    """/proc/<pid>/stat of this connection's Postgres backend, when the database runs
    on this machine and we may read it (for the CPU column of the progress lines)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        path = f"/proc/{cursor.fetchone()[0]}/stat"
    return path if os.access(path, os.R_OK) else None


def _cpu_seconds(stat_path: str | None) -> float:
    if stat_path is None:
        return 0.0
    try:
        with open(stat_path) as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Phases:
    """Prints each phase as it ends: wall time, then the CPU time of this process and of
    the Postgres backend (on a busy machine the wall time says little), and the totals."""

    def __init__(self, write):
        self.write = write
        self.backend = _backend_cpu_path()
        self.started = self.last = time.monotonic()
        self.cpu_started = self.cpu_last = (time.process_time(), _cpu_seconds(self.backend))
        self.timings: list[tuple[str, float]] = []

    def done(self, name: str, detail: str = "") -> None:
        now = time.monotonic()
        cpu = (time.process_time(), _cpu_seconds(self.backend))
        seconds = now - self.last
        python, postgres = (cpu[0] - self.cpu_last[0], cpu[1] - self.cpu_last[1])
        self.last, self.cpu_last = now, cpu
        self.timings.append((name, seconds))
        self.write(
            f"  {name:<32} {seconds:7.1f} s  (CPU python {python:5.1f} s, "
            f"postgres {postgres:5.1f} s)  {detail}"
        )

    def total(self) -> float:
        return time.monotonic() - self.started

    def summary(self) -> str:
        python = time.process_time() - self.cpu_started[0]
        postgres = _cpu_seconds(self.backend) - self.cpu_started[1]
        return (
            f"  {'Total':<32} {self.total():7.1f} s  (CPU python {python:5.1f} s, "
            f"postgres {postgres:5.1f} s)"
        )
