"""PostgreSQL's own side: migration twins, start-up of several instances at once, writes racing across
instances, the schema kept in step with SQLite's, and clear errors for a bad DATABASE_URL."""

from __future__ import annotations

import asyncio
from pathlib import Path

import asyncpg
import pytest

from analysis.model import Actor, Analysis, Quote
from storage import ArticleSource, Storage, db
from storage.backend import StorageUnavailable, check_url, redacted
from storage.postgres import migrations, to_postgres
from tests.pgserver import PgServer, free_port

ANALYSIS = Analysis(
    summary="Президент выступил.",
    actors=[Actor("Владимир Путин", "PER", 3, ["Путин"])],
    quotes=[Quote("Владимир Путин", "PER", "direct", "Мы никогда не забудем", "сказал", 10, 31)],
)


def test_every_sqlite_migration_has_a_postgres_twin_of_the_same_number_and_name() -> None:
    assert [name for _, name, _ in migrations()] == [name for _, name, _ in db.migrations("sqlite")]


def test_placeholders_are_numbered_outside_quotes_only() -> None:
    assert to_postgres("SELECT ? , '?' , \"a?\" , ? FROM t WHERE x IN (?,?)") == \
        "SELECT $1 , '?' , \"a?\" , $2 FROM t WHERE x IN ($3,$4)"
    assert to_postgres("SELECT group_concat(alias, ',') FROM x") == "SELECT string_agg(alias, ',') FROM x"
    assert to_postgres("SELECT substr(l, instr(l, ' ')) FROM x") == "SELECT substr(l, strpos(l, ' ')) FROM x"


@pytest.mark.parametrize("url", ["mysql://u@h/db", "postgresql://u@:5432/db", "postgresql://u@host:notaport/db",
                                 "postgresql://u@host:5432/", "sqlite:///data/bot.sqlite3"])
def test_a_malformed_url_is_refused_before_connecting(url: str) -> None:
    with pytest.raises(StorageUnavailable, match="DATABASE_URL"):
        check_url(url)


def test_the_password_never_appears_in_messages() -> None:
    assert redacted("postgresql://bot:s3cret@db:5432/quotes") == "postgresql://bot:***@db:5432/quotes"


async def test_an_unreachable_server_is_a_clear_error() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(StorageUnavailable, match=rf"cannot reach .*127\.0\.0\.1:{port}") as err:
        await Storage.open(f"postgresql://bot:s3cret@127.0.0.1:{port}/quotes")
    assert "s3cret" not in str(err.value)


async def test_a_missing_database_is_a_clear_error(pg_server: PgServer) -> None:
    with pytest.raises(StorageUnavailable, match=r"refused.*does not exist"):
        await Storage.open(pg_server.url("no_such_database"))


async def test_instances_starting_together_migrate_once(pg_database: str) -> None:
    """Five instances start at the same moment on an empty database: one applies, the others wait and use it."""
    stores = await asyncio.gather(*(Storage.open(pg_database) for _ in range(5)))
    try:
        rows = await stores[0]._all("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [(r["version"], r["name"]) for r in rows] == [(v, n) for v, n, _ in migrations()]
        await stores[1].ensure_chat(1)
        assert (await stores[4].add_article(1, "статья после миграции"))[1]
    finally:
        await asyncio.gather(*(s.close() for s in stores))


@pytest.mark.parametrize("old_version", range(0, db.latest_version()))
async def test_upgrades_from_every_older_version_keeping_data(pg_database: str, old_version: int) -> None:
    from storage.postgres import PostgresBackend

    old = await PostgresBackend.open(pg_database, upto=old_version)
    if old_version >= 1:
        async with old.transaction() as conn:
            await conn.execute("INSERT INTO chats (id, type, created_at) VALUES (5, 'private', '2026-01-01')")
            await conn.execute("INSERT INTO articles (chat_id, text, content_hash, received_at) "
                               "VALUES (5, 'старый текст', 'h', '2026-01-01T00:00:00+00:00')")
    await old.close()
    store = await Storage.open(pg_database)
    try:
        row = await store._one("SELECT max(version) FROM schema_migrations")
        assert row[0] == db.latest_version()
        if old_version >= 1:
            [article] = [a for a in await store.unfinished_articles() if a.chat_id == 5]
            assert article.text == "старый текст"
            await store.subscribe(5, "Europe/Moscow", "09:00")
            assert await store.get_subscription(5) is not None
    finally:
        await store.close()


async def test_refuses_a_database_newer_than_the_code(pg_database: str) -> None:
    store = await Storage.open(pg_database)
    async with store._transaction() as conn:
        await conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, 'from_the_future.sql')",
                           (db.latest_version() + 1,))
    await store.close()
    with pytest.raises(RuntimeError, match="newer"):
        await Storage.open(pg_database)


