"""Intake with a real database and a stand-in messenger: the inbox makes every message count exactly once."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest

from analysis.model import Analysis
from intake.service import Incoming, Intake, IntakeLimits, Origin
from processing import worker
from processing.service import ArticleService
from storage import Article, Storage

ARTICLE = ("Министр финансов Антон Силуанов заявил, что бюджет сбалансирован. «Мы сохраняем консервативный "
           "подход к расходам», — подчеркнул он на встрече с журналистами в Москве.")


class FakeMessenger:
    def __init__(self, files: dict[str, bytes] | None = None) -> None:
        self.replies: list[tuple[int, int, str]] = []
        self.files = files or {}

    async def reply(self, chat_id: int, message_id: int, text: str) -> None:
        self.replies.append((chat_id, message_id, text))

    async def send(self, chat_id: int, text: str) -> None:
        self.replies.append((chat_id, 0, text))

    async def download(self, file_id: str, max_bytes: int) -> bytes:
        return self.files[file_id]

    def working(self, chat_id: int) -> Any:
        return contextlib.nullcontext()


class InProcessPool:
    """Runs extraction for real, in this process; the analysis is a stub."""

    workers = 1

    async def run(self, fn: Any, *args: Any, timeout: float | None = None, key: str | None = None) -> Any:
        if fn is worker.analyze_article:
            return {"analysis": Analysis(summary="кратко").to_dict(), "quote_keys": None, "fingerprint": "",
                    "bands": []}
        return fn(*args)


class Bot:
    def __init__(self, storage: Storage, messenger: FakeMessenger, **limits: Any) -> None:
        self.cards: list[Article] = []

        async def on_done(article: Article) -> None:
            self.cards.append(article)
            await storage.mark_card_sent(article.chat_id, article.id)

        self.articles = ArticleService(storage, InProcessPool(), on_done)  # type: ignore[arg-type]
        self.intake = Intake(messenger, storage, self.articles, IntakeLimits(**limits))

    async def start(self) -> None:
        await self.articles.start()
        await self.intake.start()

    async def stop(self) -> None:
        await self.intake.close()
        await self.articles.stop(grace=1)


async def wait(predicate: Any, timeout: float = 5) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.01)


def origin(message_id: int, chat_id: int = 1) -> Origin:
    return Origin(chat_id, "private", "Тест", message_id)


async def test_a_message_delivered_twice_is_taken_once(storage: Storage) -> None:
    messenger = FakeMessenger()
    bot = Bot(storage, messenger)
    await bot.start()
    short = Incoming("text", origin(10), 1, text="привет")
    await bot.intake.receive(short)
    await bot.intake.receive(short)  # Telegram delivered the update again
    item = Incoming("text", origin(11), 1, text=ARTICLE)
    await bot.intake.receive(item)
    await bot.intake.receive(item)
    await wait(lambda: len(bot.cards) == 1)
    async with asyncio.timeout(5):
        while await storage.inbox_pending():
            await asyncio.sleep(0.01)
    await bot.stop()
    assert len(bot.cards) == 1
    assert len(messenger.replies) == 1  # "too short", once
    assert messenger.replies[0][1] == 10 and "коротко" in messenger.replies[0][2]


async def test_a_paste_waiting_for_its_parts_survives_a_stop(storage: Storage) -> None:
    messenger = FakeMessenger()
    bot = Bot(storage, messenger, join_window_seconds=5)
    await bot.start()
    long_part = (ARTICLE + " ") * 26
    part = long_part[: long_part.rindex(" ", 0, 4000)]
    await bot.intake.receive(Incoming("paste", origin(20), 1, text=part, limit=4096))
    await bot.stop()  # inside the join window
    assert bot.cards == []
    assert len(await storage.inbox_pending()) == 1

    again = Bot(storage, messenger, join_window_seconds=0.1)
    await again.start()
    await again.intake.receive(Incoming("paste", origin(21), 1, text="А это продолжение статьи.", limit=4096))
    await wait(lambda: len(again.cards) == 1)
    await again.stop()
    assert again.cards[0].message_id == 20
    assert again.cards[0].text.endswith("А это продолжение статьи.")  # the part after the restart joined it
    assert await storage.inbox_pending() == []


async def test_a_file_over_the_article_limit_is_refused_with_an_answer(storage: Storage) -> None:
    messenger = FakeMessenger({"big": ((ARTICLE + "\n") * 20).encode()})
    bot = Bot(storage, messenger, max_article_chars=1000)
    await bot.start()
    await bot.intake.receive(Incoming("document", origin(30), 1, file_id="big", file_name="long.txt"))
    await wait(lambda: bool(messenger.replies))
    await bot.stop()
    assert "длиннее 1 000 символов" in messenger.replies[0][2]
    assert bot.cards == []


async def test_an_unexpected_error_is_answered_once_and_not_retried(storage: Storage,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    messenger = FakeMessenger()
    bot = Bot(storage, messenger)
    await bot.start()

    async def broken(*_args: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(bot.intake, "take_text", broken)
    await bot.intake.receive(Incoming("text", origin(40), 1, text=ARTICLE))
    await wait(lambda: bool(messenger.replies))
    async with asyncio.timeout(5):
        while await storage.inbox_pending():  # a poison message does not come back at every start
            await asyncio.sleep(0.01)
    await bot.stop()
    assert [text for _, _, text in messenger.replies] == [messenger.replies[0][2]]
    assert "Что-то пошло не так" in messenger.replies[0][2]


async def test_the_last_part_of_a_paste_waits_for_the_first_recorded_late(storage: Storage,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Updates are handled concurrently: the short last part may reach the inbox before the long first part."""
    messenger = FakeMessenger()
    bot = Bot(storage, messenger, join_window_seconds=0.5)
    await bot.start()
    record = storage.inbox_add
    first_may_finish = asyncio.Event()

    async def slow_for_the_first(chat_id: int, message_id: int, *args: Any) -> bool:
        if message_id == 30:
            await first_may_finish.wait()
        return await record(chat_id, message_id, *args)

    monkeypatch.setattr(storage, "inbox_add", slow_for_the_first)
    long_part = (ARTICLE + " ") * 26
    part = long_part[: long_part.rindex(" ", 0, 4000)]
    first = asyncio.create_task(bot.intake.receive(Incoming("paste", origin(30), 1, text=part, limit=4096)))
    await asyncio.sleep(0.05)
    await bot.intake.receive(Incoming("paste", origin(31), 1, text="А это продолжение статьи.", limit=4096))
    await asyncio.sleep(0.2)
    first_may_finish.set()
    await first
    await wait(lambda: len(bot.cards) == 1)
    await asyncio.sleep(0.6)
    await bot.stop()
    assert [c.message_id for c in bot.cards] == [30]
    assert bot.cards[0].text.endswith("А это продолжение статьи.")
