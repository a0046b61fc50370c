"""The bot as a process with DATABASE_URL, against a real PostgreSQL server the tests started themselves."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import asyncpg
import pytest

from storage.postgres import migrations
from tests.e2e.conftest import ROOT, TOKEN, BotProcess
from tests.e2e.fake_api import FakeTelegram
from tests.pgserver import free_port

pytestmark = pytest.mark.e2e
SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples"
ARTICLE = (SAMPLES / "minfin-budget.txt").read_text(encoding="utf-8")
ALICE, BOB = 1001, 2002


async def started(telegram: FakeTelegram, bot: BotProcess, count: int = 1) -> None:
    await bot.start()
    await telegram.wait_for(lambda _: len(telegram.sent(method="setMyCommands")) >= count, timeout=90)


async def test_core_flow_on_postgresql(telegram: FakeTelegram, bot_factory, pg_database: str,
                                       tmp_path: Path) -> None:
    """Forward, /who, another chat sees nothing, a restart keeps /who, /forget empties the chat."""
    bot = bot_factory(DATABASE_URL=pg_database)
    await started(telegram, bot)
    telegram.forward(ALICE, ARTICLE, title="ТАСС", username="tass_agency", channel_message_id=321)
    card = await telegram.wait_text(ALICE, "Разбор статьи", 120)
    assert "Силуанов" in card.text
    telegram.message(ALICE, "/who Силуанову")
    who = await telegram.wait_text(ALICE, "Антон Силуанов")
    assert "консервативный подход" in who.text
    telegram.message(BOB, "/who Силуанов")
    nothing = await telegram.wait_text(BOB, "не нашлось")
    assert "Силуанов" not in nothing.text.replace("«Силуанов»", "")
    assert await bot.stop() == 0

    telegram.calls.clear()
    again = bot_factory(DATABASE_URL=pg_database)
    await started(telegram, again)
    telegram.message(ALICE, "/who кудрина")
    who = await telegram.wait_text(ALICE, "Алексей Кудрин", timeout=60)
    assert "честным" in who.text
    telegram.forward(ALICE, ARTICLE, title="ТАСС", username="tass_agency", channel_message_id=321)
    await telegram.wait_text(ALICE, "уже присылали")  # dedupe holds across the restart
    telegram.message(ALICE, "/forget")
    ask = await telegram.wait_text(ALICE, "Удалить всё")
    yes = ask.params["reply_markup"]["inline_keyboard"][0][0]
    telegram.callback(ALICE, 1, yes["callback_data"])
    await telegram.wait_text(ALICE, "Готово: удалено 1")
    telegram.message(ALICE, "/who Кудрин")
    await telegram.wait_text(ALICE, "не нашлось")
    assert await again.stop() == 0

    conn = await asyncpg.connect(pg_database)
    try:
        assert await conn.fetchval("SELECT count(*) FROM articles WHERE chat_id = $1", ALICE) == 0
        assert await conn.fetchval("SELECT count(*) FROM chats WHERE id = $1", ALICE) == 0
    finally:
        await conn.close()
    assert not (tmp_path / "bot.sqlite3").exists()  # nothing went to the SQLite file
    assert "Traceback" not in again.log


async def test_two_instances_starting_at_once_share_one_schema(telegram: FakeTelegram, bot_factory,
                                                               pg_database: str) -> None:
    """Both start on an empty database at the same moment: one migrates, the other waits; both run."""
    first, second = bot_factory(DATABASE_URL=pg_database), bot_factory(DATABASE_URL=pg_database)
    await asyncio.gather(first.start(), second.start())
    await telegram.wait_for(lambda _: len(telegram.sent(method="setMyCommands")) >= 2, timeout=120)
    assert await first.stop() == 0 and await second.stop() == 0
    conn = await asyncpg.connect(pg_database)
    try:
        rows = await conn.fetch("SELECT version FROM schema_migrations ORDER BY version")
    finally:
        await conn.close()
    assert [r[0] for r in rows] == [v for v, _, _ in migrations()]


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql://bot:s3cret@127.0.0.1:{port}/quotes", "cannot reach the PostgreSQL server"),
    ("postgresql://bot:s3cret@127.0.0.1:notaport/quotes", "DATABASE_URL is malformed"),
    ("mysql://bot:s3cret@127.0.0.1/quotes", "DATABASE_URL must start with postgresql://"),
])
async def test_a_bad_database_url_stops_the_bot_with_a_clear_message(url: str, expected: str) -> None:
    env = {**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "http://127.0.0.1:9",
           "DATABASE_URL": url.format(port=free_port()), "PYTHONUNBUFFERED": "1"}
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", cwd=ROOT, env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    text = out.decode()
    assert proc.returncode != 0
    assert expected in text
    assert "s3cret" not in text and "Traceback" not in text
