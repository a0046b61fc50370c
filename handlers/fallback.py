"""Everything no other router took: unknown commands, stale buttons, and the rest said politely."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ChatType
from aiogram.types import CallbackQuery, Message

from render.text import esc

router = Router(name="fallback")


@router.message(F.text.startswith("/"))
async def on_unknown_command(message: Message) -> None:
    command = (message.text or "").split()[0][:40]
    if message.chat.type != ChatType.PRIVATE and "@" not in command:
        return  # in a group, a bare unknown command is probably another bot's
    await message.answer(f"Не знаю команды {esc(command)}. Список команд — /help")


@router.callback_query()
async def on_unknown_button(query: CallbackQuery) -> None:
    """A button from an old version of a message, or forged data: say so instead of spinning forever."""
    await query.answer("Эта кнопка устарела. Повторите команду, пожалуйста.")
