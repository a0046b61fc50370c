"""Each update handled once, by one instance: an update id seen before (Telegram redelivering, a load balancer
handing it to two instances) is dropped before any handler sees it.

The record is in the database, shared by every instance. It must cost next to nothing per update: a previous
attempt inserted each id in its own write transaction, queued behind article writes on SQLite's one writer,
and commands waited seconds for it. Here every update arriving while one insert is in flight waits for the next
one, and each insert is a single statement for the whole batch (`Storage.first_seen_updates`): under load the
number of writes stays at a few per second whatever the number of updates.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update

from storage import Storage
from storage.store import utcnow

log = logging.getLogger(__name__)

#: Telegram redelivers an unanswered update for a day at most.
KEEP = timedelta(days=2)
PRUNE_EVERY = 3600.0


class UpdateDedupe(BaseMiddleware):
    """An outer middleware on updates. Registered after `MigrationBarrier`, whose bookkeeping must happen
    before an update's first pause; the batches keep arrival order (futures resolve first in, first out)."""

    def __init__(self, storage: Storage) -> None:
        self._storage = storage
        self._waiting: list[tuple[int, asyncio.Future[bool]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._pruner: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._pruner = asyncio.create_task(self._prune(), name="seen-updates-prune")

    async def stop(self) -> None:
        for task in (self._pruner, self._flusher):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        waiting, self._waiting = self._waiting, []
        for _, future in waiting:
            future.cancel()  # updates still waiting end now; not recorded, Telegram delivers them again

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not isinstance(event, Update):
            return await handler(event, data)
        if not await self.first_time(event.update_id):
            log.info("update %d was handled already (a redelivery or another instance's): ignored",
                     event.update_id)
            return None
        return await handler(event, data)

    async def first_time(self, update_id: int) -> bool:
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting.append((update_id, future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush(), name="seen-updates")
        return await future

    async def _flush(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                fresh = await self._storage.first_seen_updates([uid for uid, _ in batch])
            except Exception:
                # Answering a redelivery twice is better than losing the update: let the batch through.
                log.exception("recording %d update ids failed; handling them anyway", len(batch))
                fresh = {uid for uid, _ in batch}
            for uid, future in batch:
                if not future.done():
                    future.set_result(uid in fresh)
                    fresh.discard(uid)  # the same id twice in one batch: the second is a duplicate

    async def _prune(self) -> None:
        while True:
            try:
                removed = await self._storage.prune_seen_updates(utcnow() - KEEP)
                if removed:
                    log.info("forgot %d update ids older than %s", removed, KEEP)
            except Exception:
                log.exception("pruning seen update ids failed")
            await asyncio.sleep(PRUNE_EVERY)
