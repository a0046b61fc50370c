"""Every SQL statement of the bot lives here, behind plain async methods.

Each method that reads or writes a chat's data takes the chat id and filters by it: isolation between chats
is a property of this API, not something handlers have to remember.

The statements are SQLite's and run unchanged on PostgreSQL too: storage/postgres.py turns `?` into `$n` and
renames the few functions the two name differently (`group_concat`, `instr`), in one place. A write that must
not interleave with another writer of the same chat (in another bot instance, on PostgreSQL) starts with
`await conn.lock_chat(chat_id)`. Where the SQL of the two truly differs, both are written here side by side,
chosen by `self.dialect`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from analysis.keys import name_keys, query_keys, text_keys
from analysis.model import Analysis
from analysis.textnorm import fold_yo
from storage.backend import Backend, SqliteBackend, Tx, is_postgres_url
from storage.models import (
    ActorCount,
    ActorMatch,
    Article,
    ArticleSource,
    DigestParts,
    InboxEntry,
    StoredQuote,
    Subscription,
    TrendDay,
)

_SPACE = re.compile(r"\s+")


def utcnow() -> datetime:
    return datetime.now(UTC)


def ts(moment: datetime) -> str:
    """The one text form of a moment in the database: UTC, ISO 8601, sortable as text."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware one")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_ts(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def chat_token(chat_id: int) -> str:
    """The chat's own word in the search index (letters and digits only, so the tokenizer keeps it whole)."""
    return f"chat{'m' if chat_id < 0 else 'p'}{abs(chat_id)}"


def signature_similarity(a: str | None, b: str | None) -> float:
    """Estimated Jaccard similarity of two MinHash signatures (processing.fingerprint): the share of equal
    32-bit values. Plain string slices: cheap, and the bot process needs no numpy for it."""
    if not a or not b or len(a) != len(b):
        return 0.0
    n = len(a) // 8
    return sum(a[i * 8:(i + 1) * 8] == b[i * 8:(i + 1) * 8] for i in range(n)) / n


SAME_STORY = 0.5  # estimated similarity from which two articles are one story (processing.fingerprint)


def content_hash(text: str) -> str:
    """Same article, same hash, whatever the whitespace and letter case a forward or a paste added."""
    normal = fold_yo(_SPACE.sub(" ", text).strip().lower())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class Storage:
    """The bot's database. Create with `await Storage.open(location)`; close with `await storage.close()`.

    `location` is a SQLite file's path (the default) or a `postgresql://` URL (DATABASE_URL): the same methods,
    the same semantics on both (tests/storage runs every test on each).
    """

    def __init__(self, backend: Backend) -> None:
        self._db = backend
        self.dialect = backend.dialect
        self._claim_owner: str | None = None
        self._claim_seconds = 30.0

    def claim_articles_as(self, owner: str, seconds: float) -> None:
        """New articles (and failed ones sent again) are claimed by `owner` for `seconds` as they are stored:
        no other instance's sweep takes an article its receiver is about to analyse."""
        self._claim_owner, self._claim_seconds = owner, seconds

    def _new_claim(self) -> tuple[str | None, str | None]:
        if self._claim_owner is None:
            return None, None
        return self._claim_owner, ts(utcnow() + timedelta(seconds=self._claim_seconds))

    @classmethod
    async def open(cls, location: str | Path) -> Storage:
        if is_postgres_url(location):
            from storage.postgres import PostgresBackend  # asyncpg is loaded only by those who use it

            return cls(await PostgresBackend.open(str(location)))
        return cls(await SqliteBackend.open(location))

    async def close(self) -> None:
        await self._db.close()

    def _transaction(self) -> AbstractAsyncContextManager[Tx]:
        """All or nothing; inside it, reads through `conn` see the transaction's own writes."""
        return self._db.transaction()

    async def _all(self, sql: str, params: Sequence[Any] = (), conn: Tx | None = None) -> list[Any]:
        """Rows of a query: committed data, or `conn`'s own view inside a transaction."""
        return await (conn or self._db).all(sql, params)

    async def _one(self, sql: str, params: Sequence[Any] = (), conn: Tx | None = None) -> Any | None:
        return await (conn or self._db).one(sql, params)

    # --- chats -------------------------------------------------------------------------------------------

    async def ensure_chat(self, chat_id: int, chat_type: str = "private", title: str | None = None) -> None:
        async with self._transaction() as conn:
            await conn.execute(
                "INSERT INTO chats (id, type, title, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title",
                (chat_id, chat_type, title, ts(utcnow())),
            )

    async def forget_chat(self, chat_id: int) -> int:
        """Delete everything stored for the chat, its own row (title, type) included. Returns articles removed."""
        async with self._transaction() as conn:
            await conn.lock_chat(chat_id)
            row = await self._one("SELECT count(*) FROM articles WHERE chat_id = ?", (chat_id,), conn)
            await conn.execute("DELETE FROM quote_search WHERE rowid IN (SELECT id FROM quotes WHERE chat_id = ?)",
                               (chat_id,))
            for table in _CHAT_TABLES:
                await conn.execute(f"DELETE FROM {table} WHERE chat_id = ?", (chat_id,))
            await conn.execute("DELETE FROM chats WHERE id = ?", (chat_id,))
            return int(row[0]) if row else 0

    async def migrate_chat(self, old_id: int, new_id: int) -> bool:
        """Move everything of a group to the supergroup it became, in one transaction. False: nothing to move.

        Telegram gives a group upgraded to a supergroup a new chat id; the articles, quotes, actors and the
        subscription stay the same chat for its members. The new id may already have rows of its own (an
        update from the supergroup handled before the migration notice): an article both have is kept once,
        an actor both know becomes one actor, and the supergroup's own subscription wins over the group's.
        """
        if old_id == new_id:
            return False
        async with self._transaction() as conn:
            for chat_id in sorted((old_id, new_id)):  # always in the same order: two movers never deadlock
                await conn.lock_chat(chat_id)
            old = await self._one("SELECT type, title, created_at FROM chats WHERE id = ?", (old_id,), conn)
            if old is None:
                return False
            await conn.execute(
                "INSERT INTO chats (id, type, title, created_at) VALUES (?, 'supergroup', ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET type = 'supergroup', title = coalesce(chats.title, excluded.title)",
                (new_id, old["title"], old["created_at"]),
            )
            # Articles the supergroup already has: the group's copy goes (its quotes and mentions with it).
            doomed = (
                "SELECT o.id FROM articles o JOIN articles n "
                "ON n.chat_id = ? AND (n.content_hash = o.content_hash OR n.url = o.url OR "
                "(n.source_chat_id = o.source_chat_id AND n.source_message_id = o.source_message_id)) "
                "WHERE o.chat_id = ?"
            )
            await conn.execute(
                f"DELETE FROM quote_search WHERE rowid IN (SELECT id FROM quotes WHERE article_id IN ({doomed}))",
                (new_id, old_id),
            )
            await conn.execute(f"DELETE FROM articles WHERE chat_id = ? AND id IN ({doomed})",
                               (old_id, new_id, old_id))
            # Actors the supergroup already knows: one actor, with the group's quotes, mentions and names.
            pairs = await self._all(
                "SELECT o.id AS old, n.id AS new FROM actors o JOIN actors n "
                "ON n.chat_id = ? AND n.name = o.name AND n.type = o.type WHERE o.chat_id = ?",
                (new_id, old_id), conn,
            )
            for pair in pairs:
                await conn.execute("UPDATE quotes SET actor_id = ? WHERE actor_id = ?", (pair["new"], pair["old"]))
                await conn.execute("UPDATE mentions SET actor_id = ? WHERE actor_id = ?", (pair["new"], pair["old"]))
                # what the group's actor is named in, the supergroup's is too: those rows go, the rest move
                await conn.execute("DELETE FROM quote_about WHERE actor_id = ? AND quote_id IN "
                                   "(SELECT quote_id FROM quote_about WHERE actor_id = ?)", (pair["old"], pair["new"]))
                await conn.execute("UPDATE quote_about SET actor_id = ? WHERE actor_id = ?", (pair["new"], pair["old"]))
                await conn.execute(
                    "INSERT INTO actor_aliases (actor_id, chat_id, alias) SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), "
                    "alias FROM actor_aliases "
                    "WHERE actor_id = ? ON CONFLICT DO NOTHING", (pair["new"], new_id, pair["old"]))
                await conn.execute(
                    "INSERT INTO actor_keys (chat_id, key, actor_id) SELECT CAST(? AS BIGINT), key, CAST(? AS BIGINT) "
                    "FROM actor_keys "
                    "WHERE actor_id = ? ON CONFLICT DO NOTHING", (new_id, pair["new"], pair["old"]))
                await conn.execute("DELETE FROM actors WHERE id = ?", (pair["old"],))
            # A subscription or digest in progress of the supergroup's own is newer than the group's.
            # a message both ids have in the inbox (one update seen under each id) is kept once
            await conn.execute(
                "DELETE FROM inbox WHERE chat_id = ? AND message_id IN "
                "(SELECT message_id FROM inbox WHERE chat_id = ?)",
                (old_id, new_id),
            )
            for table in ("subscriptions", "digest_parts", "digest_leases"):
                await conn.execute(
                    f"DELETE FROM {table} WHERE chat_id = ? AND EXISTS (SELECT 1 FROM {table} WHERE chat_id = ?)",
                    (old_id, new_id),
                )
            for table in _CHAT_TABLES:
                await conn.execute(f"UPDATE {table} SET chat_id = ? WHERE chat_id = ?", (new_id, old_id))
            # The search index's chat token (its first word) follows the quotes to the new id.
            await conn.execute(
                "UPDATE quote_search SET lemmas = ? || substr(lemmas, instr(lemmas, ' ')) "
                "WHERE rowid IN (SELECT id FROM quotes WHERE chat_id = ?)", (chat_token(new_id), new_id))
            await conn.execute("DELETE FROM chats WHERE id = ?", (old_id,))
            return True

    # --- articles ----------------------------------------------------------------------------------------

    async def find_duplicate(
        self, chat_id: int, text: str, source: ArticleSource | None = None, conn: Tx | None = None
    ) -> Article | None:
        """The chat's stored article with the same text, or forwarded from the same channel message."""
        params: list[Any] = [chat_id, content_hash(text)]
        clause = "content_hash = ?"
        if source and source.chat_id is not None and source.message_id is not None:
            clause += " OR (source_chat_id = ? AND source_message_id = ?)"
            params += [source.chat_id, source.message_id]
        if source and source.url:
            clause += " OR url = ?"
            params.append(source.url)
        row = await self._one(f"SELECT * FROM articles WHERE chat_id = ? AND ({clause}) LIMIT 1", params, conn)
        return _article(row) if row else None

    async def add_article(
        self,
        chat_id: int,
        text: str,
        *,
        message_id: int | None = None,
        source: ArticleSource | None = None,
        received_at: datetime | None = None,
    ) -> tuple[Article, bool]:
        """Store an article as received, before any analysis. Returns (article, created); a duplicate is not stored."""
        source = source or ArticleSource()
        async with self._transaction() as conn:
            await conn.lock_chat(chat_id)  # another instance storing the same forward waits, then finds it
            existing = await self.find_duplicate(chat_id, text, source, conn)
            if existing:
                return existing, False
            row = await self._one(
                "INSERT INTO articles (chat_id, message_id, text, content_hash, source_title, source_username, "
                "source_chat_id, source_message_id, source_link, url, received_at, claimed_by, claimed_until) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
                (chat_id, message_id, text, content_hash(text), source.title, source.username, source.chat_id,
                 source.message_id, source.link, source.url, ts(received_at or utcnow()), *self._new_claim()), conn,
            )
            assert row is not None
            article_id = int(row[0])
        article = await self.get_article(chat_id, article_id)
        assert article is not None
        return article, True

    async def get_article(self, chat_id: int, article_id: int) -> Article | None:
        row = await self._one("SELECT * FROM articles WHERE chat_id = ? AND id = ?", (chat_id, article_id))
        return _article(row) if row else None

    async def unfinished_articles(self) -> list[Article]:
        """Articles whose analysis or card did not finish (a crash or a restart): resumed at start, oldest first."""
        rows = await self._all(
            "SELECT * FROM articles WHERE status = 'pending' OR (card_sent = 0 AND status IN ('done', 'failed')) "
            "ORDER BY id"
        )
        return [_article(r) for r in rows]

    async def save_analysis(
        self, chat_id: int, article_id: int, analysis: Analysis, *, analysed_at: datetime | None = None,
        quote_keys: Sequence[str] | None = None, fingerprint: str | None = None, bands: Sequence[str] = (),
    ) -> None:
        """Store actors, mentions and quotes of one analysed article, and mark it done, in one transaction.

        `analysed_at` (tests and imports only) defaults to the moment inside the transaction, which is what
        makes the digest periods lose nothing (see `digest_rows`). `quote_keys` (the search keys of each
        quote, `analysis.keys.text_keys` joined by spaces) and `fingerprint`/`bands` (processing.fingerprint)
        come from the worker, which did the CPU work; without `quote_keys` they are computed here (pymorphy3,
        already loaded for names), without a fingerprint the article starts a story of its own.
        """
        async with self._transaction() as conn:
            await conn.lock_chat(chat_id)  # one save of an article at a time, and digest periods stay exact
            row = await self._one("SELECT status FROM articles WHERE chat_id = ? AND id = ?", (chat_id, article_id),
                                  conn)
            if row is None or row[0] == "done":
                return  # forgotten meanwhile, or already stored by an earlier run
            actor_ids: dict[str, int] = {}
            for actor in analysis.actors:
                actor_id = await self._upsert_actor(conn, chat_id, actor.name, actor.type, actor.aliases)
                actor_ids[actor.name] = actor_id
                await conn.execute(
                    "INSERT INTO mentions (article_id, actor_id, chat_id, count) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (article_id, actor_id) DO UPDATE SET count = mentions.count + excluded.count",
                    (article_id, actor_id, chat_id, max(1, actor.mentions)),
                )
            for index, quote in enumerate(analysis.quotes):
                actor_id = None
                if quote.speaker:
                    actor_id = actor_ids.get(quote.speaker)
                    if actor_id is None:
                        actor_id = await self._upsert_actor(
                            conn, chat_id, quote.speaker, quote.speaker_type or "PER", []
                        )
                        actor_ids[quote.speaker] = actor_id
                inserted = await self._one(
                    'INSERT INTO quotes (chat_id, article_id, actor_id, speaker, speaker_type, kind, text, cue, '
                    'start, "end") VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id',
                    (chat_id, article_id, actor_id, quote.speaker, quote.speaker_type, quote.kind, quote.text,
                     quote.cue, quote.start, quote.end), conn,
                )
                assert inserted is not None
                quote_id = int(inserted[0])
                about = {actor_ids[name] for name in quote.about if name in actor_ids} - {actor_id}
                await conn.executemany(
                    "INSERT INTO quote_about (chat_id, quote_id, actor_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [(chat_id, quote_id, about_id) for about_id in sorted(about)],
                )
                # SQLITE-SPECIFIC (FTS5): a rowid freed by a deleted quote may come back; its old entry goes first.
                await conn.execute("DELETE FROM quote_search WHERE rowid = ?", (quote_id,))
                if actor_id is not None and await self._one(
                        "SELECT 1 FROM quotes WHERE chat_id = ? AND actor_id = ? AND text = ? AND id != ? LIMIT 1",
                        (chat_id, actor_id, quote.text, quote_id), conn):
                    continue  # the same words of the same speaker are indexed once, under their first copy
                keys = (quote_keys[index] if quote_keys is not None and index < len(quote_keys)
                        else " ".join(text_keys(quote.text)))
                await conn.execute("INSERT INTO quote_search (rowid, lemmas) VALUES (?, ?)",
                                   (quote_id, f"{chat_token(chat_id)} {keys}"))
            story_id = await self._find_story(conn, chat_id, article_id, fingerprint, bands)
            await conn.executemany(
                "INSERT INTO story_bands (chat_id, band, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [(chat_id, band, article_id) for band in bands],
            )
            await conn.execute(
                "UPDATE articles SET status = 'done', summary = ?, analysed_at = ?, story_id = ?, fingerprint = ? "
                "WHERE id = ?",
                (analysis.summary, ts(analysed_at or utcnow()), story_id, fingerprint or None, article_id),
            )

    async def _find_story(self, conn: Tx, chat_id: int, article_id: int,
                          fingerprint: str | None, bands: Sequence[str]) -> int:
        """The story an article belongs to: the earliest story among the chat's articles that share an LSH band
        with it and whose signatures agree; its own id when there is none."""
        if not fingerprint or not bands:
            return article_id
        marks = ",".join("?" * len(bands))
        rows = await self._all(
            f"SELECT DISTINCT ar.id, ar.story_id, ar.fingerprint FROM story_bands b JOIN articles ar "
            f"ON ar.id = b.article_id WHERE b.chat_id = ? AND b.band IN ({marks}) AND b.article_id != ? "
            "AND ar.chat_id = ? AND ar.story_id IS NOT NULL",
            (chat_id, *bands, article_id, chat_id), conn,
        )
        stories = [int(r["story_id"]) for r in rows
                   if signature_similarity(fingerprint, r["fingerprint"]) >= SAME_STORY]
        return min(stories, default=article_id)

    async def _upsert_actor(
        self, conn: Tx, chat_id: int, name: str, actor_type: str, aliases: Iterable[str]
    ) -> int:
        await conn.execute(
            "INSERT INTO actors (chat_id, name, type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (chat_id, name, actor_type),
        )
        row = await self._one(
            "SELECT id FROM actors WHERE chat_id = ? AND name = ? AND type = ?", (chat_id, name, actor_type), conn
        )
        assert row is not None
        actor_id = int(row[0])
        names = {name, *aliases}
        await conn.executemany(
            "INSERT INTO actor_aliases (actor_id, chat_id, alias) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(actor_id, chat_id, alias) for alias in names if alias and alias != name],
        )
        keys = set().union(*(name_keys(n) for n in names))
        await conn.executemany(
            "INSERT INTO actor_keys (chat_id, key, actor_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(chat_id, key, actor_id) for key in keys],
        )
        return actor_id

    async def mark_failed(self, chat_id: int, article_id: int) -> None:
        async with self._transaction() as conn:
            await conn.execute(
                "UPDATE articles SET status = 'failed', analysed_at = ? WHERE chat_id = ? AND id = ?",
                (ts(utcnow()), chat_id, article_id),
            )

    async def retry_failed(self, chat_id: int, article_id: int) -> bool:
        """Put a failed article back to pending (the user sent it again); False when it had not failed."""
        async with self._transaction() as conn:
            cur = await conn.execute(
                "UPDATE articles SET status = 'pending', card_sent = 0, claimed_by = ?, claimed_until = ? "
                "WHERE chat_id = ? AND id = ? AND status = 'failed'", (*self._new_claim(), chat_id, article_id))
            return cur.rowcount > 0

    async def mark_card_sent(self, chat_id: int, article_id: int) -> None:
        async with self._transaction() as conn:
            await conn.execute(
                "UPDATE articles SET card_sent = 1 WHERE chat_id = ? AND id = ?", (chat_id, article_id)
            )

    async def article_quotes(self, chat_id: int, article_id: int) -> list[StoredQuote]:
        rows = await self._all(
            _QUOTE_SELECT + " WHERE q.chat_id = ? AND q.article_id = ? ORDER BY q.start", (chat_id, article_id)
        )
        return [_quote(r) for r in rows]

    async def article_actors(self, chat_id: int, article_id: int, limit: int = 10) -> list[ActorCount]:
        rows = await self._all(
            "SELECT a.id, a.name, a.type, m.count AS mentions, 1 AS articles FROM mentions m "
            "JOIN actors a ON a.id = m.actor_id WHERE m.chat_id = ? AND m.article_id = ? "
            "ORDER BY m.count DESC, a.name LIMIT ?",
            (chat_id, article_id, limit),
        )
        return [ActorCount(r["id"], r["name"], r["type"], r["mentions"], r["articles"]) for r in rows]

    async def digest_rows(
        self, chat_id: int, since: datetime | None, until: datetime, *, actors: int = 10
    ) -> tuple[list[Article], list[StoredQuote], list[ActorCount]]:
        """The articles analysed in (since, until], their quotes and their most mentioned actors.

        A digest's period follows `analysed_at`, not `received_at`: an article received before a tick but
        analysed after it belongs to the next digest (by `received_at` it would fall between two digests).
        The rows are read under the chat's write lock (`lock_chat`; SQLite's one writer, PostgreSQL's advisory
        lock shared by every instance): an analysis being stored right now either committed before (and is
        here) or takes its `analysed_at` after this read, so later than `until` (the next digest's).
        """
        period = (chat_id, ts(since) if since else "", ts(until))
        async with self._transaction() as conn:
            await conn.lock_chat(chat_id)
            articles = await self._all(
                "SELECT * FROM articles WHERE chat_id = ? AND analysed_at > ? AND analysed_at <= ? "
                "AND status = 'done' ORDER BY analysed_at, id", period, conn)
            quotes = await self._all(
                _QUOTE_SELECT + " WHERE q.chat_id = ? AND ar.analysed_at > ? AND ar.analysed_at <= ? "
                "AND ar.status = 'done' ORDER BY ar.analysed_at, q.article_id, q.start", period, conn)
            top = await self._all(
                "SELECT a.id, a.name, a.type, sum(m.count) AS mentions, count(DISTINCT m.article_id) AS articles "
                "FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN articles ar ON ar.id = m.article_id "
                "WHERE m.chat_id = ? AND ar.analysed_at > ? AND ar.analysed_at <= ? AND ar.status = 'done' "
                "GROUP BY a.id ORDER BY mentions DESC, articles DESC, a.name LIMIT ?", (*period, actors), conn)
        return ([_article(r) for r in articles], [_quote(r) for r in quotes],
                [ActorCount(r["id"], r["name"], r["type"], r["mentions"], r["articles"]) for r in top])

    # --- actors and quotes -------------------------------------------------------------------------------

    async def find_actors(self, chat_id: int, query: str, limit: int = 5) -> list[ActorMatch]:
        """Actors whose name or alias has, for every word of the query, a word with the same dictionary form.

        `Путину`, `путин`, `Владимир Путин` and `российского лидера` (an alias the articles used) all find
        Владимир Путин. Best first: an exact name before a partial one, then the most mentioned.
        """
        word_sets = query_keys(query)
        if not word_sets:
            return []
        candidates: set[int] | None = None
        for keys in word_sets:
            marks = ",".join("?" * len(keys))
            rows = await self._all(
                f"SELECT DISTINCT actor_id FROM actor_keys WHERE chat_id = ? AND key IN ({marks})",
                (chat_id, *keys),
            )
            found = {int(r[0]) for r in rows}
            candidates = found if candidates is None else candidates & found
            if not candidates:
                return []
        return await self._actor_matches(chat_id, sorted(candidates or ()), query, limit)

    async def _actor_matches(self, chat_id: int, ids: list[int], query: str, limit: int) -> list[ActorMatch]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = await self._all(
            "SELECT a.id, a.name, a.type, "
            " (SELECT coalesce(sum(count), 0) FROM mentions m WHERE m.chat_id = a.chat_id AND m.actor_id = a.id)"
            "   AS mentions, "
            " (SELECT count(*) FROM quotes q WHERE q.chat_id = a.chat_id AND q.actor_id = a.id) AS quotes, "
            " (SELECT group_concat(alias, '\x1f') FROM actor_aliases x WHERE x.actor_id = a.id) AS aliases "
            f"FROM actors a WHERE a.chat_id = ? AND a.id IN ({marks})",
            (chat_id, *ids),
        )
        folded = fold_yo(query.lower()).strip()
        matches = [
            ActorMatch(r["id"], r["name"], r["type"], r["mentions"], r["quotes"],
                       tuple(sorted((r["aliases"] or "").split("\x1f"))) if r["aliases"] else ())
            for r in rows
        ]
        matches.sort(key=lambda m: (fold_yo(m.name.lower()) != folded, -m.quotes, -m.mentions, m.name))
        return matches[:limit]

    async def actor_names(self, chat_id: int) -> list[tuple[int, str]]:
        """Every actor's name and alias, for 'did you mean' suggestions."""
        rows = await self._all(
            "SELECT id, name FROM actors WHERE chat_id = ? "
            "UNION ALL SELECT actor_id, alias FROM actor_aliases WHERE chat_id = ?",
            (chat_id, chat_id),
        )
        return [(int(r[0]), r[1]) for r in rows]

    async def actors_by_id(self, chat_id: int, ids: Sequence[int]) -> list[ActorMatch]:
        return await self._actor_matches(chat_id, list(ids), "", len(ids) or 1)

    async def quotes_by_actors(
        self, chat_id: int, actor_ids: Sequence[int], *, limit: int, offset: int = 0,
        since: datetime | None = None,
    ) -> tuple[list[StoredQuote], int]:
        """The actors' quotes (of articles received after `since`), newest article first, and how many in all."""
        if not actor_ids:
            return [], 0
        marks = ",".join("?" * len(actor_ids))
        where = f" WHERE q.chat_id = ? AND q.actor_id IN ({marks}) AND ar.received_at > ? AND {_NEWEST_COPY}"
        params = (chat_id, *actor_ids, ts(since) if since else "")
        return await self._quote_page(where, params, limit, offset)

    async def quotes_about(
        self, chat_id: int, actor_ids: Sequence[int], *, limit: int, offset: int = 0,
        since: datetime | None = None,
    ) -> tuple[list[StoredQuote], int]:
        """What others said about the actors (quotes naming them, by another speaker), newest first, and the
        total."""
        if not actor_ids:
            return [], 0
        marks = ",".join("?" * len(actor_ids))
        where = (f" WHERE q.chat_id = ? AND q.id IN (SELECT quote_id FROM quote_about WHERE chat_id = ? "
                 f"AND actor_id IN ({marks})) AND (q.actor_id IS NULL OR q.actor_id NOT IN ({marks})) "
                 f"AND q.speaker IS NOT NULL AND ar.received_at > ? AND {_NEWEST_COPY}")
        params = (chat_id, chat_id, *actor_ids, *actor_ids, ts(since) if since else "")
        return await self._quote_page(where, params, limit, offset)

    async def _quote_page(self, where: str, params: Sequence[Any], limit: int,
                          offset: int) -> tuple[list[StoredQuote], int]:
        """One page of the quotes a WHERE clause selects, newest article first, and how many it selects in all."""
        rows = await self._all(
            _QUOTE_SELECT + where + " ORDER BY ar.received_at DESC, q.article_id DESC, q.start LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        total = await self._one("SELECT count(*) FROM quotes q JOIN articles ar ON ar.id = q.article_id" + where,
                                params)
        return [_quote(r) for r in rows], int(total[0]) if total else 0

    async def talks_about(
        self, chat_id: int, actor_ids: Sequence[int], *, since: datetime | None = None, limit: int = 3
    ) -> list[tuple[str, int]]:
        """Whom the actors' quotes name most: (name, number of quotes), most first."""
        if not actor_ids:
            return []
        marks = ",".join("?" * len(actor_ids))
        rows = await self._all(
            "SELECT a.name, count(DISTINCT qa.quote_id) AS n FROM quote_about qa "
            "JOIN quotes q ON q.id = qa.quote_id JOIN articles ar ON ar.id = q.article_id "
            "JOIN actors a ON a.id = qa.actor_id "
            f"WHERE qa.chat_id = ? AND q.chat_id = ? AND q.actor_id IN ({marks}) AND ar.received_at > ? "
            f"AND qa.actor_id NOT IN ({marks}) GROUP BY a.id ORDER BY n DESC, a.name LIMIT ?",
            (chat_id, chat_id, *actor_ids, ts(since) if since else "", *actor_ids, limit),
        )
        return [(r["name"], int(r["n"])) for r in rows]

    async def search_quotes(
        self, chat_id: int, query: Sequence[frozenset[str]], *, limit: int, offset: int = 0,
        since: datetime | None = None,
    ) -> tuple[list[StoredQuote], int]:
        """Quotes of the chat with every word of the query in some form (`analysis.keys.query_keys`), newest
        first, and the total.

        SQLite: FTS5 MATCH over `quote_search`; PostgreSQL: the 'simple' tsvector of the same words (its twin
        of the migration), so both find the same quotes.
        The index answers alone — the page's ids and the total — and only the page's rows are joined: with
        thousands of matches, joining every one to filter it was ten times slower than the target. Hence
        the chat's token inside the match (the index itself keeps to the chat), a quote repeated word for
        word indexed once (`save_analysis`), and a period as a lower bound on quote ids (quotes are numbered in
        the order articles are analysed, so the bound is the first quote of the period's first article).
        """
        groups = [sorted(keys) for keys in query if keys]
        if not groups:
            return [], 0
        match = " AND ".join(
            [chat_token(chat_id)] + ["(" + " OR ".join(_fts_string(k) for k in keys) + ")" for keys in groups]
        )
        first_id = 0
        if since is not None:
            row = await self._one(
                "SELECT min(id) FROM quotes WHERE article_id IN "
                "(SELECT id FROM articles WHERE chat_id = ? AND received_at > ?)", (chat_id, ts(since)))
            if row is None or row[0] is None:
                return [], 0
            first_id = int(row[0])
        if self.dialect == "postgres":
            # the same words in a tsvector ('simple': they are dictionary forms already, no stemming), each key a
            # phrase as in FTS5 ('санкт-петербург'), the groups joined by && and the forms of a word by ||
            tsquery = " && ".join(
                ["phraseto_tsquery('simple', ?)"]
                + ["(" + " || ".join("phraseto_tsquery('simple', ?)" for _ in keys) + ")" for keys in groups])
            found = f"to_tsvector('simple', lemmas) @@ ({tsquery})"
            words: tuple[Any, ...] = (chat_token(chat_id), *(k for keys in groups for k in keys))
        else:  # SQLITE-SPECIFIC: FTS5
            found, words = "quote_search MATCH ?", (match,)
        ids = [int(r[0]) for r in await self._all(
            f"SELECT rowid FROM quote_search WHERE {found} AND rowid >= ? ORDER BY rowid DESC LIMIT ? OFFSET ?",
            (*words, first_id, limit, offset))]
        total = await self._one(f"SELECT count(*) FROM quote_search WHERE {found} AND rowid >= ?",
                                (*words, first_id))
        rows = await self._all(
            _QUOTE_SELECT + f" WHERE q.chat_id = ? AND q.id IN ({','.join('?' * len(ids))}) ORDER BY q.id DESC",
            (chat_id, *ids)) if ids else []
        return [_quote(r) for r in rows], int(total[0]) if total else 0

    async def other_sources(self, chat_id: int, quotes: Sequence[StoredQuote]) -> dict[int, list[ArticleSource]]:
        """For each quote, the sources of the chat's other articles where the same speaker said the very same
        words (the copies that /who, /about and /search fold into one)."""
        said = [q for q in quotes if q.actor_id is not None]
        if not said:
            return {}
        # One index lookup per quote shown (quotes_by_text), one SELECT each: a join on the text, or row values
        # IN (VALUES …), made SQLite walk every quote of the chat (20 ms at 100,000 quotes instead of 0.5).
        one = ("SELECT d.id, d.actor_id, d.text, d.article_id, ar.source_title, ar.source_username, "
               "ar.source_chat_id, ar.source_message_id, ar.source_link, ar.url FROM quotes d "
               "JOIN articles ar ON ar.id = d.article_id WHERE d.chat_id = ? AND d.actor_id = ? AND d.text = ?")
        rows = await self._all(
            " UNION ALL ".join([one] * len(said)) + " ORDER BY 1",
            [v for q in said for v in (chat_id, q.actor_id, q.text)],
        )
        copies: dict[tuple[int, str], list[Any]] = {}
        for r in rows:
            copies.setdefault((int(r["actor_id"]), r["text"]), []).append(r)
        found: dict[int, list[ArticleSource]] = {}
        for quote in said:
            assert quote.actor_id is not None
            others = [_source(r) for r in copies.get((quote.actor_id, quote.text), [])
                      if r["article_id"] != quote.article_id]
            if others:
                found[quote.id] = others
        return found

    async def story_sources(self, chat_id: int, article_id: int) -> list[Article]:
        """The other articles of this article's story, earliest first (empty when it stands alone)."""
        rows = await self._all(
            "SELECT o.* FROM articles a JOIN articles o ON o.chat_id = a.chat_id AND o.story_id = a.story_id "
            "WHERE a.chat_id = ? AND a.id = ? AND o.id != a.id ORDER BY o.id",
            (chat_id, article_id),
        )
        return [_article(r) for r in rows]

    async def actor_trend(
        self, chat_id: int, actor_ids: Sequence[int], *, since: datetime
    ) -> list[TrendDay]:
        """Mentions and quotes of the actors per UTC day of articles received after `since` (days with none are
        absent)."""
        if not actor_ids:
            return []
        marks = ",".join("?" * len(actor_ids))
        mentions = await self._all(
            "SELECT substr(ar.received_at, 1, 10) AS day, sum(m.count) AS n FROM mentions m "
            f"JOIN articles ar ON ar.id = m.article_id WHERE m.chat_id = ? AND m.actor_id IN ({marks}) "
            "AND ar.received_at > ? GROUP BY day",
            (chat_id, *actor_ids, ts(since)),
        )
        quotes = await self._all(
            "SELECT substr(ar.received_at, 1, 10) AS day, count(*) AS n FROM quotes q "
            f"JOIN articles ar ON ar.id = q.article_id WHERE q.chat_id = ? AND q.actor_id IN ({marks}) "
            "AND ar.received_at > ? GROUP BY day",
            (chat_id, *actor_ids, ts(since)),
        )
        days: dict[str, list[int]] = {}
        for r in mentions:
            days.setdefault(r["day"], [0, 0])[0] = int(r["n"])
        for r in quotes:
            days.setdefault(r["day"], [0, 0])[1] = int(r["n"])
        return [TrendDay(day, m, q) for day, (m, q) in sorted(days.items())]

    async def latest_quotes(self, chat_id: int, *, limit: int, offset: int = 0) -> tuple[list[StoredQuote], int]:
        rows = await self._all(
            _QUOTE_SELECT + " WHERE q.chat_id = ? AND q.actor_id IS NOT NULL "
            "ORDER BY ar.received_at DESC, q.article_id DESC, q.start LIMIT ? OFFSET ?",
            (chat_id, limit, offset),
        )
        total = await self._one(
            "SELECT count(*) FROM quotes WHERE chat_id = ? AND actor_id IS NOT NULL", (chat_id,)
        )
        return [_quote(r) for r in rows], int(total[0]) if total else 0

    async def quotes_between(self, chat_id: int, since: datetime | None, until: datetime) -> list[StoredQuote]:
        rows = await self._all(
            _QUOTE_SELECT + " WHERE q.chat_id = ? AND ar.received_at > ? AND ar.received_at <= ? "
            "ORDER BY ar.received_at, q.start",
            (chat_id, ts(since) if since else "", ts(until)),
        )
        return [_quote(r) for r in rows]

    async def top_actors(
        self, chat_id: int, *, since: datetime | None = None, until: datetime | None = None, limit: int = 15
    ) -> list[ActorCount]:
        """Most mentioned actors of the chat (in articles received after `since` and up to `until`)."""
        rows = await self._all(
            "SELECT a.id, a.name, a.type, sum(m.count) AS mentions, count(DISTINCT m.article_id) AS articles "
            "FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN articles ar ON ar.id = m.article_id "
            "WHERE m.chat_id = ? AND ar.received_at > ? AND ar.received_at <= ? "
            "GROUP BY a.id ORDER BY mentions DESC, articles DESC, a.name LIMIT ?",
            (chat_id, ts(since) if since else "", ts(until) if until else "9999", limit),
        )
        return [ActorCount(r["id"], r["name"], r["type"], r["mentions"], r["articles"]) for r in rows]

    async def chat_stats(self, chat_id: int) -> dict[str, int]:
        row = await self._one(
            "SELECT (SELECT count(*) FROM articles WHERE chat_id = ?) AS articles, "
            "(SELECT count(*) FROM quotes WHERE chat_id = ?) AS quotes, "
            "(SELECT count(*) FROM actors WHERE chat_id = ?) AS actors",
            (chat_id, chat_id, chat_id),
        )
        return dict(row) if row else {"articles": 0, "quotes": 0, "actors": 0}

    async def export_chat(self, chat_id: int) -> dict[str, Any]:
        """The chat's articles, actors and quotes as plain data (the /export file)."""
        articles = await self._all(
            "SELECT id, text, summary, status, received_at, source_title, source_username, source_link, url "
            "FROM articles WHERE chat_id = ? ORDER BY id",
            (chat_id,),
        )
        actors = await self._all(
            "SELECT a.id, a.name, a.type, "
            " (SELECT coalesce(sum(count), 0) FROM mentions m WHERE m.actor_id = a.id) AS mentions, "
            " (SELECT group_concat(alias, '\x1f') FROM actor_aliases x WHERE x.actor_id = a.id) AS aliases "
            "FROM actors a WHERE a.chat_id = ? ORDER BY mentions DESC, a.name",
            (chat_id,),
        )
        quotes = await self._all(
            'SELECT article_id, speaker, speaker_type, kind, text, cue, start, "end" FROM quotes '
            "WHERE chat_id = ? ORDER BY article_id, start",
            (chat_id,),
        )
        return {
            "chat_id": chat_id,
            "exported_at": ts(utcnow()),
            "articles": [dict(r) for r in articles],
            "actors": [
                {**dict(r), "aliases": sorted(r["aliases"].split("\x1f")) if r["aliases"] else []} for r in actors
            ],
            "quotes": [dict(r) for r in quotes],
        }

    # --- subscriptions -----------------------------------------------------------------------------------

    async def subscribe(self, chat_id: int, timezone: str, local_time: str, *, now: datetime | None = None) -> None:
        """Create or change the chat's subscription; a new one counts its first digest from now."""
        now = now or utcnow()
        async with self._transaction() as conn:
            await conn.execute(
                "INSERT INTO subscriptions (chat_id, timezone, local_time, active, created_at, last_digest_at) "
                "VALUES (?, ?, ?, 1, ?, NULL) ON CONFLICT (chat_id) DO UPDATE SET timezone = excluded.timezone, "
                "local_time = excluded.local_time, active = 1, disabled_reason = NULL",
                (chat_id, timezone, local_time, ts(now)),
            )

    async def unsubscribe(self, chat_id: int, reason: str | None = None) -> bool:
        async with self._transaction() as conn:
            cur = await conn.execute(
                "UPDATE subscriptions SET active = 0, disabled_reason = ? WHERE chat_id = ? AND active = 1",
                (reason, chat_id),
            )
            return cur.rowcount > 0

    async def set_send_empty(self, chat_id: int, send_empty: bool) -> None:
        async with self._transaction() as conn:
            await conn.execute(
                "UPDATE subscriptions SET send_empty = ? WHERE chat_id = ?", (int(send_empty), chat_id)
            )

    async def get_subscription(self, chat_id: int) -> Subscription | None:
        row = await self._one("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,))
        return _subscription(row) if row else None

    async def active_subscriptions(self) -> list[Subscription]:
        rows = await self._all("SELECT * FROM subscriptions WHERE active = 1 ORDER BY chat_id")
        return [_subscription(r) for r in rows]

    async def mark_digest_delivered(self, chat_id: int, local_date: str, at: datetime) -> None:
        """The day is done: the next period starts at `at`, and the day's parts are no longer owed."""
        async with self._transaction() as conn:
            await conn.execute(
                "UPDATE subscriptions SET last_local_date = ?, last_digest_at = ? WHERE chat_id = ?",
                (local_date, ts(at), chat_id),
            )
            await conn.execute("DELETE FROM digest_parts WHERE chat_id = ?", (chat_id,))

    async def digest_in_progress(self, chat_id: int, local_date: str) -> DigestParts | None:
        """The parts of the day's digest stored by an earlier try, or None when it has not been started."""
        rows = await self._all(
            "SELECT part, text, period_end, sent_at FROM digest_parts WHERE chat_id = ? AND local_date = ? "
            "ORDER BY part", (chat_id, local_date))
        if not rows:
            return None
        return DigestParts(
            chat_id=chat_id, local_date=local_date, period_end=datetime.fromisoformat(rows[0]["period_end"]),
            texts=tuple(r["text"] for r in rows), sent=tuple(r["sent_at"] is not None for r in rows),
        )

    async def start_digest(self, chat_id: int, local_date: str, period_end: datetime, texts: Sequence[str]) -> None:
        """Store the day's digest, part by part, before its first message goes out (earlier days' leftovers go)."""
        async with self._transaction() as conn:
            await conn.execute("DELETE FROM digest_parts WHERE chat_id = ?", (chat_id,))
            await conn.executemany(
                "INSERT INTO digest_parts (chat_id, local_date, part, text, period_end) VALUES (?, ?, ?, ?, ?)",
                [(chat_id, local_date, i, text, ts(period_end)) for i, text in enumerate(texts)],
            )

    async def mark_digest_part_sent(self, chat_id: int, local_date: str, part: int) -> None:
        async with self._transaction() as conn:
            await conn.execute(
                "UPDATE digest_parts SET sent_at = ? WHERE chat_id = ? AND local_date = ? AND part = ?",
                (ts(utcnow()), chat_id, local_date, part),
            )

    async def subscribe_daily(
        self, chat_id: int, timezone: str, local_time: str, *, served_local_date: str | None = None,
        now: datetime | None = None,
    ) -> None:
        """`subscribe`, plus the two rules a daily schedule needs, in one transaction (no tick can slip between).

        `served_local_date`: a local date that counts as already served — when the chosen time has passed
        today, the first digest is tomorrow's, not one fired the moment the user subscribes. It never moves
        `last_local_date` backwards. A subscription switched back on forgets the digest of weeks ago: its
        next period is the last 24 hours, not everything since then.
        """
        now = now or utcnow()
        async with self._transaction() as conn:
            await conn.execute(
                "INSERT INTO subscriptions (chat_id, timezone, local_time, active, created_at, last_digest_at, "
                "last_local_date) VALUES (?, ?, ?, 1, ?, NULL, ?) ON CONFLICT (chat_id) DO UPDATE SET "
                "timezone = excluded.timezone, local_time = excluded.local_time, "
                "last_digest_at = CASE WHEN subscriptions.active = 1 THEN subscriptions.last_digest_at END, "
                "last_local_date = CASE WHEN excluded.last_local_date IS NULL THEN subscriptions.last_local_date "
                "  WHEN subscriptions.last_local_date IS NULL "
                "    OR subscriptions.last_local_date < excluded.last_local_date "
                "  THEN excluded.last_local_date ELSE subscriptions.last_local_date END, "
                "active = 1, disabled_reason = NULL",
                (chat_id, timezone, local_time, ts(now), served_local_date),
            )

    # --- inbox (durable intake; migration 004) ---------------------------------------------------------------
    # What arrived but is not yet an article or an answer. Kept apart from the sections above to keep merges easy.

    async def inbox_add(self, chat_id: int, message_id: int, kind: str, payload: dict[str, Any],
                        received_at: datetime | None = None) -> bool:
        """Record an incoming message; False when it was recorded before (Telegram delivered it again)."""
        async with self._transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO inbox (chat_id, message_id, kind, payload, received_at, claimed_by, claimed_until) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id, message_id) DO NOTHING",
                (chat_id, message_id, kind, json.dumps(payload, ensure_ascii=False), ts(received_at or utcnow()),
                 *self._new_claim()),
            )
            return cur.rowcount > 0

    async def inbox_pending(self, *, shared: bool = False) -> list[InboxEntry]:
        """Everything received and not finished, in the order it arrived in each chat.

        shared (other instances use this database): only what nobody holds — this instance's own (see
        `claim_articles_as`) and what an instance that died left — claimed for this instance in one statement.
        """
        if shared and self._claim_owner is not None:
            owner, until = self._new_claim()
            async with self._transaction() as conn:
                rows = await self._all(
                    "UPDATE inbox SET claimed_by = ?, claimed_until = ? WHERE done = 0 "
                    "AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until < ?) RETURNING *",
                    (owner, until, owner, ts(utcnow())), conn)
            rows.sort(key=lambda r: (r["chat_id"], r["message_id"]))
        else:
            rows = await self._all("SELECT * FROM inbox WHERE done = 0 ORDER BY chat_id, message_id")
        return [InboxEntry(chat_id=r["chat_id"], message_id=r["message_id"], kind=r["kind"],
                           payload=json.loads(r["payload"]), received_at=datetime.fromisoformat(r["received_at"]))
                for r in rows]

    async def inbox_done(self, chat_id: int, message_ids: Iterable[int]) -> None:
        """Finished (stored as an article, answered, or ignored): only the key is kept, to spot redeliveries."""
        ids = list(message_ids)
        if not ids:
            return
        async with self._transaction() as conn:
            await conn.executemany(
                "UPDATE inbox SET done = 1, payload = '{}' WHERE chat_id = ? AND message_id = ?",
                [(chat_id, message_id) for message_id in ids],
            )

    async def inbox_prune(self, before: datetime) -> int:
        """Forget finished rows received before `before` (Telegram redelivers an update for a day at most)."""
        async with self._transaction() as conn:
            cur = await conn.execute("DELETE FROM inbox WHERE done = 1 AND received_at < ?", (ts(before),))
            return cur.rowcount

    # --- end of inbox -----------------------------------------------------------------------------------------

    # --- several instances (migration 006) ------------------------------------------------------------------
    # Update-id dedupe, article claims and digest leases. Kept apart from the sections above to keep merges easy.

    async def first_seen_updates(self, update_ids: Sequence[int], at: datetime | None = None) -> set[int]:
        """Record update ids; returns those no instance had recorded before (the rest are redeliveries).

        One statement for a whole batch of updates: the dedupe must not queue behind article writes once per
        update (a load test saw command p95 of 24 s that way).
        """
        ids = list(dict.fromkeys(update_ids))
        if not ids:
            return set()
        fresh: set[int] = set()
        moment = ts(at or utcnow())
        async with self._transaction() as conn:
            for start in range(0, len(ids), 400):
                chunk = ids[start:start + 400]
                rows = await self._all(
                    "INSERT INTO seen_updates (update_id, seen_at) VALUES "
                    + ", ".join("(?, ?)" for _ in chunk)
                    + " ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
                    [value for uid in chunk for value in (uid, moment)], conn)
                fresh.update(int(r[0]) for r in rows)
        return fresh

    async def prune_seen_updates(self, before: datetime) -> int:
        async with self._transaction() as conn:
            cur = await conn.execute("DELETE FROM seen_updates WHERE seen_at < ?", (ts(before),))
            return cur.rowcount

    async def claim_article(self, chat_id: int, article_id: int, owner: str, until: datetime) -> bool:
        """Take (or keep) the article for `owner` until `until`; False when another instance holds it."""
        async with self._transaction() as conn:
            cur = await conn.execute(
                "UPDATE articles SET claimed_by = ?, claimed_until = ? WHERE chat_id = ? AND id = ? "
                "AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until < ?)",
                (owner, ts(until), chat_id, article_id, owner, ts(utcnow())))
            return cur.rowcount > 0

    async def claim_unfinished(self, owner: str, until: datetime, *, mode: str = "start") -> list[Article]:
        """Claim, in one statement, unfinished articles for `owner` and return them, oldest first.

        mode "all": every one (a single instance: long polling). "start": those nobody holds — never claimed,
        `owner`'s own from before a restart (taken back at once, not after their lease), or expired (their
        instance died). "sweep": only the ones nobody holds that are not `owner`'s (its own are in its queue).
        """
        now = ts(utcnow())
        conditions = {
            "all": ("1 = 1", []),
            "start": ("(claimed_by IS NULL OR claimed_by = ? OR claimed_until < ?)", [owner, now]),
            "sweep": ("(claimed_by IS NULL OR (claimed_by <> ? AND claimed_until < ?))", [owner, now]),
        }
        clause, extra = conditions[mode]
        async with self._transaction() as conn:
            rows = await self._all(
                "UPDATE articles SET claimed_by = ?, claimed_until = ? "
                "WHERE (status = 'pending' OR (card_sent = 0 AND status IN ('done', 'failed'))) "
                f"AND {clause} RETURNING *", [owner, ts(until), *extra], conn)
        return sorted((_article(r) for r in rows), key=lambda a: a.id)

    async def renew_claims(self, owner: str, until: datetime) -> int:
        """Keep `owner`'s unfinished articles its own for a while longer (the instance is alive)."""
        async with self._transaction() as conn:
            cur = await conn.execute(
                "UPDATE articles SET claimed_until = ? WHERE claimed_by = ? "
                "AND (status = 'pending' OR card_sent = 0)", (ts(until), owner))
            await conn.execute("UPDATE inbox SET claimed_until = ? WHERE claimed_by = ? AND done = 0",
                               (ts(until), owner))
            return cur.rowcount

    async def release_claims(self, owner: str) -> int:
        """A clean stop: what this instance did not finish can be taken over at once by another."""
        async with self._transaction() as conn:
            cur = await conn.execute(
                "UPDATE articles SET claimed_until = ? WHERE claimed_by = ? AND (status = 'pending' OR card_sent = 0)",
                (ts(datetime(1970, 1, 1, tzinfo=UTC)), owner))
            await conn.execute("UPDATE inbox SET claimed_until = ? WHERE claimed_by = ? AND done = 0",
                               (ts(datetime(1970, 1, 1, tzinfo=UTC)), owner))
            return cur.rowcount

    async def take_digest_lease(self, chat_id: int, local_date: str, owner: str, until: datetime) -> bool:
        """Take or renew the lease on sending the chat's digest for `local_date`; False while another instance
        holds an unexpired one. The same owner (a restarted instance) takes its own lease back at once."""
        async with self._transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO digest_leases (chat_id, local_date, owner, until) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (chat_id, local_date) DO UPDATE SET owner = excluded.owner, until = excluded.until "
                "WHERE digest_leases.owner = excluded.owner OR digest_leases.until < ?",
                (chat_id, local_date, owner, ts(until), ts(utcnow())))
            return cur.rowcount > 0

    async def release_digest_lease(self, chat_id: int, local_date: str, owner: str) -> None:
        async with self._transaction() as conn:
            await conn.execute("DELETE FROM digest_leases WHERE chat_id = ? AND local_date = ? AND owner = ?",
                               (chat_id, local_date, owner))

    # --- end of several instances ---------------------------------------------------------------------------


