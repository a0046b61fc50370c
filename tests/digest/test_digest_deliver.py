"""Delivery against a fake bot: rate limits, 429, 403, network errors and 5xx."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)

from digest.deliver import Deliverer, RateLimiter, Status
from storage import Storage
from tests.digest.conftest import FakeBot, Sleeps, method


class FakeClock:
    """Monotonic time that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.delays: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.delays.append(delay)
        self.now += delay


async def subscribed(storage: Storage, chat_id: int) -> None:
    await storage.ensure_chat(chat_id)
    await storage.subscribe(chat_id, "Europe/Moscow", "09:00", now=datetime(2024, 6, 1, tzinfo=UTC))


def deliverer(bot: FakeBot, storage: Storage, sleeps: Sleeps) -> Deliverer:
    """No rate-limit gaps here (tested on their own below), so every recorded sleep is a retry's."""
    limiter = RateLimiter(chat_interval=0, group_interval=0, sleep=sleeps)
    return Deliverer(bot, storage, limiter=limiter, sleep=sleeps, base_delay=0.5)


async def test_sends_every_message_in_order(storage: Storage, bot: FakeBot, sleeps: Sleeps) -> None:
    result = await deliverer(bot, storage, sleeps).send(5, ["один", "два", "три"])
    assert result.status is Status.SENT and result.sent == 3
    assert bot.texts(5) == ["один", "два", "три"]


async def test_429_waits_retry_after_and_retries(storage: Storage, bot: FakeBot, sleeps: Sleeps) -> None:
    bot.errors[5] = [TelegramRetryAfter(method(5), "Too Many Requests", retry_after=7)]
    result = await deliverer(bot, storage, sleeps).send(5, ["привет"])
    assert result.status is Status.SENT
    assert bot.texts(5) == ["привет"]
    assert 7 in sleeps.delays


async def test_endless_429_gives_up_eventually(storage: Storage, bot: FakeBot, sleeps: Sleeps) -> None:
    bot.errors[5] = [TelegramRetryAfter(method(5), "Too Many Requests", retry_after=1) for _ in range(50)]
    result = await deliverer(bot, storage, sleeps).send(5, ["привет"])
    assert result.status is Status.FAILED
    assert bot.calls == 6


async def test_403_switches_the_subscription_off_without_retry(
    storage: Storage, bot: FakeBot, sleeps: Sleeps
) -> None:
    await subscribed(storage, 5)
    bot.errors[5] = [TelegramForbiddenError(method(5), "Forbidden: bot was blocked by the user")]
    result = await deliverer(bot, storage, sleeps).send(5, ["раз", "два"])
    assert result.status is Status.FORBIDDEN and result.sent == 0
    assert bot.calls == 1
    sub = await storage.get_subscription(5)
    assert sub is not None and not sub.active and "blocked" in (sub.disabled_reason or "")


async def test_5xx_retried_with_backoff_then_given_up(storage: Storage, bot: FakeBot, sleeps: Sleeps) -> None:
    await subscribed(storage, 5)
    bot.errors[5] = [TelegramServerError(method(5), "Internal Server Error") for _ in range(10)]
    result = await deliverer(bot, storage, sleeps).send(5, ["привет"])
    assert result.status is Status.FAILED
    assert bot.calls == 5  # the first try and 4 retries
    assert sleeps.delays == [0.5, 1.0, 2.0, 4.0]
    sub = await storage.get_subscription(5)
    assert sub is not None and sub.active  # a server problem is not the chat's fault


async def test_network_error_then_success(storage: Storage, bot: FakeBot, sleeps: Sleeps) -> None:
    bot.errors[5] = [TelegramNetworkError(method(5), "timeout"), TelegramServerError(method(5), "Bad Gateway")]
    result = await deliverer(bot, storage, sleeps).send(5, ["привет"])
    assert result.status is Status.SENT and bot.texts(5) == ["привет"]


async def test_bad_request_is_not_retried(storage: Storage, bot: FakeBot, sleeps: Sleeps) -> None:
    bot.errors[5] = [TelegramBadRequest(method(5), "can't parse entities")]
    result = await deliverer(bot, storage, sleeps).send(5, ["привет"])
    assert result.status is Status.FAILED and bot.calls == 1


async def test_per_chat_and_group_intervals() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    sent: list[tuple[int, float]] = []
    for _ in range(3):
        for chat in (1, -100):
            await limiter.acquire(chat)
            sent.append((chat, clock.now))
    private = [t for c, t in sent if c == 1]
    group = [t for c, t in sent if c == -100]
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(private))
    assert all(b - a >= 3.0 for a, b in itertools.pairwise(group))


async def test_global_rate_limit() -> None:
    clock = FakeClock()
    limiter = RateLimiter(global_per_second=30, clock=clock, sleep=clock.sleep)
    for chat in range(1, 91):  # 90 different chats: the per-chat gap never applies
        await limiter.acquire(chat)
    # A burst of 30, then 30 a second: 90 messages need at least 2 seconds.
    assert clock.now >= 2.0 - 1e-9
    assert clock.now <= 2.1
