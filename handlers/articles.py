"""Forwarded posts and pasted articles: stored at once, analysed in a worker, answered with a card."""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.enums import ChatType
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import (
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
)

from bot.config import Settings
from handlers.sending import send_blocks
from intake.text import article_problem, clean_text
from processing.service import ArticleService, QueueFull
from render.cards import article_card, local_date
from storage import Article, ArticleSource, Storage

log = logging.getLogger(__name__)
router = Router(name="articles")

NO_TEXT = ("Я понимаю только текст: перешлите пост с текстом или подписью, или вставьте текст статьи. "
           "Фото, стикеры и голосовые без подписи разобрать не могу.")


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


def is_group(message: Message) -> bool:
    return message.chat.type in {ChatType.GROUP, ChatType.SUPERGROUP}


@router.edited_message()
async def on_edited(message: Message) -> None:
    if not is_group(message):
        await message.reply("Я разбираю только новые сообщения. Чтобы разобрать исправленный текст, "
                            "пришлите его ещё раз.")


@router.message(F.text & ~F.text.startswith("/") | F.caption)
async def on_article(message: Message, storage: Storage, articles: ArticleService, settings: Settings) -> None:
    raw = message.text or message.caption or ""
    source = forward_source(message)
    text = clean_text(raw[: settings.max_article_chars * 2])  # cleaning is linear, but not unbounded
    problem = article_problem(text if len(raw) <= settings.max_article_chars else raw,
                              min_chars=settings.min_article_chars, max_chars=settings.max_article_chars)
    if problem:
        # In a group, ordinary chatter is not meant for the bot: answer only posts that look like articles.
        if not is_group(message) or source is not None:
            await message.reply(problem)
        return
    await intake_article(message, text, source, storage=storage, articles=articles)


async def intake_article(message: Message, text: str, source: ArticleSource | None, *,
                         storage: Storage, articles: ArticleService) -> None:
    """Store the article as received, then queue it; the card comes when the analysis is done."""
    chat = message.chat
    try:
        articles.check_room(chat.id)
    except QueueFull as exc:
        await message.reply(str(exc))
        return
    await storage.ensure_chat(chat.id, chat.type, chat.title or chat.full_name)
    article, created = await storage.add_article(chat.id, text, message_id=message.message_id, source=source)
    if not created:
        if article.status == "pending":
            await message.reply("Эта статья уже в очереди на разбор — пришлю карточку, как только она будет готова.")
            return
        await message.reply(f"Эту статью вы уже присылали {local_date(article.received_at)}. Напомню её разбор:")
        await send_card(message.bot, storage, article, reply=False)  # type: ignore[arg-type]
        return
    ahead = articles.submit(article)
    log.info("chat %d: article %d stored (%d chars), %d ahead in the queue", chat.id, article.id, len(text), ahead)
    if ahead:
        await message.reply(f"Статья принята, в очереди: {ahead}. Пришлю разбор, как только он будет готов.")


async def send_card(bot: Bot, storage: Storage, article: Article, *, reply: bool = True) -> None:
    actors = await storage.article_actors(article.chat_id, article.id)
    quotes = await storage.article_quotes(article.chat_id, article.id)
    await send_blocks(bot, article.chat_id, article_card(article, actors, quotes),
                      reply_to=article.message_id if reply else None)


def card_sender(bot: Bot, storage: Storage):  # type: ignore[no-untyped-def]
    """The ArticleService's `on_done`: send the card once and remember that it was sent."""

    async def deliver(article: Article) -> None:
        try:
            await send_card(bot, storage, article)
        except (TelegramForbiddenError, TelegramBadRequest) as exc:
            # The chat is gone or the card cannot be sent there: retrying at every start would not help.
            log.warning("chat %d: card for article %d not deliverable: %s", article.chat_id, article.id, exc)
        await storage.mark_card_sent(article.chat_id, article.id)

    return deliver


@router.message(F.chat.type == ChatType.PRIVATE, ~F.text)
async def on_media_without_text(message: Message) -> None:
    await message.reply(NO_TEXT)
