"""Who may change a chat's settings or delete its data: anyone in a private chat, admins in a group."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.enums import ChatMemberStatus, ChatType
from aiogram.exceptions import TelegramAPIError
from aiogram.types import Chat, Message

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


async def may_manage(message: Message, user_id: int | None = None) -> bool:
    """Whether the sender of `message` (or `user_id`, for a button press) may manage this chat."""
    if user_id is None:
        user_id = message.from_user.id if message.from_user else None
        if user_id is None and message.sender_chat is not None and message.sender_chat.id == message.chat.id:
            return True  # the group itself, speaking through an anonymous admin
    assert message.bot is not None
    return await is_chat_admin(message.bot, message.chat, user_id)