# Every table with a chat_id column other than chats itself: what /forget deletes and a migration moves.
_CHAT_TABLES = ("digest_parts", "digest_leases", "quote_about", "story_bands", "quotes", "mentions", "actor_keys",
                "actor_aliases", "articles", "actors", "subscriptions", "inbox")

# A quote said word for word in several articles of the chat counts once: its newest copy stands for all.
_NEWEST_COPY = ("NOT EXISTS (SELECT 1 FROM quotes d WHERE d.chat_id = q.chat_id AND d.actor_id = q.actor_id "
                "AND d.text = q.text AND d.id > q.id)")

_QUOTE_SELECT = (
    "SELECT q.id, q.article_id, q.actor_id, coalesce(a.name, q.speaker) AS speaker, q.speaker_type, q.kind, "
    "q.text, q.cue, ar.received_at, ar.source_title, ar.source_username, ar.source_chat_id, "
    "ar.source_message_id, ar.source_link, ar.url "
    "FROM quotes q JOIN articles ar ON ar.id = q.article_id LEFT JOIN actors a ON a.id = q.actor_id"
)


def _fts_string(key: str) -> str:
    """A key as an FTS5 string (a phrase when the tokenizer splits it, as in «санкт-петербург»)."""
    return '"' + key.replace('"', '""') + '"'


