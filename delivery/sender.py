"""The one sender of messages to chats: cards, digests and long answers.

It packs HTML into messages within Telegram's limits, keeps to the rate limits, and turns each final answer of
Telegram into one outcome. Transient failures (429, 5xx, network) are retried below it, once for every call of
the bot, by `delivery.retry.RetryPolicy`; what reaches the sender is final:

- a chat upgraded to a supergroup (`TelegramMigrateToChat`): the chat's data moves to the new id
  (`on_migrated`) and the message goes there;
- 403 or a chat that is gone: the bot cannot write there any more, so `on_forbidden` switches the digest
  off; writing again would be spam;
- a 429, 5xx or network error that outlasted the policy: FAILED, worth trying again later;
- any other refusal (a 400): REJECTED, the same message would be refused again.

Lower layers (digest, processing) never see aiogram's Bot: they are handed this sender, or its `send`.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardMarkup, LinkPreviewOptions, ReplyParameters

from render.text import split_blocks

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]
OnForbidden = Callable[[int, str], Awaitable[Any]]
OnMigrated = Callable[[int, int], Awaitable[Any]]
MAX_MIGRATIONS = 2  # a group becomes a supergroup once; a second hop would be a loop


class SendsMessages(Protocol):
    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> Any: ...


class RateLimiter:
    """A global token bucket (burst up to one second's worth) plus a minimum gap between messages of one chat.

    Limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this): about 30
    messages a second over all chats, about one a second in one chat, 20 a minute in a group (negative ids get
    the slower gap). Clock and sleep are injectable so tests run without waiting.
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
    FAILED = "failed"  # Telegram or the network failed for longer than the retry policy waits: try later
    REJECTED = "rejected"  # Telegram refused the message itself: sending it again cannot help


@dataclass(frozen=True, slots=True)
class Delivery:
    status: Status
    sent: int  # messages that went out
    chat_id: int  # where they went: a migrated group's new id
    error: str | None = None


async def _nothing(*_: object) -> None:
    return None


class Sender:
    def __init__(
        self,
        bot: SendsMessages,
        *,
        limiter: RateLimiter | None = None,
        on_forbidden: OnForbidden = _nothing,
        on_migrated: OnMigrated = _nothing,
    ) -> None:
        self._bot = bot
        self._limiter = limiter or RateLimiter()
        self._on_forbidden = on_forbidden
        self._on_migrated = on_migrated

    async def send_blocks(self, chat_id: int, blocks: list[str], **kwargs: Any) -> Delivery:
        """HTML blocks packed into as few messages as fit (render.text.split_blocks), then `send`."""
        return await self.send(chat_id, split_blocks(blocks), **kwargs)

    async def send(
        self,
        chat_id: int,
        messages: Sequence[str],
        *,
        reply_to: int | None = None,
        markup: InlineKeyboardMarkup | None = None,
    ) -> Delivery:
        """Send HTML messages in order; the first replies to `reply_to`, the last carries `markup`.

        Stops at the first message that does not go out: the ones after it would read wrong without it.
        """
        sent = 0
        for index, text in enumerate(messages):
            reply = None
            if reply_to and index == 0:
                reply = ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            keyboard = markup if index == len(messages) - 1 else None
            status, chat_id, error = await self._send_one(chat_id, text, reply, keyboard)
            if status is not Status.SENT:
                return Delivery(status, sent, chat_id, error)
            sent += 1
        return Delivery(Status.SENT, sent, chat_id)

    async def _send_one(
        self, chat_id: int, text: str, reply: ReplyParameters | None, markup: InlineKeyboardMarkup | None
    ) -> tuple[Status, int, str | None]:
        for _ in range(MAX_MIGRATIONS + 1):
            await self._limiter.acquire(chat_id)
            try:
                await self._bot.send_message(
                    chat_id=chat_id, text=text, parse_mode="HTML", reply_parameters=reply, reply_markup=markup,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
                return Status.SENT, chat_id, None
            except TelegramMigrateToChat as exc:
                log.info("chat %s became supergroup %s: moving its data there", chat_id, exc.migrate_to_chat_id)
                await self._on_migrated(chat_id, exc.migrate_to_chat_id)
                chat_id = exc.migrate_to_chat_id
            except (TelegramForbiddenError, TelegramNotFound) as exc:
                return await self._forbidden(chat_id, exc)
            except TelegramBadRequest as exc:
                if "chat not found" in exc.message.lower():
                    return await self._forbidden(chat_id, exc)
                log.error("chat %s: Telegram refused the message: %s", chat_id, exc.message)
                return Status.REJECTED, chat_id, exc.message
            except (TelegramRetryAfter, TelegramServerError, TelegramNetworkError) as exc:
                log.warning("chat %s: not delivered for now: %s", chat_id, exc)
                return Status.FAILED, chat_id, str(exc)
            except TelegramAPIError as exc:
                log.error("chat %s: Telegram refused the message: %s", chat_id, exc)
                return Status.REJECTED, chat_id, str(exc)
        return Status.REJECTED, chat_id, "migrated again and again"

    async def _forbidden(self, chat_id: int, exc: TelegramAPIError) -> tuple[Status, int, str | None]:
        reason = f"{type(exc).__name__}: {exc.message}"[:300]
        log.warning("chat %s: cannot write there (%s); its digest is switched off", chat_id, reason)
        await self._on_forbidden(chat_id, reason)
        return Status.FORBIDDEN, chat_id, reason
