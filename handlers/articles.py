"""Whatever a user sends that is not a command: forwarded posts, pasted text, links, files, albums."""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.enums import ChatType
from aiogram.types import (
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
)

from intake.links import find_article_url
from intake.service import NO_TEXT, Intake, Origin
from render.text import CAPTION_LIMIT, MESSAGE_LIMIT
from storage import ArticleSource

log = logging.getLogger(__name__)
router = Router(name="articles")


def forward_source(message: Message) -> ArticleSource | None:
    """Where a forwarded message came from, as far as Telegram tells (channel, chat, or a person)."""
    origin = message.forward_origin
    if isinstance(origin, MessageOriginChannel):
        username = origin.chat.username
        link = f"https://t.me/{username}/{origin.message_id}" if username else None
        return ArticleSource(title=origin.chat.title, username=username, chat_id=origin.chat.id,
                             message_id=origin.message_id, link=link)
    if isinstance(origin, MessageOriginChat):
        return ArticleSource(title=origin.sender_chat.title, username=origin.sender_chat.username,
                             chat_id=origin.sender_chat.id)
    if isinstance(origin, MessageOriginUser):
        return ArticleSource(title=origin.sender_user.full_name, username=origin.sender_user.username)
    if isinstance(origin, MessageOriginHiddenUser):
        return ArticleSource(title=origin.sender_user_name)
    return None


def origin_of(message: Message) -> Origin:
    chat = message.chat
    return Origin(chat.id, chat.type, chat.title or chat.full_name, message.message_id)


def sender_id(message: Message) -> int:
    if message.from_user:
        return message.from_user.id
    return message.sender_chat.id if message.sender_chat else message.chat.id


@router.edited_message()
async def on_edited(message: Message) -> None:
    if message.chat.type == ChatType.PRIVATE:
        await message.reply("Я разбираю только новые сообщения. Чтобы разобрать исправленный текст, "
                            "пришлите его ещё раз.")


@router.channel_post()
async def on_channel_post(message: Message) -> None:
    """A post in a channel the bot administers: answering there would publish to all its readers, so no."""
    log.info("channel %d: post %d ignored (forward it to the bot to analyse it)", message.chat.id, message.message_id)


@router.message(F.document)
async def on_document(message: Message, intake: Intake) -> None:
    document = message.document
    assert document is not None
    await intake.take_document(origin_of(message), document.file_id, document.file_name, document.mime_type,
                               document.file_size)


@router.message(F.text & ~F.text.startswith("/") | F.caption | F.media_group_id)
async def on_text(message: Message, intake: Intake) -> None:
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities or []
    origin = origin_of(message)
    source = forward_source(message)
    url = find_article_url(text, [e.model_dump() for e in entities])
    if url:
        await intake.take_link(origin, url, text, source)
    elif source is not None and message.media_group_id is None:
        await intake.take_text(origin, text, source)  # a forwarded post is whole: nothing to join
    else:  # a paste that may be split, or a part of an album (forwarded or not): joined first
        limit = CAPTION_LIMIT if message.caption else MESSAGE_LIMIT
        await intake.take_pasted(origin, sender_id(message), text, limit=limit,
                                 media_group_id=message.media_group_id, source=source)


@router.message(F.chat.type == ChatType.PRIVATE, ~F.text)
async def on_media_without_text(message: Message) -> None:
    await message.reply(NO_TEXT)
