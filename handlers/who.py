"""/who <name> [period], /about <name> [period] and /quotes: who said what (and about whom), newest first, a page
at a time.

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

from handlers.period import label, since, split_period
from handlers.sending import edit_page
from render.cards import quote_line
from render.text import esc, fit_page, plural, split_blocks
from storage import ActorMatch, ArticleSource, Storage, StoredQuote, utcnow

router = Router(name="who")
PAGE = 5
MAX_QUERY = 100


class WhoPage(CallbackData, prefix="who"):
    ids: str  # actor ids joined by "-": the chat id comes from the callback itself, never from here
    page: int  # the page's number, as shown
    offset: int  # its first quote
    period: str = "all"
    about: bool = False  # /about: what others said about them


MAX_IDS = 5  # actor ids in a button: 5 ids of up to 8 digits keep the callback data under Telegram's 64 bytes


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
    actors: list[ActorMatch], quotes: list[StoredQuote], total: int, offset: int, page: int = 0, *,
    period: str = "all", talks_about: list[tuple[str, int]] | None = None,
    also: dict[int, list[ArticleSource]] | None = None,
) -> tuple[str, int]:
    names = ", ".join(f"<b>{esc(a.name)}</b>" for a in actors)
    when = label(period)
    if not total:
        return f"{names}: цитат{when} пока нет.", 0
    head = f"🗣 {names} — {total} {plural(total, 'цитата', 'цитаты', 'цитат')}{when}"
    if talks_about:
        head += "\nЧаще всего говорит о: " + ", ".join(f"{esc(name)} ({n})" for name, n in talks_about)
    also = also or {}
    lines = [quote_line(q, with_speaker=len(actors) > 1, with_source=True, also=also.get(q.id, ())) for q in quotes]
    return page_text(head, lines, page, offset, total)


def about_page(
    actors: list[ActorMatch], quotes: list[StoredQuote], total: int, offset: int, page: int = 0, *,
    period: str = "all", also: dict[int, list[ArticleSource]] | None = None,
) -> tuple[str, int]:
    """What others said about the actors: each quote with its speaker first, then its source."""
    names = ", ".join(f"<b>{esc(a.name)}</b>" for a in actors)
    when = label(period)
    if not total:
        return f"О {names}{when} в ваших статьях пока никто ничего не сказал.", 0
    head = f"💬 Что говорили о {names}{when} — {total} {plural(total, 'цитата', 'цитаты', 'цитат')}"
    also = also or {}
    return page_text(head, [quote_line(q, with_source=True, also=also.get(q.id, ())) for q in quotes], page, offset,
                     total)


async def suggestions(storage: Storage, chat_id: int, query: str) -> list[str]:
    """Names close to a query that found nothing (a typo), for 'did you mean'."""
    names = sorted({name for _, name in await storage.actor_names(chat_id)})
    matches = process.extract(query, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=3)
    return [name for name, score, _ in matches if score >= 75]


async def find_or_explain(message: Message, storage: Storage, command: str, args: str | None
                          ) -> tuple[list[ActorMatch], str] | None:
    """The actors a /who or /about query names, and its period; None when the user has been told why not."""
    query, period = split_period(" ".join((args or "").split())[:MAX_QUERY])
    if not query:
        await message.answer(f"Кого ищем? Напишите имя после команды, например: <code>/{command} Путин</code> "
                             f"или <code>/{command} Минобороны week</code> (day, week, month).")
        return None
    actors = await storage.find_actors(message.chat.id, query)
    if not actors:
        hint = await suggestions(storage, message.chat.id, query)
        text = f"В ваших статьях не нашлось никого по запросу «{esc(query)}»."
        if hint:
            text += (" Может быть, вы имели в виду: "
                     + ", ".join(f"<code>/{command} {esc(h)}</code>" for h in hint) + "?")
        else:
            text += " Перешлите мне статьи, где о нём говорится, и спросите снова."
        await message.answer(text)
        return None
    return actors, period


@router.message(Command("who"))
async def on_who(message: Message, command: CommandObject, storage: Storage) -> None:
    found = await find_or_explain(message, storage, "who", command.args)
    if found:
        await show_who(message, storage, found[0], 0, 0, edit=False, period=found[1])


@router.message(Command("about"))
async def on_about(message: Message, command: CommandObject, storage: Storage) -> None:
    found = await find_or_explain(message, storage, "about", command.args)
    if found:
        await show_who(message, storage, found[0], 0, 0, edit=False, period=found[1], about=True)


async def show_who(
    message: Message, storage: Storage, actors: list[ActorMatch], page: int, offset: int, *, edit: bool,
    period: str = "all", about: bool = False,
) -> None:
    ids = [a.id for a in actors][:MAX_IDS]
    start = since(period, utcnow())
    fetch = storage.quotes_about if about else storage.quotes_by_actors
    quotes, total = await fetch(message.chat.id, ids, limit=PAGE, offset=offset, since=start)
    if not quotes and offset:  # an old button past the end (quotes were deleted meanwhile): the first page
        page = offset = 0
        quotes, total = await fetch(message.chat.id, ids, limit=PAGE, since=start)
    also = await storage.other_sources(message.chat.id, quotes)
    if about:
        text, shown = about_page(actors, quotes, total, offset, page, period=period, also=also)
    else:
        talks = await storage.talks_about(message.chat.id, ids, since=start) if page == 0 else None
        text, shown = who_page(actors, quotes, total, offset, page, period=period, talks_about=talks, also=also)
    markup = pager(WhoPage, page, offset, shown, total, ids="-".join(map(str, ids)), period=period, about=about)
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
        ids = [int(x) for x in callback_data.ids.split("-") if x][:MAX_IDS]
    except ValueError:
        ids = []
    actors = await storage.actors_by_id(message.chat.id, ids)
    if not actors:
        await query.answer("Эти данные уже удалены.")
        return
    await show_who(message, storage, actors, max(0, callback_data.page), max(0, callback_data.offset), edit=True,
                   period=callback_data.period, about=callback_data.about)
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
