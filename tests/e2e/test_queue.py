"""Two bot instances in webhook mode, two `python -m bot worker` processes and a real redis-server, sharing one
SQLite file or one PostgreSQL database: every article answered exactly once — posted to either instance, posted
to both, its worker killed mid-job, an instance restarted — and /who the same from either instance."""

from __future__ import annotations

import asyncio
import contextlib
import re
import signal
from pathlib import Path

import pytest

from tests.conftest import BACKENDS
from tests.e2e.conftest import BotProcess, free_port, wait_healthy
from tests.e2e.fake_api import FakeTelegram

pytestmark = pytest.mark.e2e
SAMPLES = sorted((Path(__file__).resolve().parents[2] / "bot" / "samples").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SAMPLES]
SECRET = "queue-secret"
CARD = "Разбор статьи"


def long_article() -> str:
    """Close to MAX_ARTICLE_CHARS: seconds of analysis, long enough to kill its worker in the middle."""
    parts, size, n = [], 0, 0
    while size < 90_000:
        text = f"Часть {n}. " + TEXTS[n % len(TEXTS)]
        parts.append(text)
        size += len(text) + 2
        n += 1
    return "\n\n".join(parts)


def cards(telegram: FakeTelegram, chat_id: int) -> list[str]:
    return [t for t in telegram.sent_texts(chat_id) if CARD in t]


def children(proc: BotProcess) -> list[str]:
    assert proc.proc is not None
    found: list[str] = []
    for task in Path(f"/proc/{proc.proc.pid}/task").iterdir():
        found += (task / "children").read_text().split()
    return found


async def wait_log(procs: list[BotProcess], pattern: str, timeout: float = 180,
                   since: dict[int, int] | None = None) -> tuple[BotProcess, re.Match[str]]:
    """The first process whose log (after `since[id(proc)]` characters) matches `pattern`, and the match
    (polled: the condition, not a fixed sleep)."""
    regex = re.compile(pattern)
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        for proc in procs:
            match = regex.search(proc.log, (since or {}).get(id(proc), 0))
            if match:
                return proc, match
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"no log matched {pattern!r} in {timeout} s")
        await asyncio.sleep(0.02)


async def cards_marked(db_path: Path | str, chat_id: int, timeout: float = 180) -> None:
    """Until every card of the chat is marked sent in the database (a card of many messages takes a while)."""
    import sqlite3

    import asyncpg

    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        if isinstance(db_path, str):  # PostgreSQL
            conn = await asyncpg.connect(db_path)
            try:
                owed = await conn.fetchval("SELECT count(*) FROM articles WHERE chat_id = $1 AND card_sent = 0",
                                           chat_id)
            finally:
                await conn.close()
        else:
            with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
                owed = conn.execute("SELECT count(*) FROM articles WHERE chat_id = ? AND card_sent = 0",
                                    (chat_id,)).fetchone()[0]
        if not owed:
            return
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"chat {chat_id}: {owed} card(s) still not sent after {timeout} s")
        await asyncio.sleep(0.2)


