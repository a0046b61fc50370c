"""PostgreSQL behind the same interface as SQLite (storage/backend.py), for several bot instances on one database.

Imported only when `DATABASE_URL` is set, so the default bot process never loads asyncpg.

- Statements: store.py writes SQLite's SQL. `to_postgres` is the one place where it becomes PostgreSQL's:
  `?` placeholders become `$1, $2, …`, and the few functions named differently are renamed (`_FUNCTIONS`:
  `group_concat` → `string_agg`, `instr` → `strpos`). Everything else store.py uses is common to both
  (`ON CONFLICT`, `RETURNING`, `excluded.`); a statement that truly differs is written twice in store.py,
  chosen by `dialect`.
- Migrations: `migrations/postgres/NNN_name.sql`, the twins of SQLite's files (same numbers, same names), recorded
  in `schema_migrations`. Instances starting at the same moment take a session advisory lock first: one applies,
  the others wait for it and then find nothing left to do.
- Concurrency: every write is a transaction on a pooled connection (READ COMMITTED). `lock_chat` takes a
  transaction-scoped advisory lock on the chat id, which orders writers of the same chat across processes the
  way SQLite's single writer does within one (an article is stored once, an analysis saved once, a digest's
  period never misses an analysis committed late). Uniqueness is kept by the schema's unique constraints.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any

import asyncpg

from storage import db
from storage.backend import Done, StorageUnavailable, Tx, check_url, redacted

# Key of the advisory lock held while migrating: the two-int form, whose key space never meets the one-bigint
# form used for chats (`lock_chat`), so no chat id can collide with it.
MIGRATION_LOCK = (0x71756F74, 1)  # 'quot', 1

CONNECT_TIMEOUT = 10.0
CLOSE_TIMEOUT = 5.0
_POOL_SIZE = (1, 10)


# SQLite's functions under PostgreSQL's names, same arguments in the same order, same results.
_FUNCTIONS = {
    "group_concat": "string_agg",  # (value, separator): store.py always gives the separator
    "instr": "strpos",  # (text, part): 1-based position, 0 when absent
}


@lru_cache(maxsize=1024)
def to_postgres(sql: str) -> str:
    """SQLite's statement in PostgreSQL's words: `?` → `$n` (outside quotes) and the functions of `_FUNCTIONS`."""
    out: list[str] = []
    number = 0
    quote: str | None = None
    for char in sql:
        if quote:
            if char == quote:
                quote = None
        elif char in ("'", '"'):
            quote = char
        elif char == "?":
            number += 1
            out.append(f"${number}")
            continue
        out.append(char)
    translated = "".join(out)
    for sqlite_name, postgres_name in _FUNCTIONS.items():
        translated = re.sub(rf"\b{sqlite_name}\(", f"{postgres_name}(", translated, flags=re.IGNORECASE)
    return translated


def _rowcount(status: str) -> int:
    """'UPDATE 3', 'DELETE 0', 'INSERT 0 1' → the number of rows."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class PostgresTx:
    dialect = "postgres"

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> Done:
        return Done(_rowcount(await self.conn.execute(to_postgres(sql), *params)))

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            await self.conn.executemany(to_postgres(sql), rows)

    async def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(await self.conn.fetch(to_postgres(sql), *params))

    async def one(self, sql: str, params: Sequence[Any] = ()) -> Any | None:
        return await self.conn.fetchrow(to_postgres(sql), *params)

    async def lock_chat(self, chat_id: int) -> None:
        await self.conn.execute("SELECT pg_advisory_xact_lock($1::bigint)", chat_id)


class PostgresBackend:
    dialect = "postgres"

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    @classmethod
    async def open(cls, url: str, *, upto: int | None = None) -> PostgresBackend:
        """Connect (a pool), migrate under the advisory lock, and say clearly what is wrong when it fails."""
        check_url(url)
        try:
            pool = await asyncpg.create_pool(
                url, min_size=_POOL_SIZE[0], max_size=_POOL_SIZE[1], timeout=CONNECT_TIMEOUT,
                server_settings={"application_name": "quotebot"})
        except (OSError, TimeoutError) as exc:
            raise StorageUnavailable(f"cannot reach the PostgreSQL server of DATABASE_URL {redacted(url)!r}: "
                                     f"{exc or type(exc).__name__}") from exc
        except (asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
            raise StorageUnavailable(f"PostgreSQL refused DATABASE_URL {redacted(url)!r}: {exc}") from exc
        try:
            await migrate(pool, upto=upto)
        except BaseException:
            await pool.close()
            raise
        return cls(pool)

    async def close(self) -> None:
        """Close the pool; a connection still held after a few seconds (a task stuck at shutdown) is cut, so
        closing never hangs the bot's exit."""
        try:
            await asyncio.wait_for(self.pool.close(), CLOSE_TIMEOUT)
        except TimeoutError:
            self.pool.terminate()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Tx]:
        """A pooled connection inside a transaction; a cancelled or failed body rolls back (asyncpg's own)."""
        async with self.pool.acquire() as conn, conn.transaction():
            yield PostgresTx(conn)

    async def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(await self.pool.fetch(to_postgres(sql), *params))

    async def one(self, sql: str, params: Sequence[Any] = ()) -> Any | None:
        return await self.pool.fetchrow(to_postgres(sql), *params)


def migrations() -> list[tuple[int, str, str]]:
    """PostgreSQL's migrations, checked to be the exact twins of SQLite's (same numbers, same names)."""
    sqlite_names = [name for _, name, _ in db.migrations("sqlite")]
    found = db.migrations("postgres")
    names = [name for _, name, _ in found]
    if names != sqlite_names:
        missing = sorted(set(sqlite_names) - set(names))
        extra = sorted(set(names) - set(sqlite_names))
        raise RuntimeError("storage/migrations/postgres/ must hold a twin of every SQLite migration, same number "
                           f"and name: missing {missing}, unexpected {extra}")
    return found


async def schema_version(conn: asyncpg.Connection) -> int:
    exists = await conn.fetchval("SELECT to_regclass('schema_migrations') IS NOT NULL")
    if not exists:
        return 0
    return int(await conn.fetchval("SELECT coalesce(max(version), 0) FROM schema_migrations"))


async def migrate(pool: asyncpg.Pool, *, upto: int | None = None) -> int:
    """Apply what is missing, each file in its own transaction, while holding the migration lock.

    The lock is a session lock on one pooled connection: a second instance blocks in `pg_advisory_lock` until
    the first has committed every file, then reads the new version and applies nothing. A crashed instance's
    lock goes with its session.
    """
    files = migrations()
    latest = len(files)
    target = latest if upto is None else upto
    async with pool.acquire() as conn:
        await conn.execute("SELECT pg_advisory_lock($1, $2)", *MIGRATION_LOCK)
        try:
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            current = await schema_version(conn)
            if current > latest:
                raise RuntimeError(
                    f"the database is at schema version {current}, newer than this program knows ({latest})")
            for version, name, sql in files:
                if version <= current or version > target:
                    continue
                async with conn.transaction():
                    await conn.execute(sql)
                    await conn.execute("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                                       version, name)
            return await schema_version(conn)
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1, $2)", *MIGRATION_LOCK)
