"""Inline mode: typing `@botname Путин` in any chat offers that user's quotes of Путин to post there.

The quotes come from the user's private chat with the bot (its chat id is the user's id), never from a group
the user is in: what the user shares is what the user collected. Results are personal (`is_personal`) and
cached briefly, since new articles add quotes at any time.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.types import (
    InlineQuery,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
)

from render.cards import KIND_LABELS, source_label
from render.text import esc, shorten
from storage import Storage, StoredQuote

router = Router(name="inline")
MAX_RESULTS = 20  # Telegram allows 50; a phone shows a handful
CACHE_SECONDS = 10
QUOTE_CHARS = 1000  # the posted message stays far below 4096
TITLE_CHARS = 60
DESCRIPTION_CHARS = 200


def shared_quote(quote: StoredQuote) -> str:
    """The message a chosen result posts: the speaker, the quote (in «…» only when it is direct speech), the
    source with its link."""
    text = esc(shorten(quote.text, QUOTE_CHARS))
    body = f"«{text}»" if quote.kind == "direct" else f"{text} <i>({KIND_LABELS['indirect']})</i>"
    message = f"💬 <b>{esc(quote.speaker or '')}</b>:\n{body}"
    source = source_label(quote.source, fallback="")
    if source:
        message += f"\n— {source}"
    return message


def result(quote: StoredQuote) -> InlineQueryResultArticle:
    shown = quote.text if quote.kind == "indirect" else f"«{quote.text}»"
    return InlineQueryResultArticle(
        id=str(quote.id),
        title=shorten(quote.speaker or "Цитата", TITLE_CHARS),
        description=shorten(shown, DESCRIPTION_CHARS),
        input_message_content=InputTextMessageContent(message_text=shared_quote(quote), parse_mode="HTML"),
    )


@router.inline_query()
async def on_inline(query: InlineQuery, storage: Storage) -> None:
    text = " ".join(query.query.split())[:100]
    user_chat = query.from_user.id
    quotes: list[StoredQuote] = []
    if text:
        actors = await storage.find_actors(user_chat, text)
        if actors:
            quotes, _ = await storage.quotes_by_actors(user_chat, [a.id for a in actors[:5]], limit=MAX_RESULTS)
    else:
        quotes, _ = await storage.latest_quotes(user_chat, limit=MAX_RESULTS)
    await query.answer(
        [result(q) for q in quotes], is_personal=True, cache_time=CACHE_SECONDS,
        # Nothing found: a button that opens the private chat, where articles are sent.
        button=None if quotes else InlineQueryResultsButton(text="Цитат нет — пришлите мне статьи",
                                                            start_parameter="inline"),
    )
