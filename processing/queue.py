"""A fair queue: chats take turns, so one chat's fifty forwards do not starve everyone else."""

from __future__ import annotations

import asyncio
from collections import OrderedDict, deque
from dataclasses import dataclass


@dataclass(slots=True)
class Job:
    chat_id: int
    article_id: int
    attempts: int = 0


class FairQueue:
    """Round-robin over chats, first-in first-out within a chat."""

    def __init__(self) -> None:
        self._by_chat: OrderedDict[int, deque[Job]] = OrderedDict()
        self._ready = asyncio.Event()

    def __len__(self) -> int:
        return sum(len(q) for q in self._by_chat.values())

    def count(self, chat_id: int) -> int:
        return len(self._by_chat.get(chat_id, ()))

    def put(self, job: Job) -> int:
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

    async def get(self) -> Job:
        while not self._by_chat:
            self._ready.clear()
            await self._ready.wait()
        chat_id, jobs = next(iter(self._by_chat.items()))
        job = jobs.popleft()
        del self._by_chat[chat_id]
        if jobs:
            self._by_chat[chat_id] = jobs  # to the back of the rotation
        return job
