"""A fair queue: chats take turns, so one chat's fifty forwards (or thirty links) do not starve everyone else."""

from __future__ import annotations

import asyncio
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Job:
    """Analyse a stored article (its result goes to the database, then the card to the chat)."""

    chat_id: int
    article_id: int
    attempts: int = 0


@dataclass(slots=True, eq=False)
class Call:
    """Run fn(*args) in a worker for a chat and hand the result to whoever awaits `future` (page and file
    extraction: CPU work on what a user sent, queued fairly like analyses)."""

    chat_id: int
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    timeout: float
    future: asyncio.Future[Any]


Work = Job | Call


class FairQueue:
    """Round-robin over chats, first-in first-out within a chat."""

    def __init__(self) -> None:
        self._by_chat: OrderedDict[int, deque[Work]] = OrderedDict()
        self._ready = asyncio.Event()

    def __len__(self) -> int:
        return sum(len(q) for q in self._by_chat.values())

    def count(self, chat_id: int) -> int:
        return len(self._by_chat.get(chat_id, ()))

    def put(self, job: Work) -> int:
        """Queue a job; returns its place in the serving order (1 = next)."""
        self._by_chat.setdefault(job.chat_id, deque()).append(job)
        self._ready.set()
        return self.position(job.chat_id)

    def position(self, chat_id: int) -> int:
        """Place of the chat's last queued job in the order jobs will be served (1-based), 0 if it has none."""
        mine = self.count(chat_id)
        if not mine:
            return 0
        before = 0
        seen_self = False
        for other, jobs in self._by_chat.items():
            if other == chat_id:
                seen_self = True
                continue
            # Chats ahead in the rotation get one turn more than those behind before our last job comes up.
            before += min(len(jobs), mine if not seen_self else mine - 1)
        return before + mine

    async def get(self) -> Work:
        while not self._by_chat:
            self._ready.clear()
            await self._ready.wait()
        chat_id, jobs = next(iter(self._by_chat.items()))
        job = jobs.popleft()
        del self._by_chat[chat_id]
        if jobs:
            self._by_chat[chat_id] = jobs  # to the back of the rotation
        return job

    def drain(self) -> list[Work]:
        """Take every queued job out (at shutdown)."""
        jobs = [job for queue in self._by_chat.values() for job in queue]
        self._by_chat.clear()
        return jobs
