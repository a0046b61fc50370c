"""Who may change a chat's settings or delete its data: anyone in a private chat, admins in a group.

`ChatAdmin()` is an aiogram filter: a handler guarded by it runs only for those who may manage the chat, and a
handler registered after it without the filter answers everybody else politely.
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.enums import ChatMemberStatus, ChatType
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Filter
from aiogram.types import CallbackQuery, Chat, Message

log = logging.getLogger(__name__)
_ADMINS = {ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.CREATOR}
GROUP_ANONYMOUS_BOT = 1087968824  # what Telegram shows as the sender of an anonymous group admin


async def is_chat_admin(bot: Bot, chat: Chat, user_id: int | None) -> bool:
    if chat.type == ChatType.PRIVATE:
        return True
    if chat.type == ChatType.CHANNEL:
        return False
    if user_id is None:
        return False
    if user_id == GROUP_ANONYMOUS_BOT:
        return True
    try:
        member = await bot.get_chat_member(chat.id, user_id)
    except TelegramAPIError as exc:
        log.warning("chat %d: cannot check whether user %d is an admin: %s", chat.id, user_id, exc)
        return False
    return member.status in _ADMINS


class ChatAdmin(Filter):
    """Passes a message from, or a button pressed by, someone who may manage the chat."""

    async def __call__(self, event: Message | CallbackQuery, bot: Bot) -> bool:
        if isinstance(event, CallbackQuery):
            if not isinstance(event.message, Message):
                return False  # too old for Telegram to say which chat it was in
            return await is_chat_admin(bot, event.message.chat, event.from_user.id)
        if event.from_user is None:
            # The group itself, speaking through an anonymous admin; a channel's or another chat's post is not.
            return event.sender_chat is not None and event.sender_chat.id == event.chat.id
        return await is_chat_admin(bot, event.chat, event.from_user.id)
