"""/search <words> [period]: the chat's quotes that contain the words in any grammatical form, newest first.

Matching is by dictionary forms (analysis.keys), through the full-text index in storage, never a scan. The
query is not put into the page buttons (callback data holds 64 bytes, a Russian word takes two per letter):
the buttons carry the period and the offset, and the query is read back from the page's own heading.
"""

from __future__ import annotations

import re

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message

from analysis.keys import query_keys
from handlers.period import label, since, split_period
from handlers.sending import edit_page
from handlers.who import PAGE, page_text, pager
from render.cards import quote_line
from render.text import esc, plural
from storage import ArticleSource, Storage, StoredQuote, utcnow

router = Router(name="search")
MAX_QUERY = 100
MAX_WORDS = 6
HEAD = "🔎 Поиск «{query}»"
_HEAD = re.compile(r"🔎 Поиск «(.+?)»")


class SearchPage(CallbackData, prefix="search"):
    page: int
    offset: int
    period: str = "all"


def search_page(query: str, keys: list[frozenset[str]], quotes: list[StoredQuote], total: int, offset: int,
                page: int = 0, *, period: str = "all", also: dict[int, list[ArticleSource]] | None = None
                ) -> tuple[str, int]:
    head = HEAD.format(query=esc(query)) + label(period)
    if not total:
        return (f"{head}: ничего не нашлось. Попробуйте другие слова или период подлиннее "
                "(<code>/search санкции month</code>)."), 0
    head += f" — {total} {plural(total, 'цитата', 'цитаты', 'цитат')}"
    also = also or {}
    lines = [quote_line(q, with_source=True, query=keys, also=also.get(q.id, ())) for q in quotes]
    return page_text(head, lines, page, offset, total)


def query_of(page_text: str | None) -> str | None:
    """The query a search page was made for, read back from its heading."""
    found = _HEAD.search(page_text or "")
    return found.group(1) if found else None


async def show_search(message: Message, storage: Storage, query: str, page: int, offset: int, *, edit: bool,
                      period: str = "all") -> None:
    keys = query_keys(query)[:MAX_WORDS]
    start = since(period, utcnow())
    quotes, total = await storage.search_quotes(message.chat.id, keys, limit=PAGE, offset=offset, since=start)
    if not quotes and offset:
        page = offset = 0
        quotes, total = await storage.search_quotes(message.chat.id, keys, limit=PAGE, since=start)
    also = await storage.other_sources(message.chat.id, quotes)
    text, shown = search_page(query, keys, quotes, total, offset, page, period=period, also=also)
    markup = pager(SearchPage, page, offset, shown, total, period=period)
    if edit:
        await edit_page(message, text, markup)
    else:
        await message.answer(text, reply_markup=markup)


@router.message(Command("search"))
async def on_search(message: Message, command: CommandObject, storage: Storage) -> None:
    query, period = split_period(" ".join((command.args or "").split())[:MAX_QUERY])
    if not query_keys(query):
        await message.answer("Что ищем? Напишите слова после команды, например: <code>/search санкции</code> "
                             "или <code>/search бюджет week</code> (day, week, month). Подойдёт любая форма слова.")
        return
    await show_search(message, storage, query, 0, 0, edit=False, period=period)


@router.callback_query(SearchPage.filter())
async def on_search_page(query: CallbackQuery, callback_data: SearchPage, storage: Storage) -> None:
    message = query.message
    words = query_of(message.text) if isinstance(message, Message) else None
    if not isinstance(message, Message) or not words:
        await query.answer("Сообщение устарело, повторите /search.")
        return
    await show_search(message, storage, words, max(0, callback_data.page), max(0, callback_data.offset), edit=True,
                      period=callback_data.period)
    await query.answer()
