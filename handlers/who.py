"""/who <name> and /quotes: who said what, newest first, a page at a time.

A page holds up to PAGE quotes, as many as fit one message whole (render.text.fit_page): the buttons carry the
offset of the page they open, so the next page starts right after the last quote shown, however many that was.
"""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from rapidfuzz import fuzz, process, utils

from handlers.sending import edit_page
from render.cards import quote_line
from render.text import esc, fit_page, plural, split_blocks
from storage import ActorMatch, Storage, StoredQuote

router = Router(name="who")
PAGE = 5
MAX_QUERY = 100


class WhoPage(CallbackData, prefix="who"):
    ids: str  # actor ids joined by "-": the chat id comes from the callback itself, never from here
    page: int  # the page's number, as shown
    offset: int  # its first quote


class QuotesPage(CallbackData, prefix="quotes"):
    page: int
    offset: int


class Noop(CallbackData, prefix="noop"):
    """The page counter between the arrows: pressing it does nothing."""


def paged(offset: int, shown: int, total: int) -> bool:
    return offset > 0 or shown < total


def pager(
    make: type[CallbackData], page: int, offset: int, shown: int, total: int, **fields: object
) -> InlineKeyboardMarkup | None:
    if not paged(offset, shown, total):
        return None
    builder = InlineKeyboardBuilder()
    if offset > 0:  # pages may differ in size; going back PAGE quotes never skips one
        back = max(0, offset - PAGE)
        builder.button(text="◀️ Новее", callback_data=make(page=max(0, page - 1) if back else 0, offset=back,
                                                            **fields))
    builder.button(text=f"{offset + 1}–{offset + shown} из {total}", callback_data=Noop())
    if offset + shown < total:
        builder.button(text="Старше ▶️", callback_data=make(page=page + 1, offset=offset + shown, **fields))
    return builder.as_markup()


def page_text(head: str, lines: list[str], page: int, offset: int, total: int) -> tuple[str, int]:
    """The page's text and how many of `lines` it shows: as many as fit whole after the heading."""
    longest = f"{head} (стр. {page + 1}):"
    shown = fit_page(longest, lines)
    if paged(offset, shown, total):
        head = longest
    else:
        head += ":"
    return split_blocks(["\n\n".join([head, *lines[:shown]])])[0], shown


def who_page(
    actors: list[ActorMatch], quotes: list[StoredQuote], total: int, offset: int, page: int = 0
) -> tuple[str, int]:
    names = ", ".join(f"<b>{esc(a.name)}</b>" for a in actors)
    if not total:
        return f"{names}: упоминается в ваших статьях, но цитат пока нет.", 0
    head = f"🗣 {names} — {total} {plural(total, 'цитата', 'цитаты', 'цитат')}"
    lines = [quote_line(q, with_speaker=len(actors) > 1, with_source=True) for q in quotes]
    return page_text(head, lines, page, offset, total)


async def suggestions(storage: Storage, chat_id: int, query: str) -> list[str]:
    """Names close to a query that found nothing (a typo), for 'did you mean'."""
    names = sorted({name for _, name in await storage.actor_names(chat_id)})
    matches = process.extract(query, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=3)
    return [name for name, score, _ in matches if score >= 75]


@router.message(Command("who"))
async def on_who(message: Message, command: CommandObject, storage: Storage) -> None:
    query = " ".join((command.args or "").split())[:MAX_QUERY]
    if not query:
        await message.answer("Кого ищем? Напишите имя после команды, например: <code>/who Путин</code> "
                             "или <code>/who Минобороны</code>.")
        return
    actors = await storage.find_actors(message.chat.id, query)
    if not actors:
        hint = await suggestions(storage, message.chat.id, query)
        text = f"В ваших статьях не нашлось никого по запросу «{esc(query)}»."
        if hint:
            text += " Может быть, вы имели в виду: " + ", ".join(f"<code>/who {esc(h)}</code>" for h in hint) + "?"
        else:
            text += " Перешлите мне статьи, где о нём говорится, и спросите снова."
        await message.answer(text)
        return
    await show_who(message, storage, actors, 0, 0, edit=False)


async def show_who(
    message: Message, storage: Storage, actors: list[ActorMatch], page: int, offset: int, *, edit: bool
) -> None:
    ids = [a.id for a in actors]
    quotes, total = await storage.quotes_by_actors(message.chat.id, ids, limit=PAGE, offset=offset)
    if not quotes and offset:  # an old button past the end (quotes were deleted meanwhile): the first page
        page = offset = 0
        quotes, total = await storage.quotes_by_actors(message.chat.id, ids, limit=PAGE)
    text, shown = who_page(actors, quotes, total, offset, page)
    markup = pager(WhoPage, page, offset, shown, total, ids="-".join(map(str, ids)))
    if edit:
        await edit_page(message, text, markup)
    else:
        await message.answer(text, reply_markup=markup)


@router.callback_query(WhoPage.filter())
async def on_who_page(query: CallbackQuery, callback_data: WhoPage, storage: Storage) -> None:
    message = query.message
    if not isinstance(message, Message):
        await query.answer("Сообщение устарело, повторите /who.")
        return
    try:
        ids = [int(x) for x in callback_data.ids.split("-") if x][:5]
    except ValueError:
        ids = []
    actors = await storage.actors_by_id(message.chat.id, ids)
    if not actors:
        await query.answer("Эти данные уже удалены.")
        return
    await show_who(message, storage, actors, max(0, callback_data.page), max(0, callback_data.offset), edit=True)
    await query.answer()


def quotes_page(quotes: list[StoredQuote], total: int, offset: int, page: int = 0) -> tuple[str, int]:
    if not total:
        return ("Цитат пока нет. Перешлите мне новостной пост или вставьте текст статьи — "
                "я найду, кто что сказал."), 0
    head = f"🗞 Последние цитаты — всего {total}"
    return page_text(head, [quote_line(q, with_source=True) for q in quotes], page, offset, total)


async def show_quotes(message: Message, storage: Storage, page: int, offset: int, *, edit: bool) -> None:
    quotes, total = await storage.latest_quotes(message.chat.id, limit=PAGE, offset=offset)
    if not quotes and offset:
        page = offset = 0
        quotes, total = await storage.latest_quotes(message.chat.id, limit=PAGE)
    text, shown = quotes_page(quotes, total, offset, page)
    markup = pager(QuotesPage, page, offset, shown, total)
    if edit:
        await edit_page(message, text, markup)
    else:
        await message.answer(text, reply_markup=markup)


@router.message(Command("quotes"))
async def on_quotes(message: Message, storage: Storage) -> None:
    await show_quotes(message, storage, 0, 0, edit=False)


@router.callback_query(QuotesPage.filter())
async def on_quotes_page(query: CallbackQuery, callback_data: QuotesPage, storage: Storage) -> None:
    message = query.message
    if not isinstance(message, Message):
        await query.answer("Сообщение устарело, повторите /quotes.")
        return
    await show_quotes(message, storage, max(0, callback_data.page), max(0, callback_data.offset), edit=True)
    await query.answer()


@router.callback_query(Noop.filter())
async def on_noop(query: CallbackQuery) -> None:
    await query.answer()
