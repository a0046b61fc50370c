"""/trend <name>: a PNG chart of an actor's mentions and quotes per day over the last 30 days; and the chart
button under /actors week (the top actors' mentions per day).

The counts come from storage here; the drawing (matplotlib) is CPU work and ~40 MB of library, so it runs in
a worker process through the same fair queue as analyses (`ArticleService.extract`): the bot process never
imports matplotlib and its event loop never waits on a chart.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from handlers.actors import DAYS, ActorsChart
from handlers.who import find_or_explain
from processing import worker
from processing.service import ArticleService, QueueFull
from render.text import esc, plural
from storage import Storage, TrendDay, utcnow

log = logging.getLogger(__name__)
router = Router(name="trend")
CHART_TIMEOUT = 60.0
TOP = 5  # actors on the /actors chart


def day_axis(today: date, days: int) -> list[str]:
    """The last `days` UTC dates, oldest first, as YYYY-MM-DD (the form storage groups by)."""
    return [(today - timedelta(days=days - 1 - i)).isoformat() for i in range(days)]


def series(axis: list[str], trend: list[TrendDay]) -> tuple[list[int], list[int]]:
    """Mentions and quotes per day of the axis, zero on days with none."""
    by_day = {t.day: t for t in trend}
    return ([by_day[d].mentions if d in by_day else 0 for d in axis],
            [by_day[d].quotes if d in by_day else 0 for d in axis])


async def draw(message: Message, articles: ArticleService, title: str, axis: list[str],
               lines: list[tuple[str, list[int]]], caption: str) -> None:
    try:
        png = await articles.extract(message.chat.id, worker.render_chart, title, axis, lines,
                                     timeout=CHART_TIMEOUT)
    except QueueFull as exc:
        await message.answer(str(exc))
        return
    except Exception:  # WorkerCrashed (time-out, crash) above all; nothing may escape to the user as silence
        log.exception("chat %d: the chart could not be drawn", message.chat.id)
        await message.answer("😔 Не получилось нарисовать график. Попробуйте ещё раз чуть позже.")
        return
    await message.answer_photo(BufferedInputFile(png, filename="trend.png"), caption=caption)


@router.message(Command("trend"))
async def on_trend(message: Message, command: CommandObject, storage: Storage, articles: ArticleService) -> None:
    found = await find_or_explain(message, storage, "trend", command.args)
    if not found:
        return
    actors = found[0][:1]  # the best match: one name per chart keeps it readable
    now: datetime = utcnow()
    axis = day_axis(now.date(), DAYS)
    trend = await storage.actor_trend(message.chat.id, [a.id for a in actors], since=now - timedelta(days=DAYS))
    mentions, quotes = series(axis, trend)
    name = actors[0].name
    if not any(mentions) and not any(quotes):
        await message.answer(f"За последние {DAYS} дней <b>{esc(name)}</b> в ваших статьях не встречается.")
        return
    counted = (f"{sum(mentions)} {plural(sum(mentions), 'упоминание', 'упоминания', 'упоминаний')}, "
               f"{sum(quotes)} {plural(sum(quotes), 'цитата', 'цитаты', 'цитат')}")
    await draw(message, articles, f"{name}: упоминания и цитаты по дням", axis,
               [("Упоминания", mentions), ("Цитаты", quotes)], f"📈 <b>{esc(name)}</b> за {DAYS} дней: {counted}.")


@router.callback_query(ActorsChart.filter())
async def on_actors_chart(query: CallbackQuery, callback_data: ActorsChart, storage: Storage,
                          articles: ArticleService) -> None:
    message = query.message
    if not isinstance(message, Message):
        await query.answer("Сообщение устарело, повторите /actors.")
        return
    days = min(max(1, callback_data.days), DAYS)
    now = utcnow()
    since = now - timedelta(days=days)
    top = await storage.top_actors(message.chat.id, since=since, limit=TOP)
    if not top:
        await query.answer("За этот период никто не упоминался.")
        return
    await query.answer("Рисую график…")
    axis = day_axis(now.date(), max(days, 2))
    lines = []
    for actor in top:
        trend = await storage.actor_trend(message.chat.id, [actor.id], since=since)
        lines.append((actor.name, series(axis, trend)[0]))
    await draw(message, articles, "Упоминания по дням", axis, lines,
               f"📊 Кого упоминали чаще всего за {days} дн.: по дням.")
