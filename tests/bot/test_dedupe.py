"""The update-id dedupe middleware over a real database: each id handled once, in arrival order, and a burst
of updates recorded in a few batched writes instead of one write each."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from aiogram.types import Update

from handlers.dedupe import UpdateDedupe
from storage import Storage


async def test_each_update_once_in_order_and_batched(database: str | Path) -> None:
    storage = await Storage.open(database)
    writes = 0
    record = storage.first_seen_updates

    async def counted(ids: Any, at: Any = None) -> set[int]:
        nonlocal writes
        writes += 1
        return await record(ids, at)

    storage.first_seen_updates = counted  # type: ignore[method-assign]
    other = UpdateDedupe(storage)  # another instance on the same database
    dedupe = UpdateDedupe(storage)
    handled: list[int] = []

    async def handler(event: Any, data: dict[str, Any]) -> str:
        handled.append(event.update_id)
        return "ok"

    ids = [*range(1, 201), 5, 17, 200]
    results = await asyncio.gather(*(dedupe(handler, Update(update_id=i), {}) for i in ids))
    assert handled == list(range(1, 201))  # in arrival order, the repeats dropped
    assert results.count(None) == 3
    assert writes <= 3, writes  # 203 updates, a handful of statements
    assert await other(handler, Update(update_id=17), {}) is None  # seen by the first instance
    assert await other(handler, Update(update_id=201), {}) == "ok"
    await storage.close()