@pytest.mark.parametrize("e2e_backend", BACKENDS)
async def test_two_instances_two_workers(bot_factory, telegram: FakeTelegram, redis_url: str,
                                         e2e_database: Path | str) -> None:
    common = {"REDIS_URL": redis_url, "JOB_TIMEOUT_SECONDS": "20", "LEASE_SECONDS": "6",
              "WEBHOOK_BASE_URL": "https://bot.example.org", "WEBHOOK_HOST": "127.0.0.1",
              "WEBHOOK_SECRET": SECRET}
    workers = [bot_factory("worker", log_name=f"worker{i}.log", **common) for i in (1, 2)]
    ports = [free_port(), free_port()]
    bots = [bot_factory(log_name=f"bot{i}.log", WEBHOOK_PORT=str(port), **common)
            for i, port in enumerate(ports, 1)]
    for proc in (*workers, *bots):
        await proc.start()
    await asyncio.gather(*(wait_healthy(port) for port in ports))
    for worker in workers:
        await wait_log([worker], "worker ready")
    urls = [f"http://127.0.0.1:{port}/webhook" for port in ports]
    # The bot processes do no NLP: no worker processes of their own.
    assert children(bots[0]) == [] and children(bots[1]) == []

    # Articles to either instance; a wrong secret is refused by both.
    chats = list(range(5001, 5009))
    for i, chat in enumerate(chats):
        telegram.message(chat, TEXTS[i % len(TEXTS)])
        update = telegram.last_update_id
        assert await telegram.post_webhook(urls[(i + 1) % 2], update, secret="nope") == 401
        assert await telegram.post_webhook(urls[i % 2], update, secret=SECRET) == 200
    # One update posted to both instances at once: one card.
    both = 5100
    telegram.message(both, TEXTS[0])
    update = telegram.last_update_id
    assert await asyncio.gather(*(telegram.post_webhook(url, update, secret=SECRET) for url in urls)) == [200, 200]
    for chat in [*chats, both]:
        await telegram.wait_text(chat, CARD, timeout=180)

    # A worker killed in the middle of a job: the job runs again on the other; the article is answered once.
    killed_chat = 5200
    telegram.message(killed_chat, long_article())
    before = {id(w): len(w.log) for w in workers}
    assert await telegram.post_webhook(urls[0], telegram.last_update_id, secret=SECRET) == 200
    running, job = await wait_log(workers, r"→ (analysis-\d+):run_call", since=before)
    assert f"← {job.group(1)}:" not in running.log, "the job finished before its worker could be killed"
    await running.kill()
    survivor = workers[1] if running is workers[0] else workers[0]
    await wait_log([survivor], rf"→ {job.group(1)}:run_call", timeout=120)
    await telegram.wait_text(killed_chat, CARD, timeout=180)

    # An instance restarted (not the one still sending that long card, in many messages: a card cut by a stop
    # is sent again whole by whoever takes it over, the documented at-least-once of a card in flight): it comes
    # back, and /who reads the same from either instance.
    assert await bots[1].stop() == 0, bots[1].log
    await bots[1].start()
    await wait_healthy(ports[1])
    minfin = chats[1]  # TEXTS[1] is the Ministry of Finance article, where Антон Силуанов speaks
    answers = []
    for url in urls:
        seen = len(telegram.sent(minfin, "sendMessage"))
        telegram.message(minfin, "/who Силуанов")
        assert await telegram.post_webhook(url, telegram.last_update_id, secret=SECRET) == 200
        await telegram.wait_for(lambda c, seen=seen: c.chat_id == minfin and c.method == "sendMessage"
                                and len(telegram.sent(minfin, "sendMessage")) > seen)
        answers.append(telegram.sent(minfin, "sendMessage")[-1].text)
    assert answers[0] == answers[1] and "Антон Силуанов" in answers[0]
    # Another chat (the football article) never sees that chat's quotes, from either instance.
    telegram.message(chats[0], "/who Силуанов")
    assert await telegram.post_webhook(urls[1], telegram.last_update_id, secret=SECRET) == 200
    other = await telegram.wait_text(chats[0], "не нашлось")
    assert "Антон Силуанов" not in other.text

    # An instance SIGKILLed while its article is being analysed: the other takes the article over once the
    # dead one's claim expires, takes the job's result from Redis, and sends the card, once.
    orphan_chat = 5300
    await cards_marked(e2e_database, killed_chat)  # its many messages all sent by now
    telegram.message(orphan_chat, "\n\n".join(f"Выпуск {n}. {t}" for n in range(3) for t in TEXTS))
    before = {id(survivor): len(survivor.log)}
    assert await telegram.post_webhook(urls[0], telegram.last_update_id, secret=SECRET) == 200
    await wait_log([survivor], r"→ analysis-\d+:run_call", since=before)
    await bots[0].kill()
    await wait_log([bots[1]], "took over 1 articles", timeout=120)
    await telegram.wait_text(orphan_chat, CARD, timeout=120)

    for chat in [*chats, both, killed_chat, orphan_chat]:
        assert len(cards(telegram, chat)) == 1, (chat, cards(telegram, chat))
    assert "Traceback" not in bots[1].log, bots[1].log
    for proc in (bots[1], survivor):
        assert await proc.stop(signal.SIGTERM, timeout=30) == 0, proc.log
