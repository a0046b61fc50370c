"""Delivery through the stand-in Bot API: a digest resumed part by part, a group that became a supergroup."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from pathlib import Path

import pytest

from analysis.model import Actor, Analysis, Quote
from storage import Storage, utcnow
from tests.conftest import BACKENDS
from tests.e2e.conftest import BotProcess
from tests.e2e.fake_api import FakeTelegram

# Every test here runs once with a SQLite file and once with PostgreSQL (DATABASE_URL).
pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("e2e_backend", BACKENDS)]
SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples"
ARTICLE = (SAMPLES / "minfin-budget.txt").read_text(encoding="utf-8")
READER, GROUP, SUPERGROUP, ADMIN = 5101, -5201, -1005201, 777


async def prepare_long_digest(db_path: Path | str, chat_id: int) -> None:
    """A chat whose digest is due now and takes several messages (written as a running bot would)."""
    storage = await Storage.open(db_path)
    try:
        await storage.ensure_chat(chat_id)
        analysed = utcnow() - timedelta(hours=1)
        for i in range(40):
            article, _ = await storage.add_article(chat_id, f"Новость номер {i} о бюджете и налогах регионов",
                                                   received_at=analysed)
            # Each article its own speaker and two long, different quotes: too much for one message.
            speaker = f"Спикер Номер{i}"
            await storage.save_analysis(chat_id, article.id, Analysis(
                summary=f"Сводка новости номер {i}: " + "подробности о бюджете, налогах и расходах регионов " * 4,
                actors=[Actor(speaker, "PER", 2, [])],
                quotes=[Quote(speaker, "PER", "direct", f"Бюджет номер {i} будет исполнен: "
                              + " ".join(f"довод{i}x{k}x{j}" for j in range(40)), "сказал", 0, 10)
                        for k in range(2)]), analysed_at=analysed)
            await storage.mark_card_sent(chat_id, article.id)
        await storage.subscribe_daily(chat_id, "UTC", "00:00")  # today's 00:00 has passed: due at once
    finally:
        await storage.close()


def digests(telegram: FakeTelegram, chat_id: int) -> list[str]:
    return [c.text for c in telegram.sent(chat_id, "sendMessage") if "Разбор статьи" not in c.text]


async def test_a_digest_whose_second_message_fails_sends_each_part_once(
    telegram: FakeTelegram, bot_factory, e2e_database: Path | str
) -> None:
    await prepare_long_digest(e2e_database, READER)
    # The second message fails for longer than the in-process retries wait (6 tries): the tick gives up.
    telegram.fail_sends(READER, after=1, times=6, status=502, description="Bad Gateway")
    bot: BotProcess = bot_factory(DIGEST_CHECK_SECONDS="1")
    await bot.start()
    deadline = time.monotonic() + 150
    while time.monotonic() < deadline and "delivered" not in bot.log:
        await asyncio.sleep(0.5)
    await asyncio.sleep(3)  # more checks: none may send anything again
    parts = digests(telegram, READER)
    assert len(parts) >= 2 and "Дайджест" in parts[0], parts
    assert len(parts) == len(set(parts)), "a part was sent twice"
    assert len(telegram.sent(READER, "failed:sendMessage")) == 6
    assert "resuming the digest" in bot.log
    assert await bot.stop() == 0
    assert "Traceback" not in bot.log


async def test_a_group_that_became_a_supergroup_keeps_who_and_its_digest(
    telegram: FakeTelegram, running_bot: BotProcess
) -> None:
    telegram.admins[GROUP] = {ADMIN}
    telegram.forward(GROUP, ARTICLE, user_id=ADMIN, chat_type="group")
    await telegram.wait_text(GROUP, "Разбор статьи", 90)
    telegram.message(GROUP, "/subscribe 08:30 Asia/Novosibirsk", user_id=ADMIN, chat_type="group")
    await telegram.wait_text(GROUP, "Готово", 20)
    # Telegram upgrades the group: a notice in each chat, and the old id refuses messages from now on. The
    # first question in the supergroup comes at once, in the same batch of updates.
    telegram.migrated_chats[GROUP] = SUPERGROUP
    telegram.message(GROUP, None, user_id=ADMIN, chat_type="group", migrate_to_chat_id=SUPERGROUP)
    telegram.message(SUPERGROUP, None, user_id=ADMIN, chat_type="supergroup", migrate_from_chat_id=GROUP)
    telegram.message(SUPERGROUP, "/who Силуанову", user_id=ADMIN, chat_type="supergroup")
    who = await telegram.wait_text(SUPERGROUP, "Антон Силуанов", 20)
    assert "консервативный подход" in who.text
    telegram.message(SUPERGROUP, "/settings", user_id=ADMIN, chat_type="supergroup")
    settings = await telegram.wait_text(SUPERGROUP, "Ежедневная сводка", 20)
    assert "08:30" in settings.text and "Asia/Novosibirsk" in settings.text
    assert "Traceback" not in running_bot.log
