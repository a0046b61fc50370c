"""/subscribe, /unsubscribe, /settings (with buttons) and /digest. Thin: parse, check rights, call DigestService.

In groups, changing the subscription is for admins only (the `ChatAdmin` filter; the handlers after the guarded
ones answer everybody else); reading /settings and asking for /digest is for everyone.
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Chat, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.config import Settings
from delivery.sender import Status
from digest import schedule
from digest.service import DigestService
from handlers.permissions import ChatAdmin
from render.text import esc, shorten
from storage import Storage
from storage.models import Subscription

router = Router(name="digest")

PRESET_TIMES = ("07:00", "09:00", "18:00", "21:00")
ADMINS_ONLY = "Менять подписку группы на сводку могут только её администраторы."
EXAMPLES = (
    "Например: <code>/subscribe 09:00</code>, <code>/subscribe 08:30 Europe/Moscow</code>, "
    "<code>/subscribe 07:00 +7</code> или <code>/subscribe Asia/Novosibirsk</code>."
)


class DigestAction(CallbackData, prefix="dg"):
    """Button presses under /settings. `value` is HHMM for "time" (':' is the callback separator), 0/1 for
    "empty"."""

    action: str
    value: str = ""


# --- texts ----------------------------------------------------------------------------------------------


def argument_error_text(error: schedule.ArgumentError) -> str:
    token = esc(shorten(error.token, 40))
    if error.kind == "time":
        head = f"Не понимаю время «{token}». Укажите часы и минуты от 00:00 до 23:59."
    elif error.kind == "zone":
        head = (
            f"Не знаю часовой пояс «{token}». Подойдёт название из базы часовых поясов "
            "(<code>Europe/Moscow</code>, <code>Asia/Novosibirsk</code>) или смещение от UTC "
            "(<code>+3</code>, <code>UTC+7</code>, <code>-05:30</code>)."
        )
    else:
        head = f"Лишнее «{token}»: нужно не больше одного времени и одного часового пояса."
    return f"{head}\n{EXAMPLES}"


def when_text(moment: datetime, now: datetime, zone: str) -> str:
    """"сегодня в 09:00", "завтра в 09:00", "15.03 в 09:00" — in the subscriber's zone."""
    tz = schedule.zone_of(zone)
    if moment <= now:
        return "в ближайшие минуты"
    local = moment.astimezone(tz)
    today = now.astimezone(tz).date()
    if local.date() == today:
        day = "сегодня"
    elif local.date() == today + timedelta(days=1):
        day = "завтра"
    else:
        day = local.strftime("%d.%m")
    return f"{day} в {local:%H:%M}"


def settings_text(sub: Subscription | None, now: datetime, settings: Settings) -> str:
    if sub is None or not sub.active:
        return (
            "Ежедневная сводка для этого чата <b>не включена</b>.\n"
            f"Включить: /subscribe (по умолчанию в {esc(settings.digest_time)}, "
            f"{esc(settings.default_timezone)}) или кнопкой ниже."
        )
    nxt = when_text(schedule.next_delivery(sub, now), now, sub.timezone)
    empty = "присылать короткую заметку" if sub.send_empty else "ничего не присылать"
    return (
        "<b>Ежедневная сводка</b>\n"
        f"Время: <b>{esc(sub.local_time)}</b> ({esc(sub.timezone)})\n"
        f"Ближайшая: {esc(nxt)}\n"
        f"Если новостей не было: {empty}.\n"
        "Сменить часовой пояс: <code>/subscribe 09:00 Asia/Novosibirsk</code>."
    )


def _shift(local_time: str, hours: int) -> str:
    h, m = (int(part) for part in local_time.split(":"))
    return f"{(h + hours) % 24:02d}:{m:02d}"


def _time_value(local_time: str) -> str:
    return local_time.replace(":", "")  # ':' separates CallbackData fields


def settings_keyboard(sub: Subscription | None, settings: Settings) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    if sub is None or not sub.active:
        builder.button(text=f"Включить в {settings.digest_time}", callback_data=DigestAction(action="on"))
        return builder.as_markup()
    for preset in PRESET_TIMES:
        builder.button(text=("• " if preset == sub.local_time else "") + preset,
                       callback_data=DigestAction(action="time", value=_time_value(preset)))
    for label, hours in (("−1 ч", -1), ("+1 ч", 1)):
        builder.button(text=label, callback_data=DigestAction(action="time",
                                                              value=_time_value(_shift(sub.local_time, hours))))
    builder.button(text="Заметка, когда новостей нет: " + ("вкл ✅" if sub.send_empty else "выкл"),
                   callback_data=DigestAction(action="empty", value="0" if sub.send_empty else "1"))
    builder.button(text="Отключить сводку", callback_data=DigestAction(action="off"))
    builder.adjust(len(PRESET_TIMES), 2, 1, 1)
    return builder.as_markup()


