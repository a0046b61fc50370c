"""Sending HTML blocks as one or more messages, within Telegram's limits."""

from __future__ import annotations

import asyncio
import logging

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramRetryAfter
from aiogram.types import InlineKeyboardMarkup, Message, ReplyParameters

from render.text import split_blocks

log = logging.getLogger(__name__)


async def send_blocks(
    bot: Bot,
    chat_id: int,
    blocks: list[str],
    *,
    reply_to: int | None = None,
    markup: InlineKeyboardMarkup | None = None,
) -> list[Message]:
    """Send blocks packed into messages of at most 4096 characters; the keyboard goes on the last one.

    A 429 waits the time Telegram asks for and tries once more: an answer to a user is worth a short wait.
    """
    messages = split_blocks(blocks)
    sent: list[Message] = []
    for index, text in enumerate(messages):
        last = index == len(messages) - 1
        reply = None
        if reply_to and index == 0:
            reply = ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
        for attempt in range(2):
            try:
                sent.append(await bot.send_message(chat_id, text, reply_parameters=reply,
                                                   reply_markup=markup if last else None))
                break
            except TelegramRetryAfter as exc:
                if attempt:
                    raise
                log.warning("chat %d: flood control, waiting %s s", chat_id, exc.retry_after)
                await asyncio.sleep(exc.retry_after)
    return sent


async def edit_page(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Show another page in place; a second tap on the same button ("message is not modified") is not an error."""
    try:
        await message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as exc:
        if "not modified" not in str(exc):
            raise
