"""Durable intake end to end: SIGKILL while a paste waits, a page loads or a file downloads loses nothing and
answers once; a stop while the workers warm up is clean; one chat's thirty links do not hold up another chat."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from tests.conftest import BACKENDS
from tests.e2e.conftest import BotProcess
from tests.e2e.fake_api import FakeTelegram
from tests.intake.pages import ARTICLE_HTML

pytestmark = pytest.mark.e2e
SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples"
CHAT = 4004


def cards(telegram: FakeTelegram, chat_id: int) -> list[int]:
    """The message ids the chat's cards replied to, one entry per card sent."""
    return [int((c.params.get("reply_parameters") or {}).get("message_id", 0))
            for c in telegram.sent(chat_id, "sendMessage") if "Разбор статьи" in c.text]


def assert_clean(log: str) -> None:
    for bad in ("Traceback", "never retrieved", "BrokenProcessPool", "Task was destroyed"):
        assert bad not in log, log[-3000:]


async def inbox_rows(db: Path | str, chat_id: int) -> int:
    """The chat's inbox rows, read the way an operator would: straight from the SQLite file or PostgreSQL."""
    if isinstance(db, str):
        conn = await asyncpg.connect(db)
        try:
            return int(await conn.fetchval("SELECT count(*) FROM inbox WHERE chat_id = $1", chat_id))
        finally:
            await conn.close()
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM inbox WHERE chat_id = ?", (chat_id,)).fetchone()[0])