def subscribed_text(sub: Subscription, now: datetime) -> str:
    nxt = when_text(schedule.next_delivery(sub, now), now, sub.timezone)
    return (
        f"✅ Готово! Сводка будет приходить каждый день в <b>{esc(sub.local_time)}</b> ({esc(sub.timezone)}).\n"
        f"Ближайшая — {esc(nxt)}.\n"
        "Настройки: /settings, отписаться: /unsubscribe, сводка прямо сейчас: /digest."
    )


async def _remember_chat(storage: Storage, chat: Chat) -> None:
    title = chat.title or chat.full_name or None
    await storage.ensure_chat(chat.id, chat.type, title)


# --- commands -------------------------------------------------------------------------------------------


@router.message(Command("subscribe"), ChatAdmin())
async def on_subscribe(
    message: Message, command: CommandObject, storage: Storage, settings: Settings, digests: DigestService
) -> None:
    try:
        request = schedule.parse_subscribe_args(
            command.args, default_time=settings.digest_time, default_zone=settings.default_timezone
        )
    except schedule.ArgumentError as exc:
        await message.answer(argument_error_text(exc))
        return
    await _remember_chat(storage, message.chat)
    sub = await digests.subscribe(message.chat.id, request.timezone, request.local_time)
    await message.answer(subscribed_text(sub, digests.now()))


@router.message(Command("unsubscribe"), ChatAdmin())
async def on_unsubscribe(message: Message, storage: Storage) -> None:
    if await storage.unsubscribe(message.chat.id, reason="by user"):
        await message.answer("Сводка отключена. Включить снова: /subscribe.")
    else:
        await message.answer("Подписки на сводку не было. Включить: <code>/subscribe 09:00</code>.")


@router.message(Command("subscribe", "unsubscribe"))
async def on_subscription_not_admin(message: Message) -> None:
    await message.answer(ADMINS_ONLY)


@router.message(Command("settings"))
async def on_settings(message: Message, storage: Storage, settings: Settings, digests: DigestService) -> None:
    sub = await storage.get_subscription(message.chat.id)
    await message.answer(settings_text(sub, digests.now(), settings), reply_markup=settings_keyboard(sub, settings))


@router.message(Command("digest"))
async def on_digest(message: Message, digests: DigestService) -> None:
    delivery = await digests.send_digest(message.chat.id)
    if delivery.status in (Status.FAILED, Status.REJECTED) and delivery.sent == 0:
        await message.answer("Не получилось отправить сводку. Попробуйте ещё раз через минуту.")


@router.callback_query(DigestAction.filter(), ChatAdmin())
async def on_settings_button(
    query: CallbackQuery, callback_data: DigestAction, storage: Storage, settings: Settings, digests: DigestService
) -> None:
    message = query.message
    assert isinstance(message, Message)  # ChatAdmin passes only buttons whose message Telegram still has
    chat_id = message.chat.id
    sub = await storage.get_subscription(chat_id)
    active = sub is not None and sub.active
    notice = "Готово"
    if callback_data.action == "off":
        await storage.unsubscribe(chat_id, reason="by user")
        notice = "Сводка отключена"
    elif callback_data.action in ("on", "time"):
        local_time = settings.digest_time
        if callback_data.action == "time":
            parsed = schedule.parse_time(f"{callback_data.value[:2]}:{callback_data.value[2:]}")
            if parsed is None:
                await query.answer("Не понял время, откройте /settings ещё раз.")
                return
            local_time = parsed
        elif active and sub is not None:
            local_time = sub.local_time
        zone = sub.timezone if sub is not None else settings.default_timezone
        await _remember_chat(storage, message.chat)
        await digests.subscribe(chat_id, zone, local_time)
        notice = f"Сводка в {local_time}"
    elif callback_data.action == "empty":
        if not active:
            await query.answer("Сначала включите сводку.")
            return
        await storage.set_send_empty(chat_id, callback_data.value == "1")
    else:
        await query.answer()
        return
    sub = await storage.get_subscription(chat_id)
    with contextlib.suppress(TelegramBadRequest):  # "message is not modified": the same preset pressed twice
        await message.edit_text(
            settings_text(sub, digests.now(), settings), reply_markup=settings_keyboard(sub, settings)
        )
    await query.answer(notice)


@router.callback_query(DigestAction.filter())
async def on_settings_button_not_admin(query: CallbackQuery) -> None:
    if not isinstance(query.message, Message):
        await query.answer("Сообщение устарело, откройте /settings ещё раз.")
        return
    await query.answer(ADMINS_ONLY, show_alert=True)
