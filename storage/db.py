"""The SQLite connection: pragmas and numbered migrations.

Migrations are the files `migrations/NNN_name.sql`, applied in order inside one transaction each, and
`PRAGMA user_version` records the last one applied, so any older database file is brought up to date at start.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import aiosqlite

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")


def migrations(dialect: str = "sqlite") -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every bundled migration of the dialect, in order.

    SQLite's files are `migrations/NNN_name.sql`; PostgreSQL's twins, with the same numbers and names, are
    `migrations/postgres/NNN_name.sql` (storage/postgres.py refuses to start when one is missing).
    """
    folder = resources.files("storage.migrations")
    if dialect == "postgres":
        folder = folder.joinpath("postgres")
    elif dialect != "sqlite":
        raise ValueError(f"unknown dialect {dialect!r}")
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{dialect} migrations must be numbered 001, 002, … without gaps; found {versions}")
    return found


def latest_version() -> int:
    return len(migrations())


async def connect(path: str | Path, *, upto: int | None = None) -> aiosqlite.Connection:
    """Open the database file (creating its folder), set the pragmas and migrate it to `upto` (default: latest).

    `upto` exists for tests that build a database as an older release left it.
    """
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = await aiosqlite.connect(path, isolation_level=None)
    conn.row_factory = aiosqlite.Row
    try:
        await conn.execute("PRAGMA busy_timeout = 30000")  # several processes may share the file (webhook mode)
        # Switching a new file to WAL takes it whole for a moment: instances starting together take turns.
        for attempt in range(50):
            try:
                await conn.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 49:
                    raise
                await asyncio.sleep(0.1)
        await conn.execute("PRAGMA foreign_keys = ON")
        await conn.execute("PRAGMA synchronous = NORMAL")
        if str(path) == ":memory:":
            await migrate(conn, upto=upto)
        else:
            async with _migration_lock(path):
                await migrate(conn, upto=upto)
    except BaseException:
        await conn.close()
        raise
    return conn


@asynccontextmanager
async def _migration_lock(path: Path) -> AsyncIterator[None]:
    """Instances started at the same moment on one database file: one migrates, the others wait for it and
    then find the schema up to date (the version is read again under the lock)."""
    import fcntl

    lock_path = path.with_name(path.name + ".migrate-lock")
    with await asyncio.to_thread(lock_path.open, "a+b") as handle:
        await asyncio.to_thread(fcntl.flock, handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


async def connect_reader(path: str | Path) -> aiosqlite.Connection:
    """A second connection to a database `connect` opened, for reads only.

    In WAL mode each of its statements sees the last committed state, so no read can observe a write
    transaction that is still open on the writer's connection (and may be rolled back).
    """
    conn = await aiosqlite.connect(Path(path), isolation_level=None)
    conn.row_factory = aiosqlite.Row
    try:
        await conn.execute("PRAGMA busy_timeout = 30000")
        await conn.execute("PRAGMA query_only = ON")
    except BaseException:
        await conn.close()
        raise
    return conn


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def migrate(conn: aiosqlite.Connection, *, upto: int | None = None) -> int:
    current = await schema_version(conn)
    target = latest_version() if upto is None else upto
    if current > latest_version():
        raise RuntimeError(
            f"the database is at schema version {current}, newer than this program knows ({latest_version()})"
        )
    for version, name, sql in migrations():
        if version <= current or version > target:
            continue
        log.info("applying migration %s", name)
        # executescript commits on its own; wrap the file and the version bump in one explicit transaction.
        try:
            await conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;")
        except Exception:
            if conn.in_transaction:
                await conn.rollback()
            raise
    return await schema_version(conn)
