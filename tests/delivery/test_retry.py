"""The one retry policy: unit rules, and on a real aiogram Bot against the stand-in Bot API server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import BufferedInputFile

from delivery.retry import RetryPolicy
from tests.digest.conftest import Sleeps, method
from tests.e2e.fake_api import FakeTelegram


def failing(*errors: Exception) -> Any:
    """A call that raises `errors` one by one, then returns "ok"; `.calls` counts the tries."""
    queue = list(errors)

    async def call() -> str:
        call.calls += 1  # type: ignore[attr-defined]
        if queue:
            raise queue.pop(0)
        return "ok"

    call.calls = 0  # type: ignore[attr-defined]
    return call


async def test_429_waits_exactly_retry_after(sleeps: Sleeps) -> None:
    call = failing(TelegramRetryAfter(method(), "Too Many Requests", retry_after=7))
    assert await RetryPolicy(sleep=sleeps).run(call) == "ok"
    assert sleeps.delays == [7.0]


async def test_endless_or_long_429_is_not_waited_forever(sleeps: Sleeps) -> None:
    call = failing(*(TelegramRetryAfter(method(), "Too Many Requests", retry_after=1) for _ in range(50)))
    with pytest.raises(TelegramRetryAfter):
        await RetryPolicy(max_flood_waits=5, sleep=sleeps).run(call)
    assert call.calls == 6
    long = failing(TelegramRetryAfter(method(), "Too Many Requests", retry_after=3600))
    with pytest.raises(TelegramRetryAfter):
        await RetryPolicy(sleep=sleeps).run(long)
    assert long.calls == 1


async def test_5xx_and_network_errors_back_off_then_give_up(sleeps: Sleeps) -> None:
    call = failing(*(TelegramServerError(method(), "Bad Gateway") for _ in range(10)))
    with pytest.raises(TelegramServerError):
        await RetryPolicy(max_retries=5, base_delay=1.0, sleep=sleeps).run(call)
    assert call.calls == 6 and sleeps.delays == [1.0, 2.0, 4.0, 8.0, 16.0]
    flaky = failing(TelegramNetworkError(method(), "timeout"), TelegramServerError(method(), "Bad Gateway"))
    assert await RetryPolicy(sleep=sleeps).run(flaky) == "ok" and flaky.calls == 3


async def test_answers_are_not_retried(sleeps: Sleeps) -> None:
    call = failing(TelegramBadRequest(method(), "can't parse entities"))
    with pytest.raises(TelegramBadRequest):
        await RetryPolicy(sleep=sleeps).run(call)
    assert call.calls == 1 and sleeps.delays == []


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(telegram: FakeTelegram, sleeps: Sleeps) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.url))
    session.middleware(RetryPolicy(sleep=sleeps))
    bot = Bot("123:TEST", session=session)
    yield bot
    await bot.session.close()


async def test_every_call_of_the_bot_is_retried_the_same_way(
    telegram: FakeTelegram, bot: Bot, sleeps: Sleeps
) -> None:
    """Cards, answers and documents alike: one policy on the session, not a loop in each caller."""
    telegram.fail_sends(7, times=2, status=500)
    message = await bot.send_message(7, "ответ")
    assert message.text == "ответ"
    assert [c.method for c in telegram.sent(7)] == ["failed:sendMessage", "failed:sendMessage", "sendMessage"]
    telegram.fail_sends(7, times=1, status=502)
    await bot.send_document(7, BufferedInputFile(b"{}", filename="export.json"))
    assert [c.method for c in telegram.sent(7)][-2:] == ["failed:sendDocument", "sendDocument"]
    assert sleeps.delays == [1.0, 2.0, 1.0]