async def test_the_schema_matches_sqlites(pg_database: str, tmp_path: Path) -> None:
    """Same tables and columns on both; Telegram ids and row ids are BIGINT; text sorts by code point."""
    lite = await Storage.open(tmp_path / "bot.sqlite3")
    pg = await Storage.open(pg_database)
    try:
        tables = {r[0]: r[1] for r in await lite._all(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        # An FTS5 table is a plain table with a rowid on PostgreSQL; its shadow tables have no twin.
        virtual = [t for t, sql in tables.items() if sql.upper().startswith("CREATE VIRTUAL TABLE")]
        sqlite_columns = {(t, r["name"]): r["type"] or "TEXT" for t in tables
                          if not any(t.startswith(f"{v}_") for v in virtual)
                          for r in await lite._all(f"PRAGMA table_info({t})")}
        sqlite_columns |= {(t, "rowid"): "INTEGER" for t in virtual}
        rows = await pg._all("SELECT table_name, column_name, data_type, collation_name FROM "
                             "information_schema.columns WHERE table_schema = 'public' "
                             "AND table_name <> 'schema_migrations'")
        pg_columns = {(r[0], r[1]): (r[2], r[3]) for r in rows}
        assert set(pg_columns) == set(sqlite_columns)
        for (table, column), sqlite_type in sqlite_columns.items():
            pg_type, collation = pg_columns[(table, column)]
            if sqlite_type == "TEXT":
                assert (pg_type, collation) == ("text", "C"), (table, column)
            elif column in ("id", "rowid") or column.endswith("_id"):
                assert pg_type == "bigint", (table, column)
            else:
                assert pg_type in ("integer", "bigint"), (table, column)
        indexes = {r[0] for r in await lite._all(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")}
        pg_indexes = {r[0] for r in await pg._all("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}
        assert indexes <= pg_indexes
    finally:
        await lite.close()
        await pg.close()


async def test_telegram_ids_beyond_32_bits(pg_database: str) -> None:
    store = await Storage.open(pg_database)
    try:
        chat = -1001234567890123
        await store.ensure_chat(chat, "supergroup")
        article, _ = await store.add_article(chat, "статья из большого канала", message_id=2**40,
                                             source=ArticleSource(chat_id=-1009876543210, message_id=2**35))
        assert article.chat_id == chat and article.message_id == 2**40 and article.source.message_id == 2**35
        assert await store.inbox_add(chat, 2**41, "text", {"text": "x"})
    finally:
        await store.close()


async def two_instances(url: str) -> tuple[Storage, Storage]:
    return await Storage.open(url), await Storage.open(url)


async def test_the_same_forward_sent_to_two_instances_is_stored_once(pg_database: str) -> None:
    a, b = await two_instances(pg_database)
    try:
        await a.ensure_chat(1)
        source = ArticleSource(title="ТАСС", username="tass", chat_id=-100, message_id=7)
        results = await asyncio.gather(*(
            (a if i % 2 else b).add_article(1, f"Текст поста {'' if i % 3 else ' '}", source=source)
            for i in range(20)))
        assert sum(created for _, created in results) == 1
        assert len({article.id for article, _ in results}) == 1
        assert (await a.chat_stats(1))["articles"] == 1
    finally:
        await a.close()
        await b.close()


async def test_an_analysis_saved_by_two_workers_at_once_is_stored_once(pg_database: str) -> None:
    a, b = await two_instances(pg_database)
    try:
        await a.ensure_chat(1)
        article, _ = await a.add_article(1, "статья, которую разобрали дважды")
        await asyncio.gather(*((a if i % 2 else b).save_analysis(1, article.id, ANALYSIS) for i in range(6)))
        assert await a.chat_stats(1) == {"articles": 1, "quotes": 1, "actors": 1}
        [putin] = await b.find_actors(1, "Путину")
        assert putin.mentions == 3
    finally:
        await a.close()
        await b.close()


async def test_a_redelivered_message_is_taken_by_one_instance_only(pg_database: str) -> None:
    a, b = await two_instances(pg_database)
    try:
        taken = await asyncio.gather(*((a if i % 2 else b).inbox_add(1, 42, "text", {"text": "x"})
                                       for i in range(10)))
        assert taken.count(True) == 1
    finally:
        await a.close()
        await b.close()


async def test_a_failed_write_is_rolled_back_and_the_pool_stays_usable(pg_database: str) -> None:
    store = await Storage.open(pg_database)
    try:
        await store.ensure_chat(1)
        with pytest.raises(asyncpg.UniqueViolationError):
            async with store._transaction() as conn:
                await conn.execute("INSERT INTO articles (chat_id, text, content_hash, received_at) "
                                   "VALUES (1, 'a', 'h', '2024-06-01')")
                await conn.execute("INSERT INTO articles (chat_id, text, content_hash, received_at) "
                                   "VALUES (1, 'b', 'h', '2024-06-01')")
        assert (await store.chat_stats(1))["articles"] == 0
        for _ in range(15):  # more than the pool holds: every connection went back clean
            assert (await store.add_article(1, f"статья {_}"))[1]
    finally:
        await store.close()


def test_without_server_binaries_the_reason_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    """The PostgreSQL runs are skipped with this message where no server exists, never silently."""
    import tests.pgserver as pgserver

    monkeypatch.setattr(pgserver.glob, "glob", lambda _pattern: [])
    monkeypatch.setattr(pgserver.shutil, "which", lambda _name: None)
    with pytest.raises(pgserver.Unavailable, match=r"binaries not found.*apt-get install -y postgresql"):
        pgserver.PgServer()


async def test_a_digest_read_waits_for_an_analysis_being_stored_by_another_instance(pg_database: str) -> None:
    """The analysis stamped before the digest's end but committed after the digest began reading is in it:
    the digest read waits for the chat's writer, as SQLite's single writer makes it wait within one process."""
    from datetime import timedelta

    from storage.store import ts, utcnow

    a, b = await two_instances(pg_database)
    try:
        await a.ensure_chat(1)
        article, _ = await a.add_article(1, "статья, разбор которой сохраняется прямо сейчас")
        until = utcnow()
        async with a._transaction() as conn:  # what save_analysis does, held open while the digest starts
            await conn.lock_chat(1)
            await conn.execute("UPDATE articles SET status = 'done', analysed_at = ? WHERE id = ?",
                               (ts(until - timedelta(seconds=1)), article.id))
            reading = asyncio.create_task(b.digest_rows(1, until - timedelta(hours=1), until))
            await asyncio.sleep(0.5)
            assert not reading.done()  # the digest waits for the chat's writer
        articles, _, _ = await asyncio.wait_for(reading, 30)
        assert [x.id for x in articles] == [article.id]
    finally:
        await a.close()
        await b.close()


def test_store_sql_avoids_sqlite_only_spellings() -> None:
    """What PostgreSQL would refuse, caught with the way to write it instead (README, "Storage backends")."""
    import re

    source = (Path(__file__).resolve().parents[2] / "storage" / "store.py").read_text(encoding="utf-8")
    rules = {
        r"\bINSERT OR (IGNORE|REPLACE)\b": "INSERT … ON CONFLICT … DO NOTHING / DO UPDATE",
        r"\bUPDATE OR \w+\b": "an UPDATE that cannot collide (delete the colliding rows first)",
        r"\.lastrowid\b": "INSERT … RETURNING id",
        r"WHERE 1\b(?! *=)": "WHERE TRUE (or 1 = 1)",
    }
    found = [f"{pattern} → {fix}" for pattern, fix in rules.items() if re.search(pattern, source)]
    assert found == []


async def test_closing_never_hangs_on_a_connection_still_held(pg_database: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import storage.postgres

    monkeypatch.setattr(storage.postgres, "CLOSE_TIMEOUT", 0.5)
    store = await Storage.open(pg_database)
    held = await store._db.pool.acquire()  # a task stuck at shutdown, never giving its connection back
    assert held is not None
    await asyncio.wait_for(store.close(), 10)
    conn = await asyncpg.connect(pg_database)
    try:  # no connection of the bot's pool is left on the server (a cut one goes within moments)
        async with asyncio.timeout(10):
            while await conn.fetchval("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'quotebot' "
                                      "AND datname = current_database()"):
                await asyncio.sleep(0.05)
    finally:
        await conn.close()
