"""Shared pieces for the digest tests: a fake bot, a service without sleeps (the real `storage`, on each
backend, comes from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from aiogram.methods import SendMessage

from analysis.model import Actor, Analysis, Quote
from bot.config import Settings
from delivery.sender import RateLimiter, Sender
from digest.service import DigestService
from storage import Storage


class FakeBot:
    """Records send_message calls; `errors[chat_id]` lists what the next calls to the chat do, one per call:
    an exception is raised, None lets the call through."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []
        self.errors: dict[int, list[Exception]] = {}
        self.calls = 0

    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> None:
        self.calls += 1
        queue = self.errors.get(chat_id)
        if queue:
            error = queue.pop(0)
            if error is not None:
                raise error
        self.sent.append((chat_id, text))

    def texts(self, chat_id: int) -> list[str]:
        return [text for cid, text in self.sent if cid == chat_id]


def method(chat_id: int = 1) -> SendMessage:
    return SendMessage(chat_id=chat_id, text="x")


class Sleeps:
    """A stand-in for asyncio.sleep that only records the delays asked for."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


@pytest.fixture
def bot() -> FakeBot:
    return FakeBot()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def settings() -> Settings:
    return Settings(_env_file=None, default_timezone="Europe/Moscow", digest_time="09:00")


@pytest.fixture
def make_service(bot: FakeBot, settings: Settings, sleeps: Sleeps) -> Callable[..., DigestService]:
    def make(storage: Storage, clock: Callable[[], datetime] | None = None) -> DigestService:
        sender = Sender(bot, limiter=RateLimiter(sleep=sleeps), on_forbidden=storage.unsubscribe,
                        on_migrated=storage.migrate_chat)
        return DigestService(storage, sender, default_timezone=settings.default_timezone,
                             check_seconds=settings.digest_check_seconds, clock=clock)

    return make


async def add_article(storage: Storage, chat_id: int, text: str, received_at: datetime,
                      analysis: Analysis | None = None, *, analysed_at: datetime | None = None, **kw: Any) -> int:
    """A stored and analysed article; analysed when received unless `analysed_at` says otherwise."""
    await storage.ensure_chat(chat_id)
    article, _ = await storage.add_article(chat_id, text, received_at=received_at, **kw)
    await storage.save_analysis(chat_id, article.id, analysis or Analysis(
        summary=f"Сводка: {text[:40]}",
        actors=[Actor("Владимир Путин", "PER", 2, ["Путин"])],
        quotes=[Quote("Владимир Путин", "PER", "direct", f"Мы продолжим работу по теме {text[:30]}", "сказал", 0, 10)],
    ), analysed_at=analysed_at or received_at)
    return article.id
