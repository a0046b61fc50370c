"""Article cards: sent in the background as analyses finish, retried in-process, marked once Telegram has them.

The card is the ArticleService's `on_done`. It returns at once, so a card waiting out flood control or a
Telegram outage never holds up the analysis of the next article (another chat's, perhaps). A card that fails
on a 5xx or a network error is retried by the retry policy (seconds), then again after longer pauses
(minutes); only if all of that fails does it wait for the next start, when every unsent card is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence

from delivery.sender import Sender, Status
from render.cards import article_card
from storage import Article, Storage

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
RETRY_PAUSES = (30.0, 120.0, 600.0)  # after the retry policy gave up: the card tries again this much later


class CardDelivery:
    def __init__(self, storage: Storage, sender: Sender, *, pauses: Sequence[float] = RETRY_PAUSES,
                 sleep: Sleep = asyncio.sleep) -> None:
        self._storage = storage
        self._sender = sender
        self._pauses = tuple(pauses)
        self._sleep = sleep
        self._tasks: set[asyncio.Task[None]] = set()

    async def __call__(self, article: Article) -> None:
        """Start sending the article's card; returns before it is sent."""
        task = asyncio.create_task(self._run(article), name=f"card-{article.id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, article: Article) -> None:
        try:
            await self.deliver(article)
        except Exception:
            log.exception("chat %d: card for article %d failed; it goes out at the next start", article.chat_id,
                          article.id)

    async def deliver(self, article: Article) -> Status:
        """Send the card, trying again after each pause while Telegram or the network fails."""
        actors = await self._storage.article_actors(article.chat_id, article.id)
        quotes = await self._storage.article_quotes(article.chat_id, article.id)
        earlier = [a for a in await self._storage.story_sources(article.chat_id, article.id) if a.id < article.id]
        blocks = article_card(article, actors, quotes, earlier=earlier)
        for pause in (*self._pauses, None):
            delivery = await self._sender.send_blocks(article.chat_id, blocks, reply_to=article.message_id)
            if delivery.status is not Status.FAILED:
                break
            if pause is None:
                log.warning("chat %d: card for article %d not sent (%s); it goes out at the next start",
                            article.chat_id, article.id, delivery.error)
                return delivery.status
            log.info("chat %d: card for article %d not sent, trying again in %.0f s", article.chat_id,
                     article.id, pause)
            await self._sleep(pause)
        if delivery.status is not Status.SENT:
            # Blocked, gone or refused: sending it at every start would not help.
            log.warning("chat %d: card for article %d not deliverable: %s", article.chat_id, article.id,
                        delivery.error)
        await self._storage.mark_card_sent(delivery.chat_id, article.id)
        return delivery.status

    async def close(self, grace: float = 3.0) -> None:
        """Give cards on their way `grace` seconds; the rest are sent at the next start (they are not marked)."""
        if not self._tasks:
            return
        _, late = await asyncio.wait(set(self._tasks), timeout=grace)
        for task in late:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*late, return_exceptions=True)
