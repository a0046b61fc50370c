"""Fixtures shared by every test package: the database under test, SQLite or a real PostgreSQL.

`database` is parametrised: every test that takes it (or `storage`, built on it) runs once on a SQLite file and
once on a fresh database of a PostgreSQL server the tests start themselves (tests/pgserver.py). Where no server
can be had, the PostgreSQL runs are skipped with the reason, which `-rs` (pyproject) prints in the summary.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from storage import Storage
from tests.pgserver import PgServer, Unavailable

BACKENDS = ["sqlite", "postgres"]
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the whole run (each test gets its own database on it)."""
    try:
        server = PgServer()
    except Unavailable as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
async def pg_database(pg_server: PgServer) -> str:
    """The URL of a new, empty PostgreSQL database."""
    return await pg_server.new_database(f"test_{next(_names)}")


@pytest.fixture(params=BACKENDS)
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a Storage lives: a SQLite file's path, or a postgresql:// URL. Open it again to 'restart'."""
    if request.param == "sqlite":
        return tmp_path / "bot.sqlite3"
    return await request.getfixturevalue("pg_server").new_database(f"test_{next(_names)}")


@pytest.fixture
async def storage(database: str | Path) -> AsyncIterator[Storage]:
    store = await Storage.open(database)
    yield store
    await store.close()
