"""/who <name> and /quotes: who said what, newest first, a page at a time."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from rapidfuzz import fuzz, process, utils

from handlers.sending import edit_page
from render.cards import quote_line
from render.text import esc, plural, split_blocks
from storage import ActorMatch, Storage, StoredQuote

router = Router(name="who")
PAGE = 5
MAX_QUERY = 100


class WhoPage(CallbackData, prefix="who"):
    ids: str  # actor ids joined by "-": the chat id comes from the callback itself, never from here
    page: int


class QuotesPage(CallbackData, prefix="quotes"):
    page: int


def pager(make: type[CallbackData], page: int, total: int, **fields: object) -> InlineKeyboardMarkup | None:
    pages = (total + PAGE - 1) // PAGE
    if pages <= 1:
        return None
    row = []
    if page > 0:
        row.append(InlineKeyboardButton(text="◀️ Новее", callback_data=make(page=page - 1, **fields).pack()))
    row.append(InlineKeyboardButton(text=f"{page + 1} / {pages}", callback_data="noop"))
    if page < pages - 1:
        row.append(InlineKeyboardButton(text="Старше ▶️", callback_data=make(page=page + 1, **fields).pack()))
    return InlineKeyboardMarkup(inline_keyboard=[row])


def who_page(actors: list[ActorMatch], quotes: list[StoredQuote], total: int, page: int) -> str:
    names = ", ".join(f"<b>{esc(a.name)}</b>" for a in actors)
    if not total:
        return (f"{names}: упоминается в ваших статьях, но цитат пока нет.")
    head = f"🗣 {names} — {total} {plural(total, 'цитата', 'цитаты', 'цитат')}"
    if total > PAGE:
        head += f" (стр. {page + 1})"
    blocks = [head + ":"]
    blocks += [quote_line(q, with_speaker=len(actors) > 1, with_source=True) for q in quotes]
    return split_blocks(["\n\n".join(blocks)])[0]


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
    await show_who(message, storage, actors, 0, edit=False)


async def show_who(message: Message, storage: Storage, actors: list[ActorMatch], page: int, *, edit: bool) -> None:
    ids = [a.id for a in actors]
    quotes, total = await storage.quotes_by_actors(message.chat.id, ids, limit=PAGE, offset=page * PAGE)
    text = who_page(actors, quotes, total, page)
    markup = pager(WhoPage, page, total, ids="-".join(map(str, ids)))
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
    await show_who(message, storage, actors, max(0, callback_data.page), edit=True)
    await query.answer()


def quotes_page(quotes: list[StoredQuote], total: int, page: int) -> str:
    if not total:
        return ("Цитат пока нет. Перешлите мне новостной пост или вставьте текст статьи — "
                "я найду, кто что сказал.")
    blocks = [f"🗞 Последние цитаты — всего {total}" + (f" (стр. {page + 1})" if total > PAGE else "") + ":"]
    blocks += [quote_line(q, with_source=True) for q in quotes]
    return split_blocks(["\n\n".join(blocks)])[0]


@router.message(Command("quotes"))
async def on_quotes(message: Message, storage: Storage) -> None:
    quotes, total = await storage.latest_quotes(message.chat.id, limit=PAGE)
    await message.answer(quotes_page(quotes, total, 0), reply_markup=pager(QuotesPage, 0, total))


@router.callback_query(QuotesPage.filter())
async def on_quotes_page(query: CallbackQuery, callback_data: QuotesPage, storage: Storage) -> None:
    message = query.message
    if not isinstance(message, Message):
        await query.answer("Сообщение устарело, повторите /quotes.")
        return
    page = max(0, callback_data.page)
    quotes, total = await storage.latest_quotes(message.chat.id, limit=PAGE, offset=page * PAGE)
    await edit_page(message, quotes_page(quotes, total, page), pager(QuotesPage, page, total))
    await query.answer()


@router.callback_query(F.data == "noop")
async def on_noop(query: CallbackQuery) -> None:
    await query.answer()
