"""Whatever a user sends that is not a command: forwarded posts, pasted text, links, files, albums."""

from __future__ import annotations

import logging
import re
from typing import Any

from aiogram import Bot, F, Router
from aiogram.enums import ChatType
from aiogram.filters import Command, Filter
from aiogram.types import (
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    User,
)

from intake.links import find_article_url
from intake.service import NO_TEXT, Incoming, Intake, Origin
from render.text import CAPTION_LIMIT, MESSAGE_LIMIT
from storage import ArticleSource

log = logging.getLogger(__name__)
router = Router(name="articles")

ANALYZE_HOW = ("Ответьте командой /analyze на сообщение со статьёй, ссылкой или файлом — и я его разберу. "
               "В личном чате можно просто прислать статью, без команды.")


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


def origin_of(message: Message, *, addressed: bool = True, message_id: int | None = None) -> Origin:
    chat = message.chat
    return Origin(chat.id, chat.type, chat.title or chat.full_name, message_id or message.message_id, addressed)


def sender_id(message: Message) -> int:
    if message.from_user:
        return message.from_user.id
    return message.sender_chat.id if message.sender_chat else message.chat.id


def _mentions(message: Message, me: User) -> bool:
    text = message.text or message.caption or ""
    for entity in message.entities or message.caption_entities or []:
        if entity.type == "mention" and me.username:
            if entity.extract_from(text).lower() == f"@{me.username.lower()}":
                return True
        elif entity.type == "text_mention" and entity.user is not None and entity.user.id == me.id:
            return True
    return False


class ForTheBot(Filter):
    """Everything in a private chat; in a group, only what is meant for the bot.

    A forwarded post (unless `forwards` is off), a message that mentions the bot, or one that replies to it.
    Ordinary chatter, links in conversation and unrelated documents do not pass: they get no answer and are
    not stored. Hands the handler `addressed`: whether a text that is not an article gets an explanation (a
    plain reply to the bot in a group may well be chatter, so it gets none).
    """

    def __init__(self, *, forwards: bool = True) -> None:
        self.forwards = forwards

    async def __call__(self, message: Message, bot: Bot) -> bool | dict[str, Any]:
        if message.chat.type == ChatType.PRIVATE:
            return {"addressed": True}
        if message.chat.type not in {ChatType.GROUP, ChatType.SUPERGROUP}:
            return False
        me = await bot.me()
        if (self.forwards and message.forward_origin is not None) or _mentions(message, me):
            return {"addressed": True}
        reply = message.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == me.id:
            return {"addressed": False}
        return False


def incoming(message: Message, origin: Origin, *, bot_username: str | None, join: bool = True) -> Incoming | None:
    """What `message` brings, for intake; None when it has nothing to analyse (a photo without a caption)."""
    source = forward_source(message)
    if message.document is not None:
        document = message.document
        return Incoming("document", origin, sender_id(message), source=source, file_id=document.file_id,
                        file_name=document.file_name, mime=document.mime_type, size=document.file_size)
    text = message.text or message.caption or ""
    if not text and message.media_group_id is None:
        return None
    entities = message.entities or message.caption_entities or []
    url = find_article_url(text, [e.model_dump() for e in entities])
    if bot_username:  # "@bot <article>" in a group: the mention is not part of the article
        text = re.sub(rf"(?<!\w)@{re.escape(bot_username)}\b", "", text, flags=re.IGNORECASE).strip()
    if url:
        return Incoming("link", origin, sender_id(message), text=text, url=url, source=source)
    if not join or (source is not None and message.media_group_id is None):
        return Incoming("text", origin, sender_id(message), text=text, source=source)  # whole: nothing to join
    # A paste that may be split, or a part of an album (forwarded or not): joined first.
    return Incoming("paste", origin, sender_id(message), text=text,
                    limit=CAPTION_LIMIT if message.caption else MESSAGE_LIMIT,
                    media_group_id=message.media_group_id, source=source)


@router.edited_message()
async def on_edited(message: Message) -> None:
    if message.chat.type == ChatType.PRIVATE:
        await message.reply("Я разбираю только новые сообщения. Чтобы разобрать исправленный текст, "
                            "пришлите его ещё раз.")


@router.channel_post()
async def on_channel_post(message: Message) -> None:
    """A post in a channel the bot administers: answering there would publish to all its readers, so no."""
    log.info("channel %d: post %d ignored (forward it to the bot to analyse it)", message.chat.id, message.message_id)


@router.message(Command("analyze"))
async def on_analyze(message: Message, intake: Intake, bot: Bot) -> None:
    """/analyze in reply to a message analyses that message: in a group, the way to point the bot at a post."""
    target = message.reply_to_message
    if target is None:
        await message.reply(ANALYZE_HOW, parse_mode=None)
        return
    me = await bot.me()
    item = incoming(target, origin_of(message), bot_username=me.username, join=False)
    if item is None:
        await message.reply(NO_TEXT, parse_mode=None)
        return
    await intake.receive(item)


@router.message(F.document, ForTheBot(forwards=False))
async def on_document(message: Message, intake: Intake, bot: Bot, addressed: bool) -> None:
    me = await bot.me()
    item = incoming(message, origin_of(message, addressed=addressed), bot_username=me.username)
    assert item is not None
    await intake.receive(item)


@router.message(F.text & ~F.text.startswith("/") | F.caption | F.media_group_id, ForTheBot())
async def on_text(message: Message, intake: Intake, bot: Bot, addressed: bool) -> None:
    me = await bot.me()
    item = incoming(message, origin_of(message, addressed=addressed),
                    bot_username=me.username if message.chat.type != ChatType.PRIVATE else None)
    if item is not None:
        await intake.receive(item)


@router.message(F.chat.type == ChatType.PRIVATE, ~F.text)
async def on_media_without_text(message: Message) -> None:
    await message.reply(NO_TEXT)