async def until(predicate, timeout: float = 30) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.1)


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (the workers and multiprocessing's resource tracker of a bot)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


async def started(telegram: FakeTelegram, bot: BotProcess, after: float = 0.0) -> None:
    await bot.start()
    await telegram.wait_for(lambda c: c.method == "setMyCommands" and c.at > after, 60)


async def kill_once_taken(telegram: FakeTelegram, bot: BotProcess, db: Path | str, chat_id: int) -> float:
    """SIGKILL as soon as the bot has the message on disk and Telegram counts it as delivered."""
    deadline = time.monotonic() + 30
    while not (telegram.confirmed >= telegram.last_update_id and await inbox_rows(db, chat_id) > 0):
        if time.monotonic() > deadline:
            raise AssertionError("the message never reached the inbox")
        await asyncio.sleep(0.1)
    await bot.kill()
    return time.monotonic()


@pytest.fixture
async def slow_site() -> AsyncIterator[tuple[TestServer, asyncio.Event, asyncio.Event]]:
    """/slow-once hangs on its first request until released (the bot is killed meanwhile), then serves."""
    requested, release = asyncio.Event(), asyncio.Event()

    async def slow_once(_request: web.Request) -> web.Response:
        if not requested.is_set():
            requested.set()
            await release.wait()
        return web.Response(text=ARTICLE_HTML, content_type="text/html", charset="utf-8")

    async def numbered(request: web.Request) -> web.Response:
        n = request.match_info["n"]
        html = ARTICLE_HTML.replace("в пятницу", f"в пятницу, в выпуске номер {n},")
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    app = web.Application()
    app.router.add_get("/slow-once", slow_once)
    app.router.add_get("/news/{n}", numbered)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield server, requested, release
    release.set()
    await server.close()


@pytest.mark.parametrize("e2e_backend", BACKENDS)
async def test_sigkill_during_a_pastes_join_window(telegram: FakeTelegram, bot_factory,
                                                   e2e_database: Path | str) -> None:
    text = "\n\n".join((SAMPLES / n).read_text(encoding="utf-8") for n in ("minfin-budget.txt", "spb-metro.txt"))
    text = (text * 3)[:6000]
    cut = text.rindex(" ", 0, 4000)  # the client cuts at a space and does not send it
    bot = bot_factory(JOIN_WINDOW_SECONDS="8")
    await started(telegram, bot)
    first = telegram.message(CHAT, text[:cut])
    telegram.message(CHAT, text[cut + 1:])
    assert bot.proc is not None
    await until(lambda: len(children(bot.proc.pid)) >= 2)  # the worker and the resource tracker
    workers = children(bot.proc.pid)
    killed = await kill_once_taken(telegram, bot, e2e_database, CHAT)
    await until(lambda: not any(alive(pid) for pid in workers), 15)  # a killed bot leaves no worker behind
    assert cards(telegram, CHAT) == []  # it was still waiting for more parts
    again = bot_factory(JOIN_WINDOW_SECONDS="1")
    await started(telegram, again, killed)
    await telegram.wait_text(CHAT, "Разбор статьи", 90)
    await asyncio.sleep(3)
    assert cards(telegram, CHAT) == [first]  # both parts, one card
    assert await again.stop() == 0
    assert_clean(again.log)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
async def test_a_stop_during_a_link_fetch(telegram: FakeTelegram, bot_factory, e2e_database: Path | str, slow_site,
                                          sig: int) -> None:
    site, requested, release = slow_site
    bot = bot_factory(FETCH_ALLOW_PRIVATE="true", FETCH_TIMEOUT_SECONDS="30")
    await started(telegram, bot)
    message_id = telegram.message(CHAT, str(site.make_url("/slow-once")))
    await asyncio.wait_for(requested.wait(), 30)
    if sig == signal.SIGKILL:
        killed = await kill_once_taken(telegram, bot, e2e_database, CHAT)
    else:  # a clean stop in the middle of the fetch: no traceback, and the link waits for the next start
        assert await bot.stop() == 0
        killed = time.monotonic()
        assert_clean(bot.log)
    release.set()
    again = bot_factory(FETCH_ALLOW_PRIVATE="true", FETCH_TIMEOUT_SECONDS="30")
    await started(telegram, again, killed)
    card = await telegram.wait_text(CHAT, "Разбор статьи", 90)
    assert "Силуанов" in card.text
    await asyncio.sleep(3)
    assert cards(telegram, CHAT) == [message_id]
    assert not [c for c in telegram.sent(CHAT, "sendMessage") if "Не удалось" in c.text]
    assert await again.stop() == 0
    assert_clean(again.log)


@pytest.mark.parametrize("e2e_backend", BACKENDS)
async def test_sigkill_during_a_document_download(telegram: FakeTelegram, bot_factory,
                                                  e2e_database: Path | str) -> None:
    text = (SAMPLES / "spb-metro.txt").read_text(encoding="utf-8")
    telegram.files["slow"] = ("documents/slow.txt", text.encode())
    telegram.file_gate = asyncio.Event()
    bot = bot_factory()
    await started(telegram, bot)
    message_id = telegram.message(CHAT, None, document={"file_id": "slow", "file_unique_id": "s",
                                                        "file_name": "metro.txt", "mime_type": "text/plain"})
    await telegram.wait_for(lambda c: c.method == "download", 30)
    killed = await kill_once_taken(telegram, bot, e2e_database, CHAT)
    telegram.file_gate.set()
    again = bot_factory()
    await started(telegram, again, killed)
    card = await telegram.wait_text(CHAT, "Разбор статьи", 90)
    assert "Беглов" in card.text
    await asyncio.sleep(3)
    assert cards(telegram, CHAT) == [message_id]
    assert await again.stop() == 0
    assert_clean(again.log)


async def test_a_stop_while_the_workers_warm_up_is_clean(telegram: FakeTelegram, bot_factory) -> None:
    bot = bot_factory(ANALYSIS_WORKERS="2")
    await started(telegram, bot)  # the workers are spawned right after this call; their models take seconds
    await asyncio.sleep(0.3)
    assert await bot.stop() == 0
    assert "stopped" in bot.log
    assert_clean(bot.log)


async def test_thirty_links_from_one_chat_do_not_hold_up_another(telegram: FakeTelegram, bot_factory,
                                                                 slow_site) -> None:
    site, _, _ = slow_site
    bot = bot_factory(FETCH_ALLOW_PRIVATE="true")
    await started(telegram, bot)
    for n in range(30):
        telegram.message(CHAT, str(site.make_url(f"/news/{n}")))
    await asyncio.sleep(0.5)  # the links are being fetched and queued
    other = CHAT + 1
    telegram.message(other, (SAMPLES / "football-draw.txt").read_text(encoding="utf-8"))
    await telegram.wait_text(other, "Разбор статьи", 60)
    done_before = len(cards(telegram, CHAT))
    assert done_before < 10, done_before  # the other chat took its turn instead of waiting for all thirty
    await until(lambda: len(cards(telegram, CHAT)) == 30, 240)
    refused = [c.text for c in telegram.sent(CHAT, "sendMessage") if "Не удалось" in c.text or "позже" in c.text]
    assert refused == []
    assert await bot.stop() == 0
    assert_clean(bot.log)


async def test_a_failing_chat_action_leaves_no_traceback(telegram: FakeTelegram, bot_factory, slow_site) -> None:
    site, _, _ = slow_site
    telegram.fail_rate_500 = 1.0  # every send* fails once: the "typing" status first of all
    bot = bot_factory(FETCH_ALLOW_PRIVATE="true")
    await started(telegram, bot)
    telegram.message(CHAT, str(site.make_url("/news/1")))
    await telegram.wait_for(lambda c: c.method == "failed:sendChatAction", 30)
    # the retry policy sends the answers again with backoff; let them through so the stop is not waiting on it
    telegram.fail_rate_500 = 0.0
    await asyncio.sleep(2)
    assert await bot.stop() == 0
    assert "never retrieved" not in bot.log, bot.log[-3000:]
