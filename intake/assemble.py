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
import re
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field

__all__ = ["MessageAssembler", "OnReady", "join_split_paste"]

log = logging.getLogger(__name__)

#: ``on_ready(key, joined_text, message_ids)``; ``message_ids`` are in message order.
OnReady = Callable[[Hashable, str, list[int]], Awaitable[None]]


_SENTENCE_END = re.compile(r"[.!?…][»\"”’')\]]*$")
_PARAGRAPH_START = re.compile(r"[^\W\d_]", re.UNICODE)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _quotes_open(paragraph: str) -> bool:
    return (paragraph.count("«") > paragraph.count("»") or paragraph.count("„") > paragraph.count("“")
            or paragraph.count('"') % 2 == 1)


def join_split_paste(parts: list[str], limit: int | None = None) -> str:
    """Put back together a text that Telegram's client split into messages, as the text was.

    The client cuts a long paste near the limit, preferring a space, and the space itself is not sent: so the
    parts are joined with a space, never with a paragraph break inside a sentence (that would cut a quotation
    in two). A part of exactly `limit` characters was cut mid-word and is joined with nothing; whitespace kept
    at either side of the cut is kept as it was. Only where one part ends a sentence, outside any quotation,
    and the next starts a new one, the cut is taken for the paragraph break it most likely was.
    """
    text = ""
    previous = ""
    for part in parts:
        if not part:
            continue
        if not text:
            text = previous = part
            continue
        kept_space = text[-1].isspace() or part[0].isspace()
        mid_word = bool(limit) and _utf16_len(previous) >= (limit or 0) and text[-1].isalnum() and part[0].isalnum()
        if kept_space or mid_word:
            glue = ""
        elif (_SENTENCE_END.search(text) and not _quotes_open(text.rsplit("\n", 1)[-1])
              and (part[0].isupper() or part[0] in "«—–\"„")):
            glue = "\n"
        else:
            glue = " "
        text += glue + part
        previous = part
    return text


@dataclass
class _Buffer:
    """Parts collected so far for one (key, media group) and the timer that will release them."""

    started: float
    parts: list[tuple[int, str]] = field(default_factory=list)
    timer: asyncio.TimerHandle | None = None
    limit: int | None = None


class MessageAssembler:
    """Collects message parts per key and releases them after ``quiet_seconds`` of silence.

    Plain text parts of one key are joined by :func:`join_split_paste`; parts with a ``media_group_id``
    are collected separately per album (their captions joined with ``"\\n"``), so an album and a paste sent
    together do not mix.
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

    def add(self, key: Hashable, part_text: str, message_id: int, media_group_id: str | None = None, *,
            limit: int | None = None) -> None:
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
        buffer.limit = limit
        if buffer.timer is not None:
            buffer.timer.cancel()
        deadline = min(loop.time() + self._quiet, buffer.started + self._max_wait)
        buffer.timer = loop.call_at(deadline, self._release, buffer_key)

    def _release(self, buffer_key: tuple[Hashable, str | None]) -> None:
        """Timer callback: take the buffer out and run the callback in its own task."""
        buffer = self._buffers.pop(buffer_key, None)
        if buffer is None:
            return
        task = asyncio.get_running_loop().create_task(self._deliver(buffer_key, buffer))
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def _deliver(self, buffer_key: tuple[Hashable, str | None], buffer: _Buffer) -> None:
        key, album = buffer_key
        parts = sorted(buffer.parts, key=lambda part: part[0])
        texts = [text for _, text in parts if text]
        joined = "\n".join(texts) if album is not None else join_split_paste(texts, buffer.limit)
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

    def cancel_all(self) -> None:
        """Drop everything buffered and stop callbacks in progress (shutdown, when the parts are kept durably
        elsewhere and will be added again at the next start)."""
        for buffer in self._buffers.values():
            if buffer.timer is not None:
                buffer.timer.cancel()
        self._buffers.clear()
        for task in list(self._running):
            task.cancel()

    async def wait_idle(self) -> None:
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)
