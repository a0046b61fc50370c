"""Several instances on one database (a SQLite file, and PostgreSQL through `database`, tests/conftest.py):
update-id dedupe, article and inbox claims, digest leases, and schema migration by instances started together
(SQLite here; PostgreSQL's in test_postgres.py). Two `Storage` objects on one database stand for two processes
(each has its own connections, as two processes would)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import aiosqlite

from storage import Storage, db
from storage.store import utcnow


async def two(database: str | Path) -> tuple[Storage, Storage]:
    """Two instances on one database: a SQLite file or a PostgreSQL database (`database`, tests/conftest.py)."""
    return await Storage.open(database), await Storage.open(database)


async def test_update_ids_are_new_once_across_instances(database: str | Path) -> None:
    a, b = await two(database)
    try:
        assert await a.first_seen_updates([1, 2, 2, 3]) == {1, 2, 3}
        assert await b.first_seen_updates([3, 4]) == {4}  # 3 was taken by the other instance
        assert await a.first_seen_updates([]) == set()
        # Racing instances: each id is new for exactly one of them.
        ids = list(range(100, 900))
        got_a, got_b = await asyncio.gather(a.first_seen_updates(ids), b.first_seen_updates(ids))
        assert got_a | got_b == set(ids) and not got_a & got_b
        assert await a.prune_seen_updates(utcnow() - timedelta(days=2)) == 0
        assert await a.prune_seen_updates(utcnow() + timedelta(seconds=1)) == 804
        assert await b.first_seen_updates([1]) == {1}  # forgotten after pruning
    finally:
        await a.close()
        await b.close()


async def test_article_claims_hand_over_only_what_is_free(database: str | Path) -> None:
    a, b = await two(database)
    try:
        a.claim_articles_as("a", 30)
        b.claim_articles_as("b", 30)
        await a.ensure_chat(1)
        article, _ = await a.add_article(1, "Статья о бюджете. " * 10)
        soon = utcnow() + timedelta(seconds=30)
        # b starts (or sweeps) while a is alive: the article stays a's.
        assert await b.claim_unfinished("b", soon, mode="start") == []
        assert await b.claim_unfinished("b", soon, mode="sweep") == []
        assert not await b.claim_article(1, article.id, "b", soon)
        # a restarted takes its own back at once, without waiting for its lease to run out.
        assert [x.id for x in await a.claim_unfinished("a", soon, mode="start")] == [article.id]
        assert await a.claim_unfinished("a", soon, mode="sweep") == []  # its own are already in its queue
        # a stops cleanly: b takes over at its next sweep, and a may no longer send the card.
        assert await a.release_claims("a") == 1
        assert [x.id for x in await b.claim_unfinished("b", soon, mode="sweep")] == [article.id]
        assert not await a.claim_article(1, article.id, "a", soon)
        assert await b.claim_article(1, article.id, "b", soon)
        # A sent card: nothing left to claim for anyone.
        await b.mark_failed(1, article.id)
        await b.mark_card_sent(1, article.id)
        assert await a.claim_unfinished("a", soon, mode="all") == []
    finally:
        await a.close()
        await b.close()


async def test_expired_claims_are_taken_over(database: str | Path) -> None:
    a, b = await two(database)
    try:
        a.claim_articles_as("a", 30)
        await a.ensure_chat(1)
        article, _ = await a.add_article(1, "Статья о метро. " * 10)
        assert await a.inbox_add(1, 10, "text", {"text": "x"})
        past = utcnow() - timedelta(seconds=1)
        assert await a.renew_claims("a", past) == 1  # as if a had died a while ago
        b.claim_articles_as("b", 30)
        assert [x.id for x in await b.claim_unfinished("b", utcnow() + timedelta(seconds=30), mode="sweep")] == [
            article.id]
        assert [e.message_id for e in await b.inbox_pending(shared=True)] == [10]
        assert await a.inbox_pending(shared=True) == []  # a came back: b holds it now (a is not "own" any more)
        assert [e.message_id for e in await a.inbox_pending()] == [10]  # one instance: everything is its own
    finally:
        await a.close()
        await b.close()


async def test_digest_lease(database: str | Path) -> None:
    a, b = await two(database)
    try:
        await a.ensure_chat(7)
        soon = utcnow() + timedelta(seconds=30)
        assert await a.take_digest_lease(7, "2026-12-06", "a", soon)
        assert not await b.take_digest_lease(7, "2026-12-06", "b", soon)
        assert await a.take_digest_lease(7, "2026-12-06", "a", soon)  # renewed, or taken back after a restart
        assert await b.take_digest_lease(7, "2026-12-07", "b", soon)  # another day is another lease
        await a.release_digest_lease(7, "2026-12-06", "a")
        assert await b.take_digest_lease(7, "2026-12-06", "b", utcnow() - timedelta(seconds=1))
        assert await a.take_digest_lease(7, "2026-12-06", "a", soon)  # b's lease expired: b died
        assert await a.forget_chat(7) == 0
        assert await b.take_digest_lease(7, "2026-12-06", "b", soon)  # /forget took the leases too
    finally:
        await a.close()
        await b.close()


async def test_instances_started_together_migrate_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    conns = await asyncio.gather(*(db.connect(path) for _ in range(4)))
    try:
        for conn in conns:
            assert await db.schema_version(conn) == db.latest_version()
    finally:
        for conn in conns:
            await conn.close()
    async with aiosqlite.connect(path) as conn, conn.execute("SELECT count(*) FROM seen_updates") as cur:
        assert (await cur.fetchone())[0] == 0  # type: ignore[index]
