"""The small interface `Storage` writes its SQL against, and its SQLite implementation.

`Storage` (store.py) owns every statement; a backend only runs them. Both backends offer the same five calls:
`transaction()` (all or nothing; inside it `execute`, `executemany`, `all`, `one` see the transaction's own
writes, and `lock_chat` serialises writers of one chat), and `all`/`one` outside a transaction, which read only
committed data. The PostgreSQL twin is storage/postgres.py; it is imported only when `DATABASE_URL` asks for it,
so the default bot process never loads asyncpg.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import aiosqlite

from storage import db

# A row: aiosqlite.Row or asyncpg.Record. Both answer row["column"], row[0] and dict(row).
Row = Mapping[str, Any]


@dataclass(slots=True, frozen=True)
class Done:
    """What a write statement reports: the rows it changed. (No `lastrowid`: use `INSERT … RETURNING id`.)"""

    rowcount: int


def is_postgres_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(("postgresql://", "postgres://"))


class StorageUnavailable(RuntimeError):
    """The database named by DATABASE_URL cannot be used: the message says why, in words an operator acts on."""


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        parts = urlsplit(url)
        if parts.password:
            netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
            return parts._replace(netloc=netloc).geturl()
    except ValueError:
        pass
    return url


def check_url(url: str) -> None:
    """Refuse a DATABASE_URL that cannot name a PostgreSQL database, before trying to connect."""
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a port that is not a number or out of range
    except ValueError as exc:
        raise StorageUnavailable(f"DATABASE_URL is malformed ({exc}): expected "
                                 "postgresql://user:password@host:port/database") from exc
    if parts.scheme not in ("postgresql", "postgres"):
        raise StorageUnavailable(f"DATABASE_URL must start with postgresql://, got {redacted(url)!r}")
    if not parts.hostname or not parts.path.strip("/"):
        raise StorageUnavailable(f"DATABASE_URL {redacted(url)!r} lacks a host or a database name: expected "
                                 "postgresql://user:password@host:port/database")
    del port


class Tx(Protocol):
    """A transaction in progress: every statement sees the writes made before it in the same transaction."""

    dialect: str

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> Done: ...

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    async def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

    async def one(self, sql: str, params: Sequence[Any] = ()) -> Any | None: ...

    async def lock_chat(self, chat_id: int) -> None:
        """Hold the chat's write lock until the transaction ends: another writer of the chat waits for it."""


class Backend(Protocol):
    dialect: str

    def transaction(self) -> AbstractAsyncContextManager[Tx]: ...

    async def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

    async def one(self, sql: str, params: Sequence[Any] = ()) -> Any | None: ...

    async def close(self) -> None: ...


class SqliteTx:
    """The writer connection inside `BEGIN IMMEDIATE`: SQLite's one database-wide write lock is already held."""

    dialect = "sqlite"

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> Done:
        async with self.conn.execute(sql, params) as cur:
            return Done(cur.rowcount)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        await self.conn.executemany(sql, rows)

    async def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(await self.conn.execute_fetchall(sql, params))

    async def one(self, sql: str, params: Sequence[Any] = ()) -> Any | None:
        return next(iter(await self.conn.execute_fetchall(sql, params)), None)

    async def lock_chat(self, chat_id: int) -> None:
        """Nothing to do: one process, one writer connection, and BEGIN IMMEDIATE locks the whole file."""


class SqliteBackend:
    """One SQLite file: writes one at a time through one connection, reads through a second one.

    In WAL mode the read connection sees only committed data, never the half of a write transaction that is
    open on the writer at that moment (and may still be rolled back).
    """

    dialect = "sqlite"

    def __init__(self, conn: aiosqlite.Connection, reader: aiosqlite.Connection | None = None) -> None:
        self.conn = conn
        self.reader = reader or conn
        self.write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str | Path) -> SqliteBackend:
        conn = await db.connect(path)
        if str(path) == ":memory:":  # a private database of one connection: nothing else could read it
            return cls(conn)
        try:
            reader = await db.connect_reader(path)
        except BaseException:
            await conn.close()
            raise
        return cls(conn, reader)

    async def close(self) -> None:
        if self.reader is not self.conn:
            await self.reader.close()
        await self.conn.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Tx]:
        """One writer at a time on the shared connection, all or nothing."""
        async with self.write_lock:
            # BEGIN and COMMIT run in aiosqlite's thread even when the awaiting task is cancelled (a shutdown
            # cancels tasks mid-write): wait for them before looking at the state, and never leave the shared
            # connection inside a transaction, or every later write of the process would fail.
            step = asyncio.ensure_future(self.conn.execute("BEGIN IMMEDIATE"))
            try:
                await asyncio.shield(step)
                yield SqliteTx(self.conn)
                step = asyncio.ensure_future(self.conn.commit())
                await asyncio.shield(step)
            except BaseException:
                await asyncio.wait([step])
                if self.conn.in_transaction:
                    await asyncio.shield(self.conn.rollback())
                raise

    async def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Executed and fetched in one call into aiosqlite's thread: a cursor left open across an await would
        keep the read connection's snapshot open for every other query interleaved meanwhile, and those would
        not see rows committed since (a load test found articles just stored "missing")."""
        return list(await self.reader.execute_fetchall(sql, params))

    async def one(self, sql: str, params: Sequence[Any] = ()) -> Any | None:
        return next(iter(await self.reader.execute_fetchall(sql, params)), None)
