"""/start and /help: what the bot does, with examples."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from render.cards import HELP

router = Router(name="start")


@router.message(CommandStart())
@router.message(Command("help"))
async def on_help(message: Message) -> None:
    await message.answer(HELP)
