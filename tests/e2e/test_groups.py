"""Groups: the bot reads what is meant for it (forwards, mentions, replies, /analyze) and nothing else."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import BotProcess
from tests.e2e.fake_api import BOT_USER, FakeTelegram

pytestmark = pytest.mark.e2e
SAMPLES = Path(__file__).resolve().parents[2] / "bot" / "samples"
GROUP = -100600


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def card_replies(telegram: FakeTelegram) -> list[int]:
    return [int((c.params.get("reply_parameters") or {}).get("message_id", 0))
            for c in telegram.sent(GROUP, "sendMessage") if "Разбор статьи" in c.text]


async def test_group_chatter_is_ignored_while_a_forwarded_post_is_answered(
        telegram: FakeTelegram, running_bot: BotProcess, tmp_path: Path) -> None:
    group = {"chat_type": "supergroup"}
    chatter = ("Коллеги, я вчера читал длинную статью про бюджет и метро, и мне кажется, что министр "
               "сказал что-то важное, но я не понял, что именно. Обсудим завтра на встрече?")
    telegram.message(GROUP, chatter, **group)
    telegram.message(GROUP, sample("spb-metro.txt"), **group)  # a long text pasted into the conversation
    telegram.message(GROUP, "Гляньте https://example.com/news/1 — интересно", **group)  # a link in conversation
    telegram.files["unrelated"] = ("documents/plan.txt", sample("minfin-budget.txt").encode())
    telegram.message(GROUP, None, document={"file_id": "unrelated", "file_unique_id": "u", "file_name": "plan.txt",
                                            "mime_type": "text/plain"}, **group)
    forwarded = telegram.forward(GROUP, sample("football-draw.txt"), **group)
    await telegram.wait_text(GROUP, "Разбор статьи", 60)
    await asyncio.sleep(3)
    assert card_replies(telegram) == [forwarded]
    assert [c.method for c in telegram.sent(GROUP) if c.method.startswith("send")] == ["sendMessage"]
    assert not telegram.sent(method="download")  # the unrelated document was not even fetched

    # Addressed to the bot: a mention, a file in reply to the bot, /analyze in reply to a message.
    card = telegram.sent(GROUP, "sendMessage")[0]
    bot_message = {"message_id": 1, "date": 0, "chat": {"id": GROUP, "type": "supergroup", "title": "Группа"},
                   "from": BOT_USER, "text": card.text[:50]}
    text = "@whosaid_test_bot " + sample("minfin-budget.txt")
    mentioned = telegram.message(GROUP, text, entities=[{"type": "mention", "offset": 0, "length": 17}], **group)
    telegram.files["asked"] = ("documents/metro.txt", sample("spb-metro.txt").encode())
    telegram.message(GROUP, None, document={"file_id": "asked", "file_unique_id": "a", "file_name": "metro.txt",
                                            "mime_type": "text/plain"}, reply_to_message=bot_message, **group)
    await telegram.wait_for(lambda c: len(card_replies(telegram)) >= 3, 60)
    assert mentioned in card_replies(telegram)

    telegram.message(GROUP, "/analyze", **group)  # not a reply: explained
    await telegram.wait_text(GROUP, "Ответьте командой /analyze", 20)

    code = await running_bot.stop()
    assert code == 0, running_bot.log
    with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
        stored = [row[0] for row in conn.execute("SELECT text FROM articles WHERE chat_id = ?", (GROUP,))]
        inbox = conn.execute("SELECT count(*) FROM inbox WHERE chat_id = ?", (GROUP,)).fetchone()[0]
    assert len(stored) == 3 and not any(chatter[:30] in t for t in stored)
    assert inbox == 3  # only the three messages meant for the bot were ever recorded
    assert "Traceback" not in running_bot.log


async def test_analyze_in_reply_analyses_the_replied_message(telegram: FakeTelegram, running_bot: BotProcess) -> None:
    chat = 5151
    original = {"message_id": 77, "date": 0, "chat": {"id": chat, "type": "private", "first_name": "Тест"},
                "from": {"id": chat, "is_bot": False, "first_name": "Тест"}, "text": sample("spb-metro.txt")}
    command = telegram.message(chat, "/analyze", reply_to_message=original)
    card = await telegram.wait_text(chat, "Разбор статьи", 60)
    assert "Беглов" in card.text
    assert card.params["reply_parameters"]["message_id"] == command
    telegram.message(chat, "/analyze")
    await telegram.wait_text(chat, "Ответьте командой /analyze", 20)
    telegram.message(chat, "/help")
    assert "/analyze" in (await telegram.wait_text(chat, "кто что сказал", 20)).text