def _source(row: Any) -> ArticleSource:
    return ArticleSource(
        title=row["source_title"], username=row["source_username"], chat_id=row["source_chat_id"],
        message_id=row["source_message_id"], link=row["source_link"],
        url=row["url"],
    )


def _article(row: Any) -> Article:
    return Article(
        id=row["id"], chat_id=row["chat_id"], message_id=row["message_id"], text=row["text"],
        source=_source(row), received_at=datetime.fromisoformat(row["received_at"]), status=row["status"],
        summary=row["summary"], card_sent=bool(row["card_sent"]),
        story_id=row["story_id"],
    )


def _quote(row: Any) -> StoredQuote:
    return StoredQuote(
        id=row["id"], article_id=row["article_id"], actor_id=row["actor_id"], speaker=row["speaker"],
        speaker_type=row["speaker_type"], kind=row["kind"], text=row["text"], cue=row["cue"],
        received_at=datetime.fromisoformat(row["received_at"]), source=_source(row),
    )


def _subscription(row: Any) -> Subscription:
    return Subscription(
        chat_id=row["chat_id"], timezone=row["timezone"], local_time=row["local_time"], active=bool(row["active"]),
        send_empty=bool(row["send_empty"]), last_local_date=row["last_local_date"],
        last_digest_at=parse_ts(row["last_digest_at"]), disabled_reason=row["disabled_reason"],
    )
