"""The one retry policy for every call the bot makes to Telegram, as an aiogram request middleware.

Installed on the bot's session, it covers cards, digests, command answers, edits, documents and intake replies
alike, so no caller keeps a retry loop of its own:

- 429 (flood control): wait exactly the `retry_after` Telegram asks for, then try again; a wait longer than
  `max_flood_wait` is not waited in-process (the caller decides: a digest tries again at a later tick).
- 5xx and network errors: usually transient; retried with exponential backoff (1, 2, 4, 8, 16 s by default).
- Everything else (400, 403, 404, a migrated chat) is an answer, not a failure of the transport: raised at
  once for the caller to act on (`delivery.sender.Sender` switches a subscription off, moves a migrated chat).

A network error after Telegram received a message can repeat that message: at least once beats at most once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter, TelegramServerError
from aiogram.methods import GetUpdates

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.methods import Response, TelegramMethod

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


class RetryPolicy(BaseRequestMiddleware):
    def __init__(
        self,
        *,
        max_retries: int = 5,
        base_delay: float = 1.0,
        max_delay: float = 30.0,
        max_flood_waits: int = 5,
        max_flood_wait: float = 120.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.max_retries = max_retries
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.max_flood_waits = max_flood_waits
        self.max_flood_wait = max_flood_wait
        self._sleep = sleep

    async def __call__(
        self, make_request: NextRequestMiddlewareType[Any], bot: Bot, method: TelegramMethod[Any]
    ) -> Response[Any]:
        if isinstance(method, GetUpdates):  # aiogram's polling loop has its own backoff for the long poll
            return await make_request(bot, method)
        return await self.run(lambda: make_request(bot, method), what=type(method).__name__,
                              chat_id=getattr(method, "chat_id", None))

    async def run(self, call: Callable[[], Awaitable[Any]], *, what: str = "call", chat_id: object = None) -> Any:
        """`call()` under the policy: its result, or the last error once the policy gives up."""
        failures = 0
        floods = 0
        while True:
            try:
                return await call()
            except TelegramRetryAfter as exc:
                floods += 1
                if floods > self.max_flood_waits or exc.retry_after > self.max_flood_wait:
                    log.warning("%s to chat %s: flood control (retry after %s s), giving up for now",
                                what, chat_id, exc.retry_after)
                    raise
                log.info("%s to chat %s: flood control, waiting %s s", what, chat_id, exc.retry_after)
                await self._sleep(float(exc.retry_after))
            except (TelegramServerError, TelegramNetworkError) as exc:
                if failures >= self.max_retries:
                    log.warning("%s to chat %s: giving up after %d retries: %s", what, chat_id, failures, exc)
                    raise
                delay = min(self.max_delay, self.base_delay * 2**failures)
                failures += 1
                log.info("%s to chat %s: %s; retry %d in %.1f s", what, chat_id, exc, failures, delay)
                await self._sleep(delay)
