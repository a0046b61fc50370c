"""Sending digests within Telegram's limits, and reacting to each kind of failure the right way.

Limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this): about 30 messages
a second over all chats, about one a second in one chat, 20 a minute in a group. A 429 says how long to wait:
we wait exactly that and try again. A 403 (blocked, kicked) will not heal by retrying: the subscription is
switched off. Network errors and 5xx are usually transient: a few retries with exponential backoff, then we
give up for this tick (the service tries the chat again later). Other 4xx are our bug or a gone chat: no retry.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from aiogram.exceptions import (
    TelegramAPIError,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import LinkPreviewOptions

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


class SendsMessages(Protocol):
    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> Any: ...


class Unsubscriber(Protocol):
    async def unsubscribe(self, chat_id: int, reason: str | None = None) -> bool: ...


class RateLimiter:
    """A global token bucket (burst up to one second's worth) plus a minimum gap between messages of one chat.

    Group chats (negative ids) get the slower 20-a-minute gap. Clock and sleep are injectable so tests run
    without waiting.
    """

    def __init__(
        self,
        *,
        global_per_second: float = 30.0,
        chat_interval: float = 1.0,
        group_interval: float = 3.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._rate = global_per_second
        self._capacity = max(1.0, global_per_second)
        self._tokens = self._capacity
        self._updated = clock()
        self._chat_interval = chat_interval
        self._group_interval = group_interval
        self._next_in_chat: dict[int, float] = {}
        self._clock = clock
        self._sleep = sleep

    def _reserve_global(self) -> float:
        """Take a token (the balance may go negative: a queue) and return how long to wait for it."""
        now = self._clock()
        self._tokens = min(self._capacity, self._tokens + (now - self._updated) * self._rate)
        self._updated = now
        self._tokens -= 1
        return 0.0 if self._tokens >= 0 else -self._tokens / self._rate

    async def acquire(self, chat_id: int) -> None:
        """Wait until one more message to `chat_id` is within both limits, and claim it."""
        now = self._clock()
        interval = self._group_interval if chat_id < 0 else self._chat_interval
        start = max(now, self._next_in_chat.get(chat_id, now))
        self._next_in_chat[chat_id] = start + interval  # claimed before sleeping: concurrent senders queue up
        if start > now:
            await self._sleep(start - now)
        wait = self._reserve_global()
        if wait > 0:
            await self._sleep(wait)
        if len(self._next_in_chat) > 10_000:  # forget chats whose gap is long over
            cutoff = self._clock()
            self._next_in_chat = {c: t for c, t in self._next_in_chat.items() if t > cutoff}


class Status(enum.Enum):
    SENT = "sent"
    FORBIDDEN = "forbidden"  # the bot cannot write there any more; the subscription was switched off
    FAILED = "failed"  # gave up for now; worth trying again later


@dataclass(frozen=True, slots=True)
class Delivery:
    status: Status
    sent: int  # messages that went out
    error: str | None = None


class Deliverer:
    """Sends a list of HTML messages to a chat, in order, rate-limited and retried as described above."""

    def __init__(
        self,
        bot: SendsMessages,
        storage: Unsubscriber,
        *,
        limiter: RateLimiter | None = None,
        max_retries: int = 4,
        base_delay: float = 1.0,
        max_flood_waits: int = 5,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._bot = bot
        self._storage = storage
        self._limiter = limiter or RateLimiter(sleep=sleep)
        self._max_retries = max_retries
        self._base_delay = base_delay
        self._max_flood_waits = max_flood_waits
        self._sleep = sleep

    async def send(self, chat_id: int, messages: list[str]) -> Delivery:
        sent = 0
        for text in messages:
            status, error = await self._send_one(chat_id, text)
            if status is not Status.SENT:
                return Delivery(status, sent, error)
            sent += 1
        return Delivery(Status.SENT, sent)

    async def _send_one(self, chat_id: int, text: str) -> tuple[Status, str | None]:
        failures = 0
        floods = 0
        while True:
            await self._limiter.acquire(chat_id)
            try:
                await self._bot.send_message(
                    chat_id=chat_id, text=text, parse_mode="HTML",
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
                return Status.SENT, None
            except TelegramRetryAfter as exc:
                floods += 1
                if floods > self._max_flood_waits:
                    log.warning("chat %s: still flood-limited after %s waits; giving up for now", chat_id, floods)
                    return Status.FAILED, str(exc)
                log.info("chat %s: flood control, waiting %s s", chat_id, exc.retry_after)
                await self._sleep(float(exc.retry_after))
            except (TelegramForbiddenError, TelegramMigrateToChat, TelegramNotFound) as exc:
                # Blocked, kicked, migrated or gone: retrying cannot help, and writing again would be spam.
                reason = f"{type(exc).__name__}: {exc.message}"[:300]
                await self._storage.unsubscribe(chat_id, reason=reason)
                log.warning("chat %s: cannot deliver (%s); subscription switched off", chat_id, reason)
                return Status.FORBIDDEN, reason
            except (TelegramNetworkError, TelegramServerError) as exc:
                if failures >= self._max_retries:
                    log.warning("chat %s: giving up after %s retries: %s", chat_id, failures, exc)
                    return Status.FAILED, str(exc)
                delay = self._base_delay * 2**failures
                failures += 1
                log.info("chat %s: %s; retry %s in %.1f s", chat_id, exc, failures, delay)
                await self._sleep(delay)
            except TelegramAPIError as exc:
                log.error("chat %s: Telegram refused the digest: %s", chat_id, exc)
                return Status.FAILED, str(exc)
