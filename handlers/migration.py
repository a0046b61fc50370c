"""A group upgraded to a supergroup gets a new chat id: its articles, quotes, actors and digest move with it.

Telegram says so twice, with a service message in the old group (`migrate_to_chat_id`) and one in the new
supergroup (`migrate_from_chat_id`); either moves the data, the second finds nothing left to move. A send to the
old id that fails with `TelegramMigrateToChat` moves it too (delivery.sender).

Updates are handled concurrently, so a `/who` sent right after the upgrade could read the supergroup before its
data arrived: `MigrationBarrier` makes every later update of either chat wait until the move is done.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, F, Router
from aiogram.types import Chat, Message, TelegramObject, Update

from processing.service import ArticleService
from storage import Storage

log = logging.getLogger(__name__)
router = Router(name="migration")


class MigrationBarrier(BaseMiddleware):
    """An outer middleware on updates: while a chat's data moves, the chat's other updates wait for it.

    Updates start in the order they arrive and this runs before their first pause, so an update that came after
    the notice always finds the move registered.
    """

    def __init__(self) -> None:
        self._moving: dict[int, asyncio.Event] = {}

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        message = event.message if isinstance(event, Update) else None
        other = message and (message.migrate_to_chat_id or message.migrate_from_chat_id)
        if message is not None and other:
            chats = {message.chat.id, other}
            moved = asyncio.Event()
            for chat_id in chats:
                self._moving[chat_id] = moved
            try:
                return await handler(event, data)
            finally:
                moved.set()
                for chat_id in chats:
                    if self._moving.get(chat_id) is moved:
                        del self._moving[chat_id]
        chat = data.get("event_chat")
        waiting = self._moving.get(chat.id) if isinstance(chat, Chat) else None
        if waiting is not None:
            await waiting.wait()
        return await handler(event, data)


@router.message(F.migrate_to_chat_id)
async def on_migrated_to(message: Message, storage: Storage, articles: ArticleService) -> None:
    assert message.migrate_to_chat_id is not None
    await move_chat(storage, articles, message.chat.id, message.migrate_to_chat_id)


@router.message(F.migrate_from_chat_id)
async def on_migrated_from(message: Message, storage: Storage, articles: ArticleService) -> None:
    assert message.migrate_from_chat_id is not None
    await move_chat(storage, articles, message.migrate_from_chat_id, message.chat.id)


async def move_chat(storage: Storage, articles: ArticleService, old_id: int, new_id: int) -> bool:
    """Move the chat's data, then queue its waiting articles again under the new id: a job queued (or being
    analysed) under the old id finds no article there any more and is dropped."""
    if not await storage.migrate_chat(old_id, new_id):
        return False
    waiting = [a for a in await storage.unfinished_articles() if a.chat_id == new_id and a.status == "pending"]
    for article in waiting:
        articles.submit(article)
    log.info("chat %d became supergroup %d: its data moved there (%d articles waiting)", old_id, new_id,
             len(waiting))
    return True
