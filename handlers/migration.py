"""A group upgraded to a supergroup gets a new chat id: its articles, quotes, actors and digest move with it.

Telegram says so twice, with a service message in the old group (`migrate_to_chat_id`) and one in the new
supergroup (`migrate_from_chat_id`); either moves the data, the second finds nothing left to move. A send to the
old id that fails with `TelegramMigrateToChat` moves it too (delivery.sender).
"""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.types import Message

from processing.service import ArticleService
from storage import Storage

log = logging.getLogger(__name__)
router = Router(name="migration")


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
