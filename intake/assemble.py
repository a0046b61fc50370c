"""Joining messages that the user meant as one: split pastes and albums.

Telegram's client splits a long paste into several messages of at most 4,096 characters,
and an album arrives as one message per photo with the caption on one of them.  Analysing
each part alone would give several half-cards, so parts are buffered per (chat, user) and
handed on together once the user has been quiet for a moment.

The caller should feed only messages that may belong together (pasted text, album parts);
a forwarded post from a channel is complete on its own and is better handled directly.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field

__all__ = ["MessageAssembler", "OnReady"]

log = logging.getLogger(__name__)

#: ``on_ready(key, joined_text, message_ids)``; ``message_ids`` are in message order.
OnReady = Callable[[Hashable, str, list[int]], Awaitable[None]]


@dataclass
class _Buffer:
    """Parts collected so far for one (key, media group) and the timer that will release them."""

    started: float
    parts: list[tuple[int, str]] = field(default_factory=list)
    timer: asyncio.TimerHandle | None = None


class MessageAssembler:
    """Collects message parts per key and releases them after ``quiet_seconds`` of silence.

    Plain text parts of one key are joined with ``"\\n"``; parts with a ``media_group_id``
    are collected separately per album, so an album and a paste sent together do not mix.
    Parts are ordered by message id, because updates can be handled out of order while
    Telegram's message ids in a chat always increase.  A buffer is released after at most
    ``max_wait_seconds`` even if parts keep coming, so a chatty user still gets an answer.

    Call :meth:`add` from the event loop; call :meth:`flush_all` on shutdown so nothing
    buffered is lost.
    """

    def __init__(
        self,
        on_ready: OnReady,
        *,
        quiet_seconds: float = 1.5,
        max_wait_seconds: float = 10.0,
    ) -> None:
        self._on_ready = on_ready
        self._quiet = quiet_seconds
        self._max_wait = max(max_wait_seconds, quiet_seconds)
        self._buffers: dict[tuple[Hashable, str | None], _Buffer] = {}
        self._running: set[asyncio.Task[None]] = set()

    def __len__(self) -> int:
        """Number of buffers waiting to be released."""
        return len(self._buffers)

    def add(self, key: Hashable, part_text: str, message_id: int, media_group_id: str | None = None) -> None:
        """Buffer one part and (re)start the quiet timer of its buffer.

        ``key`` is normally ``(chat_id, user_id)``.  Album parts without a caption may be
        added with empty text so their ids are reported with the album.
        """
        loop = asyncio.get_running_loop()
        buffer_key = (key, str(media_group_id) if media_group_id is not None else None)
        buffer = self._buffers.get(buffer_key)
        if buffer is None:
            buffer = self._buffers[buffer_key] = _Buffer(started=loop.time())
        buffer.parts.append((message_id, part_text or ""))
        if buffer.timer is not None:
            buffer.timer.cancel()
        deadline = min(loop.time() + self._quiet, buffer.started + self._max_wait)
        buffer.timer = loop.call_at(deadline, self._release, buffer_key)

    def _release(self, buffer_key: tuple[Hashable, str | None]) -> None:
        """Timer callback: take the buffer out and run the callback in its own task."""
        buffer = self._buffers.pop(buffer_key, None)
        if buffer is None:
            return
        task = asyncio.get_running_loop().create_task(self._deliver(buffer_key[0], buffer))
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def _deliver(self, key: Hashable, buffer: _Buffer) -> None:
        parts = sorted(buffer.parts, key=lambda part: part[0])
        joined = "\n".join(text for _, text in parts if text)
        try:
            await self._on_ready(key, joined, [message_id for message_id, _ in parts])
        except Exception:  # one failing callback must not stop other users' messages
            log.exception("message assembler callback failed for %r", key)

    async def flush_all(self) -> None:
        """Release every buffer now and wait until all callbacks have finished (for shutdown)."""
        for buffer_key in list(self._buffers):
            buffer = self._buffers.get(buffer_key)
            if buffer is not None and buffer.timer is not None:
                buffer.timer.cancel()
            self._release(buffer_key)
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)
