"""Daily digests through the stand-in Bot API: on time in each zone, once, across a restart and failures."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import BACKENDS
from tests.e2e.fake_api import FakeTelegram

# Every test here runs once with a SQLite file and once with PostgreSQL (DATABASE_URL).
pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("e2e_backend", BACKENDS)]
SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples"
MOSCOW, NOVOSIBIRSK, BLOCKED = 4001, 4002, 4003


def digests(telegram: FakeTelegram, chat_id: int) -> list[str]:
    return [c.text for c in telegram.sent(chat_id, "sendMessage") if "Дайджест" in c.text]


async def test_digests_arrive_once_in_each_zone_across_a_restart(telegram: FakeTelegram, bot_factory) -> None:
    bot = bot_factory(DIGEST_CHECK_SECONDS="1")
    await bot.start()
    await telegram.wait_for(lambda c: c.method == "setMyCommands", 60)
    # Each chat's own article: its digest must carry its own quotes and no one else's.
    telegram.message(MOSCOW, (SAMPLES / "minfin-budget.txt").read_text(encoding="utf-8"))
    telegram.message(NOVOSIBIRSK, (SAMPLES / "spb-metro.txt").read_text(encoding="utf-8"))
    telegram.message(BLOCKED, (SAMPLES / "football-draw.txt").read_text(encoding="utf-8"))
    for chat in (MOSCOW, NOVOSIBIRSK, BLOCKED):
        await telegram.wait_text(chat, "Разбор статьи", 90)
    due = (datetime.now(UTC) + timedelta(seconds=75)).replace(second=0, microsecond=0)
    for chat, zone, arg in ((MOSCOW, "Europe/Moscow", "Europe/Moscow"),
                            (NOVOSIBIRSK, "Asia/Novosibirsk", "Asia/Novosibirsk"),
                            (BLOCKED, "Europe/Moscow", "+3")):
        local = due.astimezone(ZoneInfo(zone))
        telegram.message(chat, f"/subscribe {local:%H:%M} {arg}")
        await telegram.wait_text(chat, "Готово", 20)
    assert await bot.stop() == 0  # down across the due minute
    telegram.forbidden_chats.add(BLOCKED)
    telegram.fail_rate_429 = 0.3
    telegram.fail_rate_500 = 0.2
    await asyncio.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds()) + 2)
    again = bot_factory(DIGEST_CHECK_SECONDS="1")
    await again.start()
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not (digests(telegram, MOSCOW) and digests(telegram, NOVOSIBIRSK)):
        await asyncio.sleep(0.5)
    await asyncio.sleep(6)  # several more checks: none may send again
    moscow, novosibirsk = digests(telegram, MOSCOW), digests(telegram, NOVOSIBIRSK)
    assert len(moscow) == 1 and len(novosibirsk) == 1, (moscow, novosibirsk)
    assert "Силуанов" in moscow[0] and "Беглов" not in moscow[0]
    assert "Беглов" in novosibirsk[0] and "Силуанов" not in novosibirsk[0]
    assert digests(telegram, BLOCKED) == []
    assert "4003" in again.log and ("forbidden" in again.log.lower() or "blocked" in again.log.lower())
    telegram.forbidden_chats.clear()
    telegram.fail_rate_429 = telegram.fail_rate_500 = 0.0
    telegram.message(BLOCKED, "/settings")
    await telegram.wait_text(BLOCKED, "не включена", 20)  # the blocked chat's subscription was switched off
    telegram.message(MOSCOW, "/settings")
    await telegram.wait_text(MOSCOW, "Ближайшая: завтра", 20)  # today's is done; the next one is tomorrow
    assert await again.stop() == 0
