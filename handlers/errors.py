"""The last line of defence: any exception in a handler is logged with context and answered politely."""

from __future__ import annotations

import contextlib
import logging

from aiogram import Router
from aiogram.types import ErrorEvent

log = logging.getLogger(__name__)
router = Router(name="errors")

SORRY = "😔 Что-то пошло не так при обработке вашего сообщения. Попробуйте ещё раз чуть позже."


@router.errors()
async def on_error(event: ErrorEvent) -> bool:
    update = event.update
    message = update.message or update.edited_message
    chat_id = message.chat.id if message else None
    if update.callback_query and update.callback_query.message:
        chat_id = update.callback_query.message.chat.id
    log.error("update %d (chat %s) failed: %r", update.update_id, chat_id, event.exception,
              exc_info=event.exception)
    with contextlib.suppress(Exception):
        if message is not None:
            await message.answer(SORRY)
        elif update.callback_query is not None:
            await update.callback_query.answer(SORRY, show_alert=True)
    return True
