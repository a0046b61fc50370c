"""The one sender against a fake bot: order, rate limits, 403, migrated chats, what is final and what is not."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramServerError,
)

from delivery.sender import RateLimiter, Sender, Status
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


def sender(bot: FakeBot, storage: Storage, sleeps: Sleeps) -> Sender:
    """No rate-limit gaps here (tested on their own below)."""
    limiter = RateLimiter(chat_interval=0, group_interval=0, sleep=sleeps)
    return Sender(bot, limiter=limiter, on_forbidden=storage.unsubscribe, on_migrated=storage.migrate_chat)


async def test_sends_every_message_in_order(storage: Storage, bot: FakeBot, sleeps: Sleeps) -> None:
    result = await sender(bot, storage, sleeps).send(5, ["один", "два", "три"])
    assert result.status is Status.SENT and result.sent == 3 and result.chat_id == 5
    assert bot.texts(5) == ["один", "два", "три"]


async def test_403_switches_the_subscription_off_without_retry(
    storage: Storage, bot: FakeBot, sleeps: Sleeps
) -> None:
    await subscribed(storage, 5)
    bot.errors[5] = [TelegramForbiddenError(method(5), "Forbidden: bot was blocked by the user")]
    result = await sender(bot, storage, sleeps).send(5, ["раз", "два"])
    assert result.status is Status.FORBIDDEN and result.sent == 0
    assert bot.calls == 1
    sub = await storage.get_subscription(5)
    assert sub is not None and not sub.active and "blocked" in (sub.disabled_reason or "")


async def test_what_outlasted_the_retry_policy_is_worth_trying_later(
    storage: Storage, bot: FakeBot, sleeps: Sleeps
) -> None:
    """The retry policy below the sender has already retried; the sender reports, it does not loop again."""
    await subscribed(storage, 5)
    bot.errors[5] = [TelegramServerError(method(5), "Internal Server Error"),
                     TelegramNetworkError(method(5), "timeout")]
    out = sender(bot, storage, sleeps)
    first = await out.send(5, ["привет", "мир"])
    assert first.status is Status.FAILED and first.sent == 0 and bot.calls == 1
    assert (await out.send(5, ["привет"])).status is Status.FAILED
    sub = await storage.get_subscription(5)
    assert sub is not None and sub.active  # a server problem is not the chat's fault


async def test_bad_request_is_final(storage: Storage, bot: FakeBot, sleeps: Sleeps) -> None:
    bot.errors[5] = [TelegramBadRequest(method(5), "can't parse entities")]
    result = await sender(bot, storage, sleeps).send(5, ["привет"])
    assert result.status is Status.REJECTED and bot.calls == 1


async def test_a_migrated_group_gets_the_message_and_keeps_its_data(
    storage: Storage, bot: FakeBot, sleeps: Sleeps
) -> None:
    await subscribed(storage, -5)
    bot.errors[-5] = [TelegramMigrateToChat(method(-5), "group chat was upgraded", migrate_to_chat_id=-1005)]
    result = await sender(bot, storage, sleeps).send(-5, ["раз", "два"])
    assert result.status is Status.SENT and result.sent == 2 and result.chat_id == -1005
    assert bot.texts(-1005) == ["раз", "два"] and bot.texts(-5) == []
    assert await storage.get_subscription(-5) is None
    sub = await storage.get_subscription(-1005)
    assert sub is not None and sub.active


async def test_blocks_are_packed_and_the_keyboard_goes_last(storage: Storage, sleeps: Sleeps) -> None:
    calls: list[dict] = []

    class Recorder:
        async def send_message(self, **kwargs: object) -> None:
            calls.append(kwargs)

    out = Sender(Recorder(), limiter=RateLimiter(chat_interval=0, sleep=sleeps))
    result = await out.send_blocks(5, ["а" * 3000, "б" * 3000], reply_to=77, markup="KB")  # type: ignore[arg-type]
    assert result.sent == 2
    assert calls[0]["reply_parameters"].message_id == 77 and calls[1]["reply_parameters"] is None
    assert calls[0]["reply_markup"] is None and calls[1]["reply_markup"] == "KB"


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
