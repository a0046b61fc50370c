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
    if message.chat.type != ChatType.PRIVATE:
        # In a group, only a command addressed to this bot by name is ours; a bare or another bot's is not.
        _, _, mention = command.partition("@")
        me = await message.bot.me()  # type: ignore[union-attr]
        if not mention or mention.lower() != (me.username or "").lower():
            return
    await message.answer(f"Не знаю команды {esc(command)}. Список команд — /help")


@router.callback_query()
async def on_unknown_button(query: CallbackQuery) -> None:
    """A button from an old version of a message, or forged data: say so instead of spinning forever."""
    await query.answer("Эта кнопка устарела. Повторите команду, пожалуйста.")
