"""Storage against real databases: migrations, isolation between chats, dedupe, lookups by any name form.

Every test taking `storage` or `database` (tests/conftest.py) runs on a SQLite file and on a real PostgreSQL
server; the SQLite-only ones test that file's own mechanics (pragmas, user_version, the writer's lock).
"""

from __future__ import annotations

import contextlib
from datetime import timedelta
from pathlib import Path

import pytest

from analysis.model import Actor, Analysis, Quote
from storage import ArticleSource, Storage, db, utcnow

PUTIN = Analysis(
    summary="Президент выступил.",
    actors=[Actor("Владимир Путин", "PER", 3, ["Путин", "российский лидер"]), Actor("Москва", "LOC", 1, [])],
    quotes=[Quote("Владимир Путин", "PER", "direct", "Мы никогда не забудем", "сказал", 10, 31),
            Quote("Владимир Путин", "PER", "indirect", "отношения развиваются", "заявил", 40, 61)],
)
LAVROV = Analysis(
    summary="Министр выступил.",
    actors=[Actor("Сергей Лавров", "PER", 2, ["глава МИД России"]), Actor("Минобороны", "ORG", 1, [])],
    quotes=[Quote("Сергей Лавров", "PER", "direct", "Переговоры продолжатся", "отметил", 5, 27),
            Quote("Минобороны", "ORG", "indirect", "учения завершены", "сообщило", 30, 46)],
)


async def stored(storage: Storage, chat_id: int, text: str, analysis: Analysis, **kw) -> int:
    await storage.ensure_chat(chat_id)
    article, created = await storage.add_article(chat_id, text, **kw)
    assert created
    await storage.save_analysis(chat_id, article.id, analysis)
    return article.id


