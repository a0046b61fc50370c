"""Editing a page of a paged answer in place. (Messages to chats go through delivery.sender.Sender.)"""

from __future__ import annotations

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import InlineKeyboardMarkup, Message


async def edit_page(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Show another page in place; a second tap on the same button ("message is not modified") is not an error."""
    try:
        await message.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as exc:
        if "not modified" not in str(exc):
            raise
