"""/actors [day|week|all]: the most mentioned people, organisations and places of the chat."""

from __future__ import annotations

from datetime import timedelta

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from render.cards import actor_line
from render.text import esc
from storage import Storage, utcnow

router = Router(name="actors")
DAYS = 30  # the longest chart: /trend and the chart of /actors all


class ActorsChart(CallbackData, prefix="chart"):
    """The chart button under /actors (handled in handlers.trend, which draws it in a worker)."""

    days: int  # 1, 7 or 30: the period of the list it sits under

PERIODS = {
    "day": (timedelta(days=1), "за сутки"),
    "week": (timedelta(days=7), "за неделю"),
    "all": (None, "за всё время"),
}
ALIASES = {"день": "day", "сутки": "day", "today": "day", "неделя": "week", "неделю": "week",
           "всё": "all", "все": "all", "всего": "all"}


@router.message(Command("actors"))
async def on_actors(message: Message, command: CommandObject, storage: Storage) -> None:
    arg = (command.args or "all").strip().lower()
    period = ALIASES.get(arg, arg)
    if period not in PERIODS:
        await message.answer(f"Не понимаю период «{esc(arg[:40])}». Можно так: <code>/actors day</code>, "
                             "<code>/actors week</code> или <code>/actors all</code>.")
        return
    span, label = PERIODS[period]
    actors = await storage.top_actors(message.chat.id, since=utcnow() - span if span else None, limit=15)
    if not actors:
        await message.answer(f"{label.capitalize()} в ваших статьях никто не упоминался. "
                             "Перешлите мне новости — и здесь появится список.")
        return
    lines = [f"📊 <b>Чаще всего упоминались {label}:</b>"]
    lines += [actor_line(a, i) for i, a in enumerate(actors, 1)]
    lines.append("\nЧто они говорили: <code>/who имя</code>")
    await message.answer("\n".join(lines), reply_markup=chart_button(span))


def chart_button(span: timedelta | None) -> InlineKeyboardMarkup:
    """A button that draws the list's actors per day (for all time: the last 30 days)."""
    days = min(span.days, DAYS) if span else DAYS
    builder = InlineKeyboardBuilder()
    builder.button(text="📈 График по дням", callback_data=ActorsChart(days=max(1, days)))
    return builder.as_markup()