async def test_creates_folder_and_migrates_to_latest(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "bot.sqlite3"
    store = await Storage.open(path)
    assert path.exists()
    conn = store._db.conn
    assert await db.schema_version(conn) == db.latest_version()
    async with conn.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    async with conn.execute("PRAGMA foreign_keys") as cur:
        assert (await cur.fetchone())[0] == 1
    await store.close()


@pytest.mark.parametrize("old_version", range(0, db.latest_version()))
async def test_upgrades_from_every_older_version_keeping_data(tmp_path: Path, old_version: int) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = await db.connect(path, upto=old_version)
    assert await db.schema_version(conn) == old_version
    if old_version >= 1:  # a database an older release used: its rows must survive the upgrade
        await conn.execute("INSERT INTO chats (id, type, created_at) VALUES (5, 'private', '2026-01-01')")
        await conn.execute(
            "INSERT INTO articles (chat_id, text, content_hash, received_at) VALUES (5, 'старый текст', 'h', "
            "'2026-01-01T00:00:00+00:00')")
    await conn.close()
    store = await Storage.open(path)
    assert await db.schema_version(store._db.conn) == db.latest_version()
    if old_version >= 1:
        article = await store.get_article(5, 1)
        assert article is not None and article.text == "старый текст"
        await store.subscribe(5, "Europe/Moscow", "09:00")  # the newest table works on the upgraded file
        assert (await store.get_subscription(5)) is not None
    await store.close()


async def test_refuses_a_database_newer_than_the_code(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    conn = await db.connect(path)
    await conn.execute(f"PRAGMA user_version = {db.latest_version() + 1}")
    await conn.close()
    with pytest.raises(RuntimeError, match="newer"):
        await Storage.open(path)


async def test_migrations_are_numbered_without_gaps() -> None:
    versions = [v for v, _, _ in db.migrations()]
    assert versions == list(range(1, len(versions) + 1))


async def test_same_text_or_same_channel_post_is_not_stored_twice(storage: Storage) -> None:
    await storage.ensure_chat(1)
    source = ArticleSource(title="ТАСС", username="tass", chat_id=-100, message_id=7)
    first, created = await storage.add_article(1, "Текст  статьи\nпро всё", source=source)
    assert created
    again, created = await storage.add_article(1, "текст статьи про всё")  # whitespace and case differ
    assert not created and again.id == first.id
    edited, created = await storage.add_article(1, "Другой текст поста", source=source)
    assert not created and edited.id == first.id
    other, created = await storage.add_article(1, "Другой текст поста")
    assert created and other.id != first.id


async def test_the_same_article_in_two_chats_is_two_articles(storage: Storage) -> None:
    for chat in (1, 2):
        await storage.ensure_chat(chat)
        _, created = await storage.add_article(chat, "Одна и та же статья")
        assert created


async def test_who_finds_any_form_of_the_name(storage: Storage) -> None:
    await stored(storage, 1, "статья один", PUTIN)
    for query in ("Путин", "путину", "ПУТИНА", "Владимир Путин", "Владимира Путина", "российский лидер",
                  "российского лидера"):
        found = await storage.find_actors(1, query)
        assert [a.name for a in found] == ["Владимир Путин"], query
    assert await storage.find_actors(1, "Медведев") == []
    assert await storage.find_actors(1, "   ") == []


async def test_yo_and_e_are_the_same_letter(storage: Storage) -> None:
    analysis = Analysis(actors=[Actor("Пётр Толстой", "PER", 1, [])],
                        quotes=[Quote("Пётр Толстой", "PER", "direct", "Да", "сказал", 0, 2)])
    await stored(storage, 1, "статья", analysis)
    assert [a.name for a in await storage.find_actors(1, "Петр Толстой")] == ["Пётр Толстой"]
    assert [a.name for a in await storage.find_actors(1, "петра")] == ["Пётр Толстой"]


async def test_no_query_ever_returns_another_chats_rows(storage: Storage) -> None:
    await stored(storage, 1, "статья первого чата", PUTIN)
    await stored(storage, 2, "статья второго чата", LAVROV)
    assert await storage.find_actors(2, "Путин") == []
    assert await storage.find_actors(1, "Лавров") == []
    putin = (await storage.find_actors(1, "Путин"))[0]
    quotes, total = await storage.quotes_by_actors(2, [putin.id], limit=10)  # an id from another chat
    assert quotes == [] and total == 0
    assert await storage.actors_by_id(2, [putin.id]) == []
    latest, _ = await storage.latest_quotes(2, limit=10)
    assert {q.speaker for q in latest} == {"Сергей Лавров", "Минобороны"}
    assert {a.name for a in await storage.top_actors(2)} == {"Сергей Лавров", "Минобороны"}
    exported = await storage.export_chat(2)
    assert {q["speaker"] for q in exported["quotes"]} == {"Сергей Лавров", "Минобороны"}
    assert all("первого" not in a["text"] for a in exported["articles"])


async def test_quotes_newest_first_and_paginated(storage: Storage) -> None:
    now = utcnow()
    for i in range(3):  # different words each time (the same words in several articles count once)
        said = Analysis(PUTIN.summary, PUTIN.actors, [Quote(q.speaker, q.speaker_type, q.kind, f"{q.text} {i}", q.cue,
                                                            q.start, q.end) for q in PUTIN.quotes])
        await stored(storage, 1, f"статья {i}", said, received_at=now - timedelta(days=3 - i))
    putin = (await storage.find_actors(1, "Путин"))[0]
    page, total = await storage.quotes_by_actors(1, [putin.id], limit=4)
    assert total == 6 and len(page) == 4
    assert page[0].received_at >= page[-1].received_at
    rest, _ = await storage.quotes_by_actors(1, [putin.id], limit=4, offset=4)
    assert len(rest) == 2 and {q.id for q in rest}.isdisjoint({q.id for q in page})


async def test_forget_removes_only_that_chat(storage: Storage) -> None:
    await stored(storage, 1, "статья первого чата", PUTIN)
    await stored(storage, 2, "статья второго чата", LAVROV)
    await storage.subscribe(1, "Europe/Moscow", "09:00")
    assert await storage.forget_chat(1) == 1
    assert await storage.chat_stats(1) == {"articles": 0, "quotes": 0, "actors": 0}
    assert await storage.get_subscription(1) is None
    assert (await storage.chat_stats(2))["quotes"] == 2


async def test_unfinished_articles_survive_a_restart(database: str | Path) -> None:
    store = await Storage.open(database)
    await store.ensure_chat(1)
    pending, _ = await store.add_article(1, "ещё не разобрана")
    done, _ = await store.add_article(1, "разобрана, карточка не отправлена")
    await store.save_analysis(1, done.id, PUTIN)
    sent, _ = await store.add_article(1, "всё готово")
    await store.save_analysis(1, sent.id, PUTIN)
    await store.mark_card_sent(1, sent.id)
    await store.close()
    store = await Storage.open(database)
    assert [a.id for a in await store.unfinished_articles()] == [pending.id, done.id]
    await store.close()


async def test_saving_an_analysis_twice_does_not_duplicate_quotes(storage: Storage) -> None:
    article_id = await stored(storage, 1, "статья", PUTIN)
    await storage.save_analysis(1, article_id, PUTIN)
    assert (await storage.chat_stats(1))["quotes"] == 2


async def test_top_actors_by_period(storage: Storage) -> None:
    now = utcnow()
    await stored(storage, 1, "давняя", LAVROV, received_at=now - timedelta(days=10))
    await stored(storage, 1, "свежая", PUTIN, received_at=now - timedelta(hours=2))
    week = await storage.top_actors(1, since=now - timedelta(days=7))
    assert [a.name for a in week] == ["Владимир Путин", "Москва"]
    assert {a.name for a in await storage.top_actors(1)} >= {"Сергей Лавров", "Владимир Путин"}


async def test_a_cancelled_write_leaves_no_open_transaction(tmp_path: Path) -> None:
    """SQLite's one writer connection is shared by the whole process: a cancelled write must not leave it in a
    transaction. (PostgreSQL's pooled connections are rolled back by asyncpg when they go back to the pool.)"""
    import asyncio

    storage = await Storage.open(tmp_path / "bot.sqlite3")
    await storage.ensure_chat(1)
    async with storage._db.write_lock:  # the write below has to wait, and is cancelled while it waits or runs
        task = asyncio.create_task(storage.add_article(1, "статья, запись которой отменят"))
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    await asyncio.sleep(0.05)
    assert not storage._db.conn.in_transaction
    _, created = await storage.add_article(1, "следующая запись проходит")
    assert created
    await storage.close()


async def test_a_failed_article_can_be_tried_again(storage: Storage) -> None:
    await storage.ensure_chat(1)
    article, _ = await storage.add_article(1, "статья, анализ которой упал")
    assert not await storage.retry_failed(1, article.id)  # pending: nothing to retry
    await storage.mark_failed(1, article.id)
    assert not await storage.retry_failed(2, article.id)  # not another chat's
    assert await storage.retry_failed(1, article.id)
    again = await storage.get_article(1, article.id)
    assert again is not None and again.status == "pending" and not again.card_sent


# --- inbox ---------------------------------------------------------------------------------------------------


async def test_inbox_records_once_and_forgets_payloads_when_done(storage: Storage) -> None:
    assert await storage.inbox_add(1, 10, "link", {"url": "https://example.com/a"})
    assert not await storage.inbox_add(1, 10, "link", {"url": "https://example.com/a"})  # delivered again
    assert await storage.inbox_add(2, 10, "paste", {"text": "часть"})  # same message id, another chat
    pending = await storage.inbox_pending()
    assert [(e.chat_id, e.message_id, e.kind) for e in pending] == [(1, 10, "link"), (2, 10, "paste")]
    assert pending[0].payload == {"url": "https://example.com/a"}
    await storage.inbox_done(1, [10])
    assert [e.chat_id for e in await storage.inbox_pending()] == [2]
    assert not await storage.inbox_add(1, 10, "link", {})  # still recognised after it is done
    assert await storage.inbox_prune(utcnow() + timedelta(seconds=1)) == 1
    assert await storage.inbox_add(1, 10, "link", {})  # pruned: a day after, the key may be reused


async def test_forget_also_removes_the_chats_inbox(storage: Storage) -> None:
    await storage.ensure_chat(1)
    await storage.inbox_add(1, 10, "text", {"text": "секрет"})
    await storage.inbox_add(2, 11, "text", {"text": "чужое"})
    await storage.forget_chat(1)
    assert [e.chat_id for e in await storage.inbox_pending()] == [2]

async def table_columns(storage: Storage) -> dict[str, set[str]]:
    """Every table of the schema (those added later too) with its columns, read from the database itself."""
    if storage.dialect == "sqlite":
        tables = [r[0] for r in await storage._all("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: {r[1] for r in await storage._all(f"PRAGMA table_info({t})")} for t in tables}
    rows = await storage._all("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema = 'public'")
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row[0], set()).add(row[1])
    return found


async def rows_of_chat(storage: Storage, chat_id: int) -> dict[str, int]:
    """Rows that mention the chat, per table, over every table of the schema (those added later too)."""
    found: dict[str, int] = {}
    for table, columns in (await table_columns(storage)).items():
        column = "id" if table == "chats" else "chat_id" if "chat_id" in columns else None
        if column:
            row = await storage._one(f"SELECT count(*) FROM {table} WHERE {column} = ?", (chat_id,))
            if row[0]:
                found[table] = row[0]
    return found


async def test_reads_never_see_a_write_that_is_rolled_back(storage: Storage) -> None:
    await storage.ensure_chat(1)
    with contextlib.suppress(RuntimeError):
        async with storage._transaction() as conn:
            await conn.execute("INSERT INTO articles (chat_id, text, content_hash, received_at) "
                               "VALUES (1, 'черновик', 'h', '2024-06-01')")
            # Another task reading meanwhile sees only what is committed, not this half-done write.
            assert await storage.chat_stats(1) == {"articles": 0, "quotes": 0, "actors": 0}
            assert await storage.get_article(1, 1) is None
            raise RuntimeError("the write fails and is rolled back")
    assert await storage.chat_stats(1) == {"articles": 0, "quotes": 0, "actors": 0}


async def test_forget_leaves_nothing_of_the_chat(storage: Storage) -> None:
    await stored(storage, 1, "Президент выступил в Москве", PUTIN, source=ArticleSource(title="ТАСС"))
    await stored(storage, 2, "Министр выступил", LAVROV)
    await storage.subscribe(1, "Europe/Moscow", "09:00")
    await storage.start_digest(1, "2024-06-01", utcnow(), ["часть 1", "часть 2"])
    assert set(await rows_of_chat(storage, 1)) >= {"chats", "articles", "quotes", "actors", "subscriptions",
                                                   "digest_parts"}
    assert await storage.forget_chat(1) == 1
    assert await rows_of_chat(storage, 1) == {}  # the chat's own row (title, type) too
    assert (await rows_of_chat(storage, 2))["quotes"] == 2  # the other chat keeps everything


async def test_migrate_chat_moves_everything_and_merges_what_the_supergroup_has(storage: Storage) -> None:
    old, new = -500, -100500
    await storage.ensure_chat(old, "group", "Редакция")
    await stored(storage, old, "Президент выступил в Москве", PUTIN)
    await stored(storage, old, "Министр выступил", LAVROV)
    await storage.subscribe_daily(old, "Asia/Novosibirsk", "08:00")
    await storage.start_digest(old, "2024-06-01", utcnow(), ["часть 1"])
    # An update from the supergroup was handled before the migration notice: the same article, the same actor.
    await stored(storage, new, "Президент выступил в Москве", PUTIN)
    before = await rows_of_chat(storage, old)
    assert await storage.migrate_chat(old, new)
    assert await rows_of_chat(storage, old) == {}
    after = await rows_of_chat(storage, new)
    assert after["articles"] == 2 and after["quotes"] == 4 and after["digest_parts"] == 1
    assert after["actors"] == before["actors"]  # Путин and Москва became one actor each
    [putin] = await storage.find_actors(new, "Путину")
    _, total = await storage.quotes_by_actors(new, [putin.id], limit=10)
    assert total == 2 and putin.aliases == ("Путин", "российский лидер")
    sub = await storage.get_subscription(new)
    assert sub is not None and sub.timezone == "Asia/Novosibirsk" and sub.active
    assert not await storage.migrate_chat(old, new)  # the second notice finds nothing left


async def test_digest_rows_follow_the_analysis_time(storage: Storage) -> None:
    """An article received before a digest's end but analysed after it belongs to the next digest."""
    await storage.ensure_chat(1)
    tick = utcnow() - timedelta(hours=1)
    article, _ = await storage.add_article(1, "Президент выступил в Москве", received_at=tick - timedelta(minutes=1))
    assert (await storage.digest_rows(1, tick - timedelta(days=1), tick))[0] == []  # still pending at the tick
    await storage.save_analysis(1, article.id, PUTIN, analysed_at=tick + timedelta(seconds=5))
    articles, quotes, actors = await storage.digest_rows(1, tick, tick + timedelta(days=1))
    assert [a.id for a in articles] == [article.id]
    assert len(quotes) == 2 and {a.name for a in actors} == {"Владимир Путин", "Москва"}
